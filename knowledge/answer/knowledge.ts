/**
 * The knowledge layer's single entry point for the engine: safety assessment, direct verse
 * lookups, retrieval-grounded answers and "another verse". Every verse card leaving this module
 * is checked once more against the corpus, so a bug upstream can drop a card but never show
 * altered or invented scripture.
 */
import type { ReplyPart, VersePart } from '../../src/messages/index.ts';
import {
  ACTIONS,
  buildVerseCard,
  CHOICE_LABELS,
  noSuchChapter,
  noSuchVerse,
  VERSE_LOOKUP_LEAD_IN,
  verseCardProblem,
  wordingLanguage,
  type ExtractiveComposer,
  type ReplyLanguage,
  type VerseCardOptions,
} from '../compose/index.ts';
import type { Corpus } from '../corpus/types.ts';
import {
  parseVerseReference,
  type HybridRetriever,
  type VerseReference,
} from '../retrieval/index.ts';
import {
  assessCrisis,
  assessMisuse,
  composeCrisisReply,
  composeMisuseReply,
  detectLanguage,
  resolveRegion,
  type CrisisAssessment,
  type Helplines,
} from '../safety/index.ts';
import type { LlmComposer } from '../llm/index.ts';
import type { ThemeMap } from '../themes/index.ts';
import type { Answer, AnswerFlag } from './answer.ts';

export interface SafetyContext {
  /** The person's own region setting (`/region IN`), best evidence. */
  readonly userRegion?: string;
  /** What the channel knows (phone prefix, browser locale). */
  readonly channelRegion?: string;
  readonly fallbackRegion?: string;
}

export interface SafetyOutcome {
  readonly crisis: boolean;
  readonly assessment: CrisisAssessment;
  /** The crisis reply (warm words and helplines, no verses) when `crisis` is true. */
  readonly parts: readonly ReplyPart[];
  readonly region: string | undefined;
}

export interface AnswerRequest {
  readonly text: string;
  /** Where the person is, for the human help a misuse answer may point to. */
  readonly context?: SafetyContext;
  /** Refs shown recently in this conversation, avoided so answers do not repeat. */
  readonly recentlyShown?: readonly string[];
}

/**
 * What `answerStream` yields: prose as it is released (each sentence already checked), then the
 * parts, then the finished answer — whose parts are exactly the `part` events sent before it.
 */
export type AnswerEvent =
  | { readonly type: 'text-delta'; readonly text: string }
  | { readonly type: 'part'; readonly part: ReplyPart }
  | { readonly type: 'done'; readonly answer: Answer };

export interface AnotherVerseRequest {
  readonly themeId: string | undefined;
  /** Refs already shown, newest first; the newest is the thread to continue. */
  readonly shown: readonly string[];
  readonly language: ReplyLanguage;
  readonly seed: string;
}

export interface Knowledge {
  readonly corpus: Corpus;
  detectLanguage(text: string): ReplyLanguage;
  assessSafety(text: string, context?: SafetyContext): SafetyOutcome;
  /** A direct verse reference in the text, if there is one ("2.47", "BG 2:47", "chapter 2 verse 47"). */
  findReference(text: string): VerseReference | undefined;
  lookup(reference: VerseReference, language: ReplyLanguage): Answer;
  answer(request: AnswerRequest): Promise<Answer>;
  /** The same answer, released as it is made (the LLM composer streams; the others do not). */
  answerStream(request: AnswerRequest): AsyncIterable<AnswerEvent>;
  /** Where messages go when an LLM composer is configured (for /privacy), else undefined. */
  readonly llmProvider: string | undefined;
  anotherVerse(request: AnotherVerseRequest): Promise<Answer>;
  /** Throws when the vector store cannot be reached; `off` when none is in use. */
  readonly checkVectorStore: (() => Promise<void>) | 'off';
  close(): Promise<void>;
}

export interface KnowledgeDeps {
  readonly corpus: Corpus;
  readonly themeMap: ThemeMap;
  readonly retriever: HybridRetriever;
  readonly composer: ExtractiveComposer;
  readonly helplines: Helplines;
  readonly verseCards: VerseCardOptions;
  readonly checkVectorStore?: () => Promise<void>;
  readonly close?: () => Promise<void>;
  /** Warmer prose around the same verses; absent means every answer is extractive. */
  readonly llm?: { readonly composer: LlmComposer; readonly provider: string };
}

export function createKnowledge(deps: KnowledgeDeps): Knowledge {
  const { corpus } = deps;
  const chapterLengths = {
    chapterCount: corpus.chapters.length,
    versesIn: (chapter: number) => corpus.chapters.find((c) => c.chapter === chapter)?.verseCount,
  };

  function cards(refs: readonly string[]): VersePart[] {
    return refs.flatMap((ref) => {
      const card = buildVerseCard(corpus, ref, deps.verseCards);
      return card === undefined ? [] : [card];
    });
  }

  /** Last line of defence: every verse part must equal the corpus, or it is dropped and flagged. */
  function verified(answer: Answer): Answer {
    const problems: string[] = [];
    const parts = answer.parts.filter((part) => {
      if (part.type !== 'verse') return true;
      const problem = verseCardProblem(corpus, part);
      if (problem !== undefined) problems.push(problem);
      return problem === undefined;
    });
    if (problems.length === 0) return answer;
    const shown = parts.flatMap((part) => (part.type === 'verse' ? [part.ref] : []));
    const flags: AnswerFlag[] = [...answer.flags, 'verse_card_rejected'];
    return { ...answer, parts, citations: shown, flags };
  }

  function lookup(reference: VerseReference, language: ReplyLanguage): Answer {
    const wording = wordingLanguage(language);
    if (reference.kind !== 'verse') {
      const text =
        reference.kind === 'no-such-chapter'
          ? noSuchChapter(wording, reference.chapter, chapterLengths.chapterCount)
          : noSuchVerse(wording, reference.chapter, reference.verse, reference.versesInChapter);
      return plainAnswer([{ type: 'text', text }], ['unknown_ref']);
    }
    const card = buildVerseCard(corpus, reference.ref, deps.verseCards);
    if (card === undefined) return plainAnswer([], ['unknown_ref']);
    const labels = CHOICE_LABELS[wording];
    return verified({
      parts: [
        { type: 'text', text: VERSE_LOOKUP_LEAD_IN[wording](reference.ref) },
        card,
        { type: 'choices', choices: [{ label: labels.another, payload: ACTIONS.anotherVerse }] },
      ],
      citations: [card.ref],
      retrieved: [],
      flags: [],
      composer: 'extractive',
      themeId: undefined,
    });
  }

  /**
   * Everything before the composer: misuse, direct references and retrieval with the extractive
   * answer. `final` answers need no LLM; otherwise `extractive` is what an LLM answer falls back to.
   */
  async function prepare(
    request: AnswerRequest,
  ): Promise<
    | { readonly kind: 'final'; readonly answer: Answer }
    | { readonly kind: 'composed'; readonly extractive: Answer; readonly language: ReplyLanguage }
  > {
    const language = detectLanguage(request.text);
    const misuse = assessMisuse(request.text);
    if (misuse.misuse && misuse.kind !== undefined) {
      const region = resolveRegion({
        userSetting: request.context?.userRegion,
        channelRegion: request.context?.channelRegion ?? request.context?.fallbackRegion,
        language,
      });
      const reply = composeMisuseReply(misuse.kind, language, {
        helplines: deps.helplines,
        region,
      });
      const verseParts = cards(reply.verseRefs);
      return {
        kind: 'final',
        answer: verified({
          parts: [...reply.parts, ...verseParts],
          citations: verseParts.map((part) => part.ref),
          retrieved: [],
          flags: ['misuse_guard'],
          composer: 'extractive',
          themeId: undefined,
        }),
      };
    }
    const reference = parseVerseReference(request.text, chapterLengths);
    if (reference !== undefined) return { kind: 'final', answer: lookup(reference, language) };
    const retrieval = await deps.retriever.retrieve(request.text, {
      exclude: new Set(request.recentlyShown ?? []),
    });
    const composition = deps.composer.compose({ seed: request.text, language, retrieval });
    const flags: AnswerFlag[] = [];
    if (composition.citations.length === 0) flags.push('no_match');
    if (retrieval.degraded.includes('vector-store')) flags.push('vector_store_unavailable');
    const extractive = verified({
      parts: composition.parts,
      citations: composition.citations,
      retrieved: retrieval.refs.map((fused) => fused.ref),
      flags,
      composer: 'extractive',
      themeId: composition.themeId,
    });
    return { kind: 'composed', extractive, language };
  }

  function llmInput(request: AnswerRequest, extractive: Answer, language: ReplyLanguage) {
    return {
      text: request.text,
      language,
      retrieved: extractive.retrieved,
      earlier: request.recentlyShown ?? [],
      fallback: extractive,
    };
  }

  async function answer(request: AnswerRequest): Promise<Answer> {
    const prepared = await prepare(request);
    if (prepared.kind === 'final') return prepared.answer;
    if (deps.llm === undefined) return prepared.extractive;
    const composed = await deps.llm.composer.compose(
      llmInput(request, prepared.extractive, prepared.language),
    );
    return verified(composed);
  }

  async function* answerStream(request: AnswerRequest): AsyncGenerator<AnswerEvent> {
    const prepared = await prepare(request);
    if (prepared.kind === 'final' || deps.llm === undefined) {
      const whole = prepared.kind === 'final' ? prepared.answer : prepared.extractive;
      for (const part of whole.parts) yield { type: 'part', part };
      yield { type: 'done', answer: whole };
      return;
    }
    const stream = deps.llm.composer.composeStream(
      llmInput(request, prepared.extractive, prepared.language),
    );
    for (;;) {
      const next = await stream.next();
      if (next.done === true) {
        // The same check as the parts below, so the answer lists exactly what was sent.
        yield { type: 'done', answer: verified(next.value) };
        return;
      }
      const event = next.value;
      // Cards reaching a person are checked against the corpus here, as `verified` does.
      if (event.type === 'part' && event.part.type === 'verse') {
        if (verseCardProblem(corpus, event.part) !== undefined) continue;
      }
      yield event;
    }
  }

  function anotherVerse(request: AnotherVerseRequest): Answer {
    const shown = new Set(request.shown);
    const theme = request.themeId === undefined ? undefined : deps.themeMap.get(request.themeId);
    const candidates = theme?.verses.map((verse) => verse.ref) ?? [];
    const last = request.shown[0];
    if (last !== undefined) candidates.push(...neighbours(last));
    const next = candidates.find((ref) => !shown.has(ref) && corpus.get(ref) !== undefined);
    const retrieval = {
      refs: next === undefined ? [] : [{ ref: next, score: 1, sources: ['another'] }],
      themes: theme === undefined ? [] : [{ theme, score: 1 }],
      degraded: [],
    };
    const composition = deps.composer.compose({
      seed: request.seed,
      language: request.language,
      retrieval,
      intent: 'another',
    });
    return verified({
      parts: composition.parts,
      citations: composition.citations,
      retrieved: retrieval.refs.map((fused) => fused.ref),
      flags: composition.citations.length === 0 ? ['no_match'] : [],
      composer: 'extractive',
      themeId: composition.themeId,
    });
  }

  /** The verses around one, in reading order: the Gita often develops a thought over several. */
  function neighbours(ref: string): string[] {
    const index = corpus.verses.findIndex((verse) => verse.ref === ref);
    if (index < 0) return [];
    return [corpus.verses[index + 1], corpus.verses[index - 1], corpus.verses[index + 2]].flatMap(
      (verse) => (verse === undefined ? [] : [verse.ref]),
    );
  }

  function assessSafety(text: string, context: SafetyContext = {}): SafetyOutcome {
    const assessment = assessCrisis(text);
    if (assessment.level !== 'crisis') {
      return { crisis: false, assessment, parts: [], region: undefined };
    }
    const region = resolveRegion({
      userSetting: context.userRegion,
      channelRegion: context.channelRegion ?? context.fallbackRegion,
      language: assessment.language,
    });
    const parts = composeCrisisReply({
      assessment,
      region,
      language: assessment.language,
      helplines: deps.helplines,
    });
    return { crisis: true, assessment, parts, region };
  }

  return {
    corpus,
    detectLanguage,
    assessSafety,
    findReference: (text) => parseVerseReference(text, chapterLengths),
    lookup,
    answer,
    answerStream,
    llmProvider: deps.llm?.provider,
    // Async in the contract: the LLM composer (its own issue) will need to await here.
    anotherVerse: (request) => Promise.resolve(anotherVerse(request)),
    checkVectorStore: deps.checkVectorStore ?? 'off',
    close: deps.close ?? (() => Promise.resolve()),
  };
}

function plainAnswer(parts: readonly ReplyPart[], flags: AnswerFlag[]): Answer {
  return { parts, citations: [], retrieved: [], flags, composer: 'extractive', themeId: undefined };
}
