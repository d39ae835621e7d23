/**
 * One streamed model output: accumulates the raw text as it arrives and releases each complete
 * sentence of the reply only after it passed the citation guard and the output check. The
 * first failing sentence (or a failing refs list) stops the run with its violation kinds.
 *
 * Reading the partial JSON costs time in proportion to everything received so far, so doing it
 * for every chunk costs O(n²) over a reply. A chunk is read only when it could have completed
 * something: while the refs are still unknown, or when the chunk (or the unfinished sentence
 * before it) holds a mark a sentence can end at. The final read (`finish`) always happens, so a
 * skipped read can only delay a release, never let anything unchecked through.
 */
import {
  checkRefs,
  checkSentence,
  mentionedRefs,
  withoutQuotations,
  type GuardContext,
} from './citation-guard.ts';
import type { ViolationKind } from './guard-log.ts';
import { outputProblem } from './output-check.ts';
import { parsePartialReply, parseReply } from './parse-reply.ts';
import { scanSentences } from './sentences.ts';

export type RunEvent =
  | { readonly type: 'sentence'; readonly text: string }
  | { readonly type: 'violation'; readonly kinds: ViolationKind[] };

/** Where a sentence can end, in the decoded reply (sentences.ts): terminal marks and line breaks. */
const SENTENCE_END = /[.!?।॥\n]/u;
/**
 * The same in the raw JSON, plus the backslash: a line break arrives as `\n`, and any character
 * may arrive as a `\uXXXX` escape.
 */
const RAW_SENTENCE_END = /[.!?।॥\\]/u;
/** The longest escape (`\uXXXX`) spans six characters, so it may begin five before a chunk. */
const ESCAPE_REACH = 5;

export class StreamRun {
  readonly #guard: GuardContext;
  raw = '';
  #offset = 0;
  #released = '';
  #earlierRefs: string[] = [];
  #refs: readonly string[] | undefined;
  /** Read the next chunk whatever it holds: the unfinished sentence has an end mark already. */
  #endPending = false;

  constructor(guard: GuardContext) {
    this.#guard = guard;
  }

  get refs(): readonly string[] {
    return this.#refs ?? [];
  }

  push(text: string): RunEvent[] {
    const from = Math.max(0, this.raw.length - ESCAPE_REACH);
    this.raw += text;
    if (this.#refs !== undefined && !this.#endPending) {
      if (!RAW_SENTENCE_END.test(this.raw.slice(from))) return [];
    }
    return this.#scan(parsePartialReply(this.raw), false);
  }

  finish(): RunEvent[] {
    const parsed = parseReply(this.raw);
    if (parsed === undefined) return [{ type: 'violation', kinds: ['unparseable'] }];
    return this.#scan({ reply: parsed.reply, refs: parsed.refs }, true);
  }

  #scan(
    partial: { reply: string | undefined; refs: readonly string[] | undefined },
    final: boolean,
  ): RunEvent[] {
    const events: RunEvent[] = [];
    if (this.#refs === undefined && partial.refs !== undefined) {
      this.#refs = partial.refs;
      const kinds = checkRefs(partial.refs, this.#guard).map((violation) => violation.kind);
      if (kinds.length > 0) return [{ type: 'violation', kinds: [...new Set(kinds)] }];
    }
    const reply = partial.reply;
    // Not readable yet (its key has not begun, or a closing code fence is half there): read again.
    this.#endPending = true;
    if (reply === undefined) return events;
    if (!reply.startsWith(this.#released)) return [{ type: 'violation', kinds: ['unparseable'] }];
    const scan = scanSentences(reply, this.#offset, final);
    for (const sentence of scan.sentences) {
      const kinds: ViolationKind[] = checkSentence(
        sentence,
        { earlierRefs: this.#earlierRefs, replyRefs: this.#refs ?? [] },
        this.#guard,
      ).map((violation) => violation.kind);
      const problem = outputProblem(sentence);
      if (problem !== undefined) kinds.push(problem);
      if (kinds.length > 0) {
        events.push({ type: 'violation', kinds: [...new Set(kinds)] });
        return events;
      }
      this.#earlierRefs.push(...mentionedRefs(withoutQuotations(sentence)));
      this.#released += sentence;
      this.#offset += sentence.length;
      events.push({ type: 'sentence', text: sentence });
    }
    this.#endPending = SENTENCE_END.test(reply.slice(this.#offset));
    return events;
  }
}
