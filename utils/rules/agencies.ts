import type { Agency } from './types';

// Wire agencies and the credit tokens they put in datelines and trailers
// ("Seoul [South Korea] March 19 (ANI):", "… (ANI)", "— PTI").
// Source: ../shared/corpus/syndication/agencies.tsv (status column there says how each
// format is attested). Sorted by id; ids unique (lint-tested).
export const agencies: Agency[] = [
  { id: 'afp', name: 'AFP', fullName: 'Agence France-Presse', country: 'FR', credits: ['AFP'] },
  { id: 'ani', name: 'ANI', fullName: 'Asian News International', country: 'IN', credits: ['ANI'] },
  { id: 'ansa', name: 'ANSA', fullName: 'Agenzia Nazionale Stampa Associata', country: 'IT', credits: ['ANSA'] },
  { id: 'ap', name: 'AP', fullName: 'The Associated Press', country: 'US', credits: ['AP'] },
  { id: 'bernama', name: 'Bernama', fullName: 'Bernama', country: 'MY', credits: ['Bernama'] },
  { id: 'ians', name: 'IANS', fullName: 'Indo-Asian News Service', country: 'IN', credits: ['IANS'] },
  { id: 'pti', name: 'PTI', fullName: 'Press Trust of India', country: 'IN', credits: ['PTI'] },
  { id: 'reuters', name: 'Reuters', fullName: 'Reuters', country: 'GB', credits: ['Reuters'] },
  { id: 'upi', name: 'UPI', fullName: 'United Press International', country: 'US', credits: ['UPI'] },
  { id: 'xinhua', name: 'Xinhua', fullName: 'Xinhua News Agency', country: 'CN', credits: ['Xinhua'] },
  { id: 'yonhap', name: 'Yonhap', fullName: 'Yonhap News Agency', country: 'KR', credits: ['Yonhap'] },
];
