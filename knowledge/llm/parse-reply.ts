/**
 * Reads the model's `{"refs": [...], "reply": "..."}` robustly: inside a Markdown code fence,
 * with text around it, or — while streaming — cut off mid-way (a partial JSON parse closes open
 * strings and brackets). Refs are canonicalised ("BG 2:47" → "2.47"); anything that is not a
 * ref-shaped string is dropped here and the guard judges the rest.
 */
import { parsePartialJson } from '@langchain/core/output_parsers';

export interface ParsedReply {
  readonly reply: string;
  readonly refs: readonly string[];
}

export interface PartialReply {
  /** The reply text so far (possibly cut mid-sentence). */
  readonly reply: string | undefined;
  /** The refs, once their list is complete. */
  readonly refs: readonly string[] | undefined;
}

function jsonPart(raw: string): string {
  const fenced = /```(?:json)?\s*([\s\S]*?)(?:```|$)/u.exec(raw);
  const body = fenced?.[1] ?? raw;
  const start = body.indexOf('{');
  return start < 0 ? '' : body.slice(start);
}

export function canonicalRef(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const match = /(\d{1,2})\s*[.:]\s*(\d{1,3})/u.exec(String(value));
  if (match === null) return undefined;
  return `${Number(match[1])}.${Number(match[2])}`;
}

function refsOf(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const refs = value.flatMap((item) => {
    const ref = canonicalRef(item);
    return ref === undefined ? [] : [ref];
  });
  return [...new Set(refs)];
}

/** The complete reply, or `undefined` when the output is not the object asked for. */
export function parseReply(raw: string): ParsedReply | undefined {
  const text = jsonPart(raw);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = parsePartialJson(text);
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const reply = record['reply'];
  const refs = refsOf(record['refs']) ?? [];
  if (typeof reply !== 'string' || reply.trim() === '') return undefined;
  return { reply, refs };
}

/** What a streamed output holds so far. */
export function parsePartialReply(raw: string): PartialReply {
  const text = jsonPart(raw);
  if (text === '') return { reply: undefined, refs: undefined };
  const value: unknown = parsePartialJson(text);
  if (typeof value !== 'object' || value === null) return { reply: undefined, refs: undefined };
  const record = value as Record<string, unknown>;
  const reply = typeof record['reply'] === 'string' ? record['reply'] : undefined;
  // The refs list is complete once a later key has begun (refs come first) or the object closed.
  const refsClosed = /"refs"\s*:\s*\[[^\]]*\]/u.test(text);
  return { reply, refs: refsClosed ? (refsOf(record['refs']) ?? []) : undefined };
}
