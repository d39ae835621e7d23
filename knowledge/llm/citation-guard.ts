/**
 * The citation guard: pure checks that a model's reply relies only on verses it was given and
 * quotes them exactly. It never repairs text; it names what is wrong so the composer can ask
 * once more or fall back to the extractive answer.
 *
 * Rules:
 * - every ref the reply lists, and every ref its prose mentions ("2.47", "BG 2:47", "chapter 2,
 *   verse 47"), must exist in the corpus (`invented_ref`) and be one of the verses given as
 *   context (`ref_not_in_context`);
 * - every quotation ("…", “…”, «…», or a `>` blockquote line) of three words or more must appear
 *   in a corpus translation of the ref it is attributed to, after normalising case, whitespace
 *   and punctuation (`misquote`). A quotation is attributed to the refs its own sentence
 *   mentions, else to the last ref mentioned before it, else to the refs the reply lists.
 *   Shorter quotations are terms ("karma yoga"), not verse text, and pass.
 */
import { splitSentences } from './sentences.ts';

export type CitationViolationKind = 'invented_ref' | 'ref_not_in_context' | 'misquote';

export interface CitationViolation {
  readonly kind: CitationViolationKind;
  readonly ref?: string;
}

/** The slice of the corpus the guard reads. */
export interface GuardCorpus {
  get(ref: string): { readonly translations: Readonly<Record<string, string>> } | undefined;
}

export interface GuardContext {
  readonly corpus: GuardCorpus;
  /** Refs given to the model as context: the only ones it may rely on. */
  readonly allowed: ReadonlySet<string>;
}

export interface ReplyCandidate {
  readonly reply: string;
  readonly refs: readonly string[];
}

/** Where a sentence sits in the reply, for attributing its quotations. */
export interface SentencePlace {
  /** Refs mentioned in earlier sentences, in order. */
  readonly earlierRefs: readonly string[];
  /** The refs the reply lists (may be empty while streaming, before they are known). */
  readonly replyRefs: readonly string[];
}

const MIN_QUOTED_WORDS = 3;

const DEVANAGARI_DIGITS = /[०-९]/gu;

function asciiDigits(text: string): string {
  return text.replace(DEVANAGARI_DIGITS, (digit) => String(digit.charCodeAt(0) - 0x0966));
}

// "2.47", "2:47", "BG 2.47" — a chapter (1–18) and a verse, not part of a longer number.
const SHORT_REF = /(?<![\d.:])(\d{1,2})\s?[.:]\s?(\d{1,3})(?![\d]|[.:]\d)/gu;
// "chapter 2, verse 47", "chapter 2 (verse 47)", "अध्याय 2 श्लोक 47".
const LONG_REF =
  /(?:chapter|ch\.|adhyay[a]?|अध्याय)\s*(\d{1,2})\s*[,;(]?\s*(?:verse|v\.|shloka?|sloka|श्लोक)\s*(\d{1,3})/giu;

/** Verse refs a text mentions, canonical ("2.47"), in order of appearance, without repeats. */
export function mentionedRefs(text: string): string[] {
  const normalized = asciiDigits(text);
  const found: Array<{ at: number; ref: string }> = [];
  for (const pattern of [SHORT_REF, LONG_REF]) {
    for (const match of normalized.matchAll(pattern)) {
      const chapter = Number(match[1]);
      const verse = Number(match[2]);
      if (chapter < 1 || chapter > 18 || verse < 1) continue;
      found.push({ at: match.index, ref: `${chapter}.${verse}` });
    }
  }
  const ordered = found.sort((a, b) => a.at - b.at).map((item) => item.ref);
  return [...new Set(ordered)];
}

const QUOTED = /"([^"\n]+)"|“([^”]+)”|«([^»]+)»/gu;

/** Quoted spans of a text: double quotes, curly quotes, guillemets and `>` blockquote lines. */
export function quotations(text: string): string[] {
  const spans: string[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const span = match[1] ?? match[2] ?? match[3];
    if (span !== undefined) spans.push(span);
  }
  for (const line of text.split('\n')) {
    const block = /^\s*>\s?(.*)$/u.exec(line);
    if (block?.[1] !== undefined && block[1].trim() !== '') spans.push(block[1]);
  }
  return spans;
}

/** Lower case, punctuation and symbols as spaces, whitespace collapsed: how quotes are compared. */
export function normalizeForQuote(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

function wordCount(text: string): number {
  return normalizeForQuote(text).split(' ').filter(Boolean).length;
}

/** True when every fragment of the quotation (split at an ellipsis) appears in the text, in order. */
export function quoteMatches(quotation: string, source: string): boolean {
  const haystack = normalizeForQuote(source);
  let from = 0;
  for (const fragment of quotation.split(/\.{3}|…/u)) {
    const needle = normalizeForQuote(fragment);
    if (needle === '') continue;
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    from = at + needle.length;
  }
  return true;
}

function checkRef(ref: string, context: GuardContext): CitationViolation | undefined {
  if (context.corpus.get(ref) === undefined) return { kind: 'invented_ref', ref };
  if (!context.allowed.has(ref)) return { kind: 'ref_not_in_context', ref };
  return undefined;
}

/** The refs a reply lists: each must exist and have been given as context. */
export function checkRefs(refs: readonly string[], context: GuardContext): CitationViolation[] {
  return refs.flatMap((ref) => {
    const violation = checkRef(ref, context);
    return violation === undefined ? [] : [violation];
  });
}

/** One sentence of prose: the refs it mentions and the quotations it makes. */
export function checkSentence(
  sentence: string,
  place: SentencePlace,
  context: GuardContext,
): CitationViolation[] {
  const mentioned = mentionedRefs(withoutQuotations(sentence));
  const violations = checkRefs(mentioned, context);
  const attributed =
    mentioned.length > 0
      ? mentioned
      : place.earlierRefs.length > 0
        ? [place.earlierRefs.at(-1)!]
        : place.replyRefs;
  for (const quotation of quotations(sentence)) {
    if (wordCount(quotation) < MIN_QUOTED_WORDS) continue;
    const matched = attributed.some((ref) => {
      const verse = context.corpus.get(ref);
      if (verse === undefined || !context.allowed.has(ref)) return false;
      return Object.values(verse.translations).some((text) => quoteMatches(quotation, text));
    });
    if (!matched)
      violations.push({ kind: 'misquote', ...(attributed[0] ? { ref: attributed[0] } : {}) });
  }
  return violations;
}

/** A whole reply: its listed refs, then each sentence in order. */
export function checkReply(candidate: ReplyCandidate, context: GuardContext): CitationViolation[] {
  const violations = checkRefs(candidate.refs, context);
  const earlierRefs: string[] = [];
  for (const sentence of splitSentences(candidate.reply)) {
    violations.push(
      ...checkSentence(sentence, { earlierRefs, replyRefs: candidate.refs }, context),
    );
    earlierRefs.push(...mentionedRefs(withoutQuotations(sentence)));
  }
  return violations;
}

/** The text with its quotations blanked, so refs inside a quotation do not count as mentions. */
export function withoutQuotations(text: string): string {
  return text.replace(QUOTED, ' ').replace(/^\s*>.*$/gmu, ' ');
}
