/**
 * Renders a reply for a terminal: prose wrapped, verse cards set apart, quick replies shown as
 * what to type. Plain text only (no colours needed to read it).
 */
import type { Reply, ReplyPart } from '../messages/index.ts';

export function renderForTerminal(reply: Reply, width = 78): string {
  return reply.parts
    .map((part) => renderPart(part, width))
    .filter((block) => block !== '')
    .join('\n\n');
}

function renderPart(part: ReplyPart, width: number): string {
  switch (part.type) {
    case 'text':
      return part.text
        .split('\n')
        .map((line) => wrap(line, width))
        .join('\n');
    case 'verse': {
      const rule = '─'.repeat(Math.min(width, 60));
      return [
        `┌ Bhagavad Gita ${part.ref}`,
        indent(part.sanskrit),
        '',
        indent(part.transliteration),
        '',
        indent(wrap(part.translation, width - 2)),
        `└ ${part.translator} ${rule.slice(part.translator.length + 2)}`,
      ].join('\n');
    }
    case 'choices':
      return `→ ${part.choices.map((choice) => `[${choice.label}]`).join('  ')}`;
    case 'resources':
      return part.resources
        .map((resource) => {
          const ways = [resource.phone, resource.sms && `text ${resource.sms}`, resource.url]
            .filter((way): way is string => typeof way === 'string' && way !== '')
            .join(' · ');
          return `  ☎ ${resource.name}: ${ways}`;
        })
        .join('\n');
    case 'file':
      return `[file: ${part.name}, ${part.bytes.byteLength} bytes]`;
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `│ ${line}`)
    .join('\n');
}

function wrap(text: string, width: number): string {
  const words = text.split(/\s+/u).filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}
