/**
 * The `sarathi ask --jsonl` contract, used for evaluation. Stable: later issues may add part
 * types, never change these. One JSON object in per line, one out per line, in order.
 *
 * in:  {"id", "text", "user"?, "locale"?}
 * out: {"id", "safety", "composer", "citations", "retrieved", "flags", "parts"}
 *      or {"id", "error"} for a line that could not be read.
 */
import { z } from 'zod';
import type { EngineReply } from '../conversation/index.ts';
import type { ReplyPart } from '../messages/index.ts';

export const jsonlInputSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  user: z.string().min(1).max(200).optional(),
  locale: z.string().min(2).max(35).optional(),
});

export type JsonlInput = z.infer<typeof jsonlInputSchema>;

export type JsonlPart =
  | { type: 'text'; text: string }
  | {
      type: 'verse';
      ref: string;
      sanskrit: string;
      transliteration: string;
      translation: string;
      translator: string;
    }
  | { type: 'choices'; choices: { label: string; payload: string }[] }
  | {
      type: 'resources';
      resources: { name: string; phone?: string; sms?: string; url?: string; region: string }[];
    }
  | { type: 'file'; name: string; mediaType: string; base64: string };

export interface JsonlOutput {
  id: string;
  safety: 'crisis' | 'none';
  composer: string;
  citations: string[];
  retrieved: string[];
  flags: string[];
  parts: JsonlPart[];
}

export interface JsonlError {
  id: string | null;
  error: string;
}

export type ParsedLine = { ok: true; input: JsonlInput } | { ok: false; error: JsonlError };

export function parseJsonlLine(line: string): ParsedLine {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { ok: false, error: { id: null, error: 'invalid JSON' } };
  }
  const parsed = jsonlInputSchema.safeParse(raw);
  if (!parsed.success) {
    const id = idOf(raw);
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'line';
    return { ok: false, error: { id, error: `${where}: ${issue?.message ?? 'invalid'}` } };
  }
  return { ok: true, input: parsed.data };
}

function idOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return null;
  const id = raw.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

export function toJsonlOutput(id: string, reply: EngineReply): JsonlOutput {
  return {
    id,
    safety: reply.meta.safety,
    composer: reply.meta.composer,
    citations: [...reply.meta.citations],
    retrieved: [...reply.meta.retrieved],
    flags: [...reply.meta.flags],
    parts: reply.parts.map(toJsonlPart),
  };
}

function toJsonlPart(part: ReplyPart): JsonlPart {
  switch (part.type) {
    case 'text':
      return { type: 'text', text: part.text };
    case 'verse':
      return {
        type: 'verse',
        ref: part.ref,
        sanskrit: part.sanskrit,
        transliteration: part.transliteration,
        translation: part.translation,
        translator: part.translator,
      };
    case 'choices':
      return {
        type: 'choices',
        choices: part.choices.map((choice) => ({ label: choice.label, payload: choice.payload })),
      };
    case 'resources':
      return {
        type: 'resources',
        resources: part.resources.map((resource) => ({
          name: resource.name,
          region: resource.region,
          ...(resource.phone === undefined ? {} : { phone: resource.phone }),
          ...(resource.sms === undefined ? {} : { sms: resource.sms }),
          ...(resource.url === undefined ? {} : { url: resource.url }),
        })),
      };
    case 'file':
      return {
        type: 'file',
        name: part.name,
        mediaType: part.mediaType,
        base64: Buffer.from(part.bytes).toString('base64'),
      };
  }
}
