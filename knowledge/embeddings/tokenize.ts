// Turns English chat text into the word forms the GloVe vocabulary uses. The vocabulary has no
// apostrophes, no single letters and no digits (checked in the source file), so contractions
// are spelled out ("can't" and "cant" both become "can not"), chat shorthand is expanded and
// small numbers become words. Words are lowercased with diacritics removed ("Kṛṣṇa" → "krsna",
// which the vocabulary has).

const CONTRACTED_NOT: Readonly<Record<string, readonly string[]>> = {
  cant: ['can', 'not'],
  cannot: ['can', 'not'],
  wont: ['will', 'not'],
  shant: ['shall', 'not'],
  aint: ['is', 'not'],
};

// Apostrophe-less spellings that chat writers use. Each maps to the words a careful writer
// would have used; "i" is kept although the vocabulary lacks it (the lookup skips it).
const CHAT_FORMS: Readonly<Record<string, readonly string[]>> = {
  dont: ['do', 'not'],
  doesnt: ['does', 'not'],
  didnt: ['did', 'not'],
  isnt: ['is', 'not'],
  arent: ['are', 'not'],
  wasnt: ['was', 'not'],
  werent: ['were', 'not'],
  hasnt: ['has', 'not'],
  havent: ['have', 'not'],
  hadnt: ['had', 'not'],
  couldnt: ['could', 'not'],
  shouldnt: ['should', 'not'],
  wouldnt: ['would', 'not'],
  mustnt: ['must', 'not'],
  neednt: ['need', 'not'],
  im: ['i', 'am'],
  ive: ['i', 'have'],
  youre: ['you', 'are'],
  youve: ['you', 'have'],
  theyre: ['they', 'are'],
  theyve: ['they', 'have'],
  thats: ['that', 'is'],
  whats: ['what', 'is'],
  u: ['you'],
  ur: ['your'],
  r: ['are'],
  pls: ['please'],
  plz: ['please'],
  thx: ['thanks'],
  bc: ['because'],
  coz: ['because'],
  cuz: ['because'],
  idk: ['i', 'do', 'not', 'know'],
  bf: ['boyfriend'],
  gf: ['girlfriend'],
};

const SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  "n't": ['not'],
  "'m": ['am'],
  "'re": ['are'],
  "'ve": ['have'],
  "'ll": ['will'],
  "'d": ['would'],
  // "'s" is a possessive or an "is"/"has": either way the stem carries the meaning.
  "'s": [],
};

const SMALL_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

// Letters, digits, and apostrophes or hyphens inside a word. Everything else separates words.
const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;
const COMBINING_MARKS = /\p{M}/gu;

function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010-\u2013]/g, '-')
    .toLowerCase();
}

function expandApostrophes(word: string, out: string[]): void {
  const irregular = CONTRACTED_NOT[word.replaceAll("'", '')];
  if (irregular && word.endsWith("n't")) {
    out.push(...irregular);
    return;
  }
  for (const [suffix, words] of Object.entries(SUFFIXES)) {
    if (word.endsWith(suffix) && word.length > suffix.length) {
      expandWord(word.slice(0, -suffix.length), out);
      out.push(...words);
      return;
    }
  }
  // Leftover apostrophes ("rock'n'roll", "o'clock") are dropped rather than split on.
  expandWord(word.replaceAll("'", ''), out);
}

function expandWord(word: string, out: string[]): void {
  if (word.includes("'")) {
    expandApostrophes(word, out);
    return;
  }
  const spelled = CONTRACTED_NOT[word] ?? CHAT_FORMS[word];
  if (spelled) {
    out.push(...spelled);
    return;
  }
  if (/^\d+$/.test(word)) {
    const n = Number(word);
    const name = SMALL_NUMBERS[n];
    if (name) out.push(name);
    return;
  }
  out.push(word);
}

/**
 * Splits text into lowercase word tokens. Hyphenated words stay whole ("long-term"); the
 * embedder falls back to their parts when the whole is not in its vocabulary.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const match of normalize(text).matchAll(WORD)) expandWord(match[0], out);
  return out;
}
