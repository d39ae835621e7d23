/**
 * Server-Sent Events over `fetch`: the reply to a POST arrives as `text/event-stream`, which
 * EventSource cannot read (it only does GET), so the widget parses the frames itself.
 * Framing per the HTML standard: lines end in LF, CRLF or CR; `data:` lines join with LF; a blank
 * line dispatches; lines starting with ":" are comments (keep-alives). Unknown events are skipped
 * so a newer server does not break an older cached bundle.
 */
import type { WidgetEvent } from '../protocol.ts';

const KNOWN = new Set(['text-delta', 'part', 'done', 'error']);

/** Incremental parser: feed it decoded text as it arrives; it returns the events completed. */
export function createSseParser(): (chunk: string) => WidgetEvent[] {
  let buffer = '';
  let eventName = '';
  let data: string[] = [];
  // A CR at the very end of a chunk may be the first half of a CRLF split across chunks.
  let pendingCr = false;

  const dispatch = (out: WidgetEvent[]): void => {
    if (data.length > 0) {
      const event = toEvent(eventName, data.join('\n'));
      if (event !== undefined) out.push(event);
    }
    eventName = '';
    data = [];
  };

  const line = (text: string, out: WidgetEvent[]): void => {
    if (text === '') return dispatch(out);
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') eventName = value;
    else if (field === 'data') data.push(value);
  };

  return (chunk) => {
    const out: WidgetEvent[] = [];
    let text = chunk;
    if (pendingCr && text.startsWith('\n')) text = text.slice(1);
    pendingCr = false;
    buffer += text;
    for (;;) {
      const match = /\r\n|\r|\n/.exec(buffer);
      if (match === null) break;
      if (match[0] === '\r' && match.index === buffer.length - 1) pendingCr = true;
      line(buffer.slice(0, match.index), out);
      buffer = buffer.slice(match.index + match[0].length);
    }
    return out;
  };
}

/** Reads a whole event stream; ends when the server closes it. */
export async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<WidgetEvent> {
  const parse = createSseParser();
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield* parse(decoder.decode(value, { stream: true }));
    }
    yield* parse(decoder.decode() + '\n\n');
  } finally {
    reader.releaseLock();
  }
}

function toEvent(name: string, json: string): WidgetEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const type = typeof record['type'] === 'string' ? record['type'] : name;
  if (!KNOWN.has(type)) return undefined;
  if (type === 'part' && !isPart(record['part'])) return undefined;
  return { ...record, type } as WidgetEvent;
}

function isPart(part: unknown): boolean {
  return (
    typeof part === 'object' &&
    part !== null &&
    typeof (part as Record<string, unknown>)['type'] === 'string'
  );
}
