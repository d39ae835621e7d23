/**
 * Direct verse references ("2.47", "BG 2:47", "Gita 2.47", "chapter 2 verse 47",
 * "/verse 2.47", "adhyay 2 shlok 47") short-circuit retrieval. A reference to a verse that does
 * not exist is reported as such so the answer can state the valid range instead of inventing one.
 */

export type VerseReference =
  | {
      readonly kind: 'verse';
      readonly chapter: number;
      readonly verse: number;
      readonly ref: string;
    }
  | { readonly kind: 'no-such-chapter'; readonly chapter: number; readonly verse: number }
  | {
      readonly kind: 'no-such-verse';
      readonly chapter: number;
      readonly verse: number;
      readonly versesInChapter: number;
    };

/** Chapter lengths in this corpus's numbering (chapter 13 has 35). */
export interface ChapterLengths {
  versesIn(chapter: number): number | undefined;
  readonly chapterCount: number;
}

const SCRIPTURE_PREFIX = String.raw`(?:\/verse|\/shloka|b\.?\s?g\.?|bhagavad\s*gita|bhagwad\s*gita|bhagavadgita|gita|geeta|verse|shlok(?:a)?|sloka)`;
const CHAPTER_WORD = String.raw`(?:chapter|ch\.?|adhyay(?:a)?|adhyaya|अध्याय)`;
const VERSE_WORD = String.raw`(?:verse|v\.?|shlok(?:a)?|sloka|श्लोक)`;

const PATTERNS: readonly RegExp[] = [
  // "chapter 2 verse 47", "ch 2 v 47", "adhyay 2 shlok 47", "अध्याय 2 श्लोक 47"
  new RegExp(
    String.raw`(?<!\p{L})${CHAPTER_WORD}\s*(\d{1,3})\s*,?\s*${VERSE_WORD}\s*(\d{1,3})`,
    'iu',
  ),
  // "BG 2.47", "Gita 2:47", "/verse 2.47", "verse 2 47"
  new RegExp(String.raw`(?<!\p{L})${SCRIPTURE_PREFIX}\s*(\d{1,3})\s*[.:\s]\s*(\d{1,3})\b`, 'iu'),
];

// A bare "2.47" counts only when everything around it is lookup words ("what does 2.47 say"):
// "I scored 7.5 in my exam" and "2.5 billion years" are not lookups.
const BARE = /(?:^|[\s(])(\d{1,3})[.:](\d{1,3})(?=$|[\s).,?!])/u;
const LOOKUP_WORDS = new Set(
  'what whats does do is say says mean means meaning explain show me tell about the of please pls plz read give send kya hai batao bataiye samjhao matlab ka ki क्या है बताइए बताओ अर्थ का'.split(
    ' ',
  ),
);

export function parseVerseReference(
  text: string,
  lengths: ChapterLengths,
): VerseReference | undefined {
  const numbers = findNumbers(text);
  if (numbers === undefined) return undefined;
  const [chapter, verse] = numbers;
  if (chapter < 1 || chapter > lengths.chapterCount) {
    return { kind: 'no-such-chapter', chapter, verse };
  }
  const versesInChapter = lengths.versesIn(chapter) ?? 0;
  if (verse < 1 || verse > versesInChapter) {
    return { kind: 'no-such-verse', chapter, verse, versesInChapter };
  }
  return { kind: 'verse', chapter, verse, ref: `${chapter}.${verse}` };
}

function findNumbers(text: string): [number, number] | undefined {
  for (const pattern of PATTERNS) {
    const match = pattern.exec(text);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      return [Number(match[1]), Number(match[2])];
    }
  }
  const bare = BARE.exec(text);
  if (bare?.[1] === undefined || bare[2] === undefined) return undefined;
  const rest = text
    .replace(bare[0], ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter((word) => word !== '');
  if (!rest.every((word) => LOOKUP_WORDS.has(word))) return undefined;
  return [Number(bare[1]), Number(bare[2])];
}
