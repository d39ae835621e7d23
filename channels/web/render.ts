/**
 * A `Reply` as widget events. Pure apart from the injected file linker. The browser renders
 * every string with `textContent`, and SSE carries each event as one line of JSON, so no
 * markup escaping happens here; verse fields pass through exactly as the corpus gave them.
 *
 * A `file` part cannot travel inside an event stream, so it becomes a short-lived download URL
 * served by this channel (see `file-links.ts`).
 */
import type { FilePart, ReplyPart } from '../../src/messages/index.ts';
import type { WidgetEvent, WidgetPart } from './protocol.ts';

export type FileLinker = (file: FilePart) => string;

export function toWidgetPart(part: ReplyPart, linkFile: FileLinker): WidgetPart {
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
          name: withHours(resource.name, resource.hours),
          region: resource.region,
          ...(resource.phone === undefined ? {} : { phone: resource.phone }),
          ...(resource.sms === undefined ? {} : { sms: resource.sms }),
          ...(resource.url === undefined ? {} : { url: resource.url }),
        })),
      };
    case 'file':
      return { type: 'file', name: part.name, mediaType: part.mediaType, url: linkFile(part) };
  }
}

/**
 * The protocol's resource has no `hours`. Most lines are open day and night; for one that is
 * not, calling at the wrong hour meets silence, so the hours travel in the visible name.
 */
function withHours(name: string, hours: string | undefined): string {
  if (hours === undefined || /^(24\s*[/x×]\s*7|not applicable\b)/i.test(hours.trim())) return name;
  return `${name} (hours: ${hours})`;
}

export function toPartEvents(parts: readonly ReplyPart[], linkFile: FileLinker): WidgetEvent[] {
  return parts.map((part) => ({ type: 'part', part: toWidgetPart(part, linkFile) }));
}

/** SSE framing from protocol.ts; JSON.stringify escapes newlines, so one `data:` line suffices. */
export function sseFrame(event: WidgetEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}
