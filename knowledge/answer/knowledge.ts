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

  async function answer(request: AnswerRequest): Promise<Answer> {
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
      return verified({
        parts: [...reply.parts, ...verseParts],
        citations: verseParts.map((part) => part.ref),
        retrieved: [],
        flags: ['misuse_guard'],
        composer: 'extractive',
        themeId: undefined,
      });
    }
    const reference = parseVerseReference(request.text, chapterLengths);
    if (reference !== undefined) return lookup(reference, language);
    const retrieval = await deps.retriever.retrieve(request.text, {
      exclude: new Set(request.recentlyShown ?? []),
    });
    const composition = deps.composer.compose({ seed: request.text, language, retrieval });
    const flags: AnswerFlag[] = [];
    if (composition.citations.length === 0) flags.push('no_match');
    if (retrieval.degraded.includes('vector-store')) flags.push('vector_store_unavailable');
    return verified({
      parts: composition.parts,
      citations: composition.citations,
      retrieved: retrieval.refs.map((fused) => fused.ref),
      flags,
      composer: 'extractive',
      themeId: composition.themeId,
    });
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
    // Async in the contract: the LLM composer (its own issue) will need to await here.
    anotherVerse: (request) => Promise.resolve(anotherVerse(request)),
    checkVectorStore: deps.checkVectorStore ?? 'off',
    close: deps.close ?? (() => Promise.resolve()),
  };
}

function plainAnswer(parts: readonly ReplyPart[], flags: AnswerFlag[]): Answer {
  return { parts, citations: [], retrieved: [], flags, composer: 'extractive', themeId: undefined };
}
