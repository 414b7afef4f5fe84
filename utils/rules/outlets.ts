import type { Outlet } from './types';

// Outlets a story may cite ("Yonhap News Agency reported", "according to CNN").
// A gazetteer, so that people and documents ("according to the DGP", "according to the
// statement") are never taken for outlets. Matching is case-sensitive on the names as
// written; a leading "the"/"The" is always allowed. Sorted by id; ids unique (lint-tested).
export const outlets: Outlet[] = [
  { id: 'abc-news', name: 'ABC News', aliases: ['ABC News', 'Good Morning America'], hosts: ['abcnews.go.com'] },
  { id: 'afp', name: 'AFP', aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { id: 'al-jazeera', name: 'Al Jazeera', aliases: ['Al Jazeera'], hosts: ['aljazeera.com'] },
  { id: 'ap', name: 'AP', aliases: ['Associated Press', 'AP'], hosts: ['apnews.com'] },
  { id: 'argus-leader', name: 'Argus Leader', aliases: ['Argus Leader'], hosts: ['argusleader.com'] },
  { id: 'axios', name: 'Axios', aliases: ['Axios'], hosts: ['axios.com'] },
  { id: 'bbc', name: 'BBC', aliases: ['BBC', 'BBC News'], hosts: ['bbc.co.uk', 'bbc.com'] },
  { id: 'bloomberg', name: 'Bloomberg', aliases: ['Bloomberg', 'Bloomberg News'], hosts: ['bloomberg.com'] },
  { id: 'cbs-news', name: 'CBS News', aliases: ['CBS News'], hosts: ['cbsnews.com'] },
  { id: 'cbs-sports', name: 'CBS Sports', aliases: ['CBS Sports'], hosts: ['cbssports.com'] },
  { id: 'cnbc', name: 'CNBC', aliases: ['CNBC'], hosts: ['cnbc.com'] },
  { id: 'cnn', name: 'CNN', aliases: ['CNN'], hosts: ['cnn.com'] },
  { id: 'dawn', name: 'Dawn', aliases: ['Dawn newspaper'], hosts: ['dawn.com'] },
  { id: 'der-spiegel', name: 'Der Spiegel', aliases: ['Der Spiegel', 'Spiegel'], hosts: ['spiegel.de'] },
  { id: 'digitimes', name: 'DigiTimes', aliases: ['DigiTimes'], hosts: ['digitimes.com'] },
  { id: 'financial-times', name: 'Financial Times', aliases: ['Financial Times', 'FT'], hosts: ['ft.com'] },
  { id: 'fox-news', name: 'Fox News', aliases: ['Fox News'], hosts: ['foxnews.com'] },
  { id: 'gazeta-wyborcza', name: 'Gazeta Wyborcza', aliases: ['Gazeta Wyborcza', 'Gazecie Wyborczej', 'Gazety Wyborczej'], hosts: ['wyborcza.pl'] },
  { id: 'hindustan-times', name: 'Hindustan Times', aliases: ['Hindustan Times'], hosts: ['hindustantimes.com'] },
  { id: 'kyodo', name: 'Kyodo News', aliases: ['Kyodo News', 'Kyodo'], hosts: ['kyodonews.net'] },
  { id: 'le-monde', name: 'Le Monde', aliases: ['Le Monde'], hosts: ['lemonde.fr'] },
  { id: 'nbc-news', name: 'NBC News', aliases: ['NBC News'], hosts: ['nbcnews.com'] },
  { id: 'ndtv', name: 'NDTV', aliases: ['NDTV'], hosts: ['ndtv.com'] },
  { id: 'newsweek', name: 'Newsweek', aliases: ['Newsweek'], hosts: ['newsweek.com'] },
  { id: 'nhk', name: 'NHK', aliases: ['NHK'], hosts: ['nhk.or.jp'] },
  { id: 'nikkei', name: 'Nikkei', aliases: ['Nikkei Asia', 'Nikkei'], hosts: ['asia.nikkei.com'] },
  { id: 'npr', name: 'NPR', aliases: ['NPR'], hosts: ['npr.org'] },
  { id: 'politico', name: 'Politico', aliases: ['Politico', 'POLITICO'], hosts: ['politico.com'] },
  { id: 'reuters', name: 'Reuters', aliases: ['Reuters'], hosts: ['reuters.com'] },
  { id: 'the-atlantic', name: 'The Atlantic', aliases: ['Atlantic'], hosts: ['theatlantic.com'] },
  { id: 'the-guardian', name: 'The Guardian', aliases: ['Guardian'], hosts: ['theguardian.com'] },
  { id: 'the-hill', name: 'The Hill', aliases: ['The Hill'], hosts: ['thehill.com'] },
  { id: 'the-hindu', name: 'The Hindu', aliases: ['The Hindu'], hosts: ['thehindu.com'] },
  { id: 'the-independent', name: 'The Independent', aliases: ['Independent'], hosts: ['independent.co.uk'] },
  { id: 'the-japan-times', name: 'The Japan Times', aliases: ['Japan Times'], hosts: ['japantimes.co.jp'] },
  { id: 'the-new-york-times', name: 'The New York Times', aliases: ['New York Times', 'NYT'], hosts: ['nytimes.com'] },
  { id: 'the-times-of-india', name: 'The Times of India', aliases: ['Times of India'], hosts: ['timesofindia.indiatimes.com'] },
  { id: 'the-wall-street-journal', name: 'The Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ'], hosts: ['wsj.com'] },
  { id: 'the-washington-post', name: 'The Washington Post', aliases: ['Washington Post', 'WAPO'], hosts: ['washingtonpost.com'] },
  { id: 'usa-today', name: 'USA Today', aliases: ['USA Today', 'USA TODAY'], hosts: ['usatoday.com'] },
  { id: 'xinhua', name: 'Xinhua', aliases: ['Xinhua News Agency', 'Xinhua'], hosts: ['xinhuanet.com'] },
  { id: 'yonhap', name: 'Yonhap News Agency', aliases: ['Yonhap News Agency', 'Yonhap'], hosts: ['yna.co.kr'] },
];

/**
 * Words that make a capitalised name an outlet when a citation cue stands before or after
 * it ("according to Channel 12 News", "laut Frankfurter Rundschau", "segundo a Folha"):
 * open-class recognition for outlets outside the gazetteer. `numbered` words may carry a
 * number ("TV4", "Channel 12"). From the engineers' knowledge of outlet names per language.
 */
export const outletWords = {
  numbered: ['TV', 'FM', 'Radio', 'Channel', 'Kanal'],
  plain: ['AM', 'Rádio', 'Radyo', 'Radiotelevisión', 'Television', 'Televisión', 'Televisão', 'Televizija', 'News', 'Newspaper', 'Times', 'Post', 'Daily', 'Herald', 'Gazette', 'Tribune', 'Telegraph', 'Journal', 'Express', 'Chronicle', 'Standard', 'Observer', 'Guardian', 'Mirror', 'Today', 'Press', 'Magazine', 'Weekly', 'Monitor', 'Review', 'Courier', 'Sun', 'Star', 'Mail', 'Zeitung', 'Rundschau', 'Nachrichten', 'Kurier', 'Presse', 'Tagblatt', 'Anzeiger', 'Allgemeine', 'Libération', 'Figaro', 'Quotidien', 'Matin', 'Diario', 'Diário', 'Periódico', 'Jornal', 'Folha', 'Gazeta', 'Gazzetta', 'Corriere', 'Giornale', 'Repubblica', 'Stampa', 'Notizie', 'Notícias', 'Noticias', 'Agência', 'Agencia', 'Agenzia', 'Agence', 'Agentur', 'Gazet', 'Krant', 'Dagblad', 'Dziennik', 'Gazety', 'Gazecie', 'Tygodnik', 'Wiadomości', 'Vesti', 'Вести', 'Новости', 'Газета', 'ТВ', 'Радио', 'Haber', 'Gazetesi', 'Televizyonu', 'Harian', 'Tribun', 'Berita', 'Koran', 'Online', 'Ajansı', 'Ajansi'],
};
