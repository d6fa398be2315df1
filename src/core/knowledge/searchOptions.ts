/**
 * MiniSearch options shared by the index build (at bundle time) and the loader (at run time).
 * Both sides must tokenize identically, so this module is the only place that defines it.
 *
 * Korean words carry particles (`보안그룹의` = "of the security group"), so a whole-word index never
 * matches `보안 그룹`. Hangul runs are therefore indexed as character bigrams beside the whole word:
 * `보안그룹의` → 보안그룹의, 보안, 안그, 그룹, 룹의 — and a query's bigrams meet the document's.
 */
import type { Options, SearchOptions } from 'minisearch';

export interface SearchDocument {
  id: string;
  titleEn: string;
  titleKo: string;
  keywordsEn: string;
  keywordsKo: string;
  summaryEn: string;
  summaryKo: string;
  bodyEn: string;
  bodyKo: string;
}

export const SEARCH_FIELDS: readonly (keyof SearchDocument)[] = [
  'titleEn', 'titleKo', 'keywordsEn', 'keywordsKo', 'summaryEn', 'summaryKo', 'bodyEn', 'bodyKo',
];

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;
const HANGUL_RUN = /^[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]+$/;
// Letters and digits of any script; everything else separates words. `-`, `_`, `.`, `:` split
// too, so `STANDARD_IA`, `AWS::S3::Bucket` and `us-east-1` are found by their parts.
const WORD = /[\p{L}\p{N}]+/gu;

export function isHangul(term: string): boolean {
  return HANGUL.test(term);
}

/** Words, plus Hangul bigrams for every Hangul word longer than two characters. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    // A mixed token such as `EC2인스턴스` is split at the script boundary first.
    for (const part of word.split(/(?<=[\uAC00-\uD7A3])(?=[^\uAC00-\uD7A3])|(?<=[^\uAC00-\uD7A3])(?=[\uAC00-\uD7A3])/u)) {
      out.push(part);
      if (HANGUL_RUN.test(part) && part.length > 2) {
        for (let i = 0; i + 2 <= part.length; i++) out.push(part.slice(i, i + 2));
      }
    }
  }
  return out;
}

/** Lower-case; fold simple English plurals so `buckets` meets `bucket` in both directions. */
export function processTerm(term: string): string | null {
  const t = term.toLowerCase();
  if (isHangul(t) || t.length <= 3 || /\d/.test(t)) return t;
  if (t.endsWith('ies') && t.length > 4) return t.slice(0, -3) + 'y';
  if (t.endsWith('sses')) return t.slice(0, -2);
  if (t.endsWith('s') && !t.endsWith('ss') && !t.endsWith('us') && !t.endsWith('is')) return t.slice(0, -1);
  return t;
}

/**
 * A long Hangul word is queried as itself plus its bigrams; without damping, `인스턴스` (four terms)
 * would outweigh `예약` (one) in `예약 인스턴스`. Each bigram of a word of n characters therefore
 * weighs 1/(n-1), so every query word counts about the same.
 */
export function boostTerm(term: string, i: number, terms: string[]): number {
  if (term.length !== 2 || !isHangul(term)) return 1;
  for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
    const word = terms[j];
    if (word.length > 2 && isHangul(word) && word.includes(term)) return 1 / (word.length - 1);
  }
  return 1;
}

export const SEARCH_OPTIONS: SearchOptions = {
  boost: { titleEn: 4, titleKo: 4, keywordsEn: 3, keywordsKo: 3, summaryEn: 1.5, summaryKo: 1.5, bodyEn: 1, bodyKo: 1 },
  // Prefix and typo tolerance only for Latin words: on Hangul bigrams they would match noise.
  prefix: (term: string) => !isHangul(term) && term.length >= 3,
  fuzzy: (term: string) => (!isHangul(term) && term.length >= 5 ? 0.2 : false),
  combineWith: 'OR',
  boostTerm,
  tokenize,
  processTerm,
};

export const MINISEARCH_OPTIONS: Options<SearchDocument> = {
  idField: 'id',
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  tokenize,
  processTerm,
  searchOptions: SEARCH_OPTIONS,
};
