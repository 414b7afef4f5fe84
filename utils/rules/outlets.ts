import type { Outlet } from './types';

// Outlets a story may cite ("Yonhap News Agency reported", "according to CNN").
// A gazetteer, so that people and documents ("according to the DGP", "according to the
// statement") are never taken for outlets. Matching is case-sensitive on the names as
// written; a leading "the"/"The" is always allowed. Sorted by id; ids unique (lint-tested).
export const outlets: Outlet[] = [
  { id: 'abc-news', name: 'ABC News', aliases: ['ABC News', 'Good Morning America'], hosts: ['abcnews.go.com'] },
  { id: 'afp', name: 'AFP', aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { id: 'al-jazeera', name: 'Al Jazeera', aliases: ['Al Jazeera'] },
  { id: 'ap', name: 'AP', aliases: ['Associated Press', 'AP'] },
  { id: 'bbc', name: 'BBC', aliases: ['BBC', 'BBC News'] },
  { id: 'bloomberg', name: 'Bloomberg', aliases: ['Bloomberg', 'Bloomberg News'] },
  { id: 'cbs-news', name: 'CBS News', aliases: ['CBS News'] },
  { id: 'cnbc', name: 'CNBC', aliases: ['CNBC'] },
  { id: 'cnn', name: 'CNN', aliases: ['CNN'], hosts: ['cnn.com'] },
  { id: 'financial-times', name: 'Financial Times', aliases: ['Financial Times', 'FT'] },
  { id: 'fox-news', name: 'Fox News', aliases: ['Fox News'] },
  { id: 'gazeta-wyborcza', name: 'Gazeta Wyborcza', aliases: ['Gazeta Wyborcza', 'Gazecie Wyborczej', 'Gazety Wyborczej'], hosts: ['wyborcza.pl'] },
  { id: 'kyodo', name: 'Kyodo News', aliases: ['Kyodo News', 'Kyodo'] },
  { id: 'nbc-news', name: 'NBC News', aliases: ['NBC News'] },
  { id: 'nhk', name: 'NHK', aliases: ['NHK'] },
  { id: 'nikkei', name: 'Nikkei', aliases: ['Nikkei Asia', 'Nikkei'] },
  { id: 'reuters', name: 'Reuters', aliases: ['Reuters'] },
  { id: 'the-guardian', name: 'The Guardian', aliases: ['Guardian'] },
  { id: 'the-japan-times', name: 'The Japan Times', aliases: ['Japan Times'] },
  { id: 'the-new-york-times', name: 'The New York Times', aliases: ['New York Times', 'NYT'] },
  { id: 'the-wall-street-journal', name: 'The Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ'] },
  { id: 'the-washington-post', name: 'The Washington Post', aliases: ['Washington Post', 'WAPO'], hosts: ['washingtonpost.com'] },
  { id: 'xinhua', name: 'Xinhua', aliases: ['Xinhua News Agency', 'Xinhua'] },
  { id: 'yonhap', name: 'Yonhap News Agency', aliases: ['Yonhap News Agency', 'Yonhap'] },
];
