/**
 * WhatsApp Web has no reliable buttons (the library marks them deprecated), so choices are a
 * numbered list and a person answers by typing the number. This remembers, per chat, the
 * choices most recently sent there, so "2" (or "२") maps back to the second choice's payload.
 * Any later reply to the chat replaces the memory, so a number only ever refers to the list the
 * person last saw. In memory only: after a restart a bare number is treated as text.
 */
import type { Choice } from '../../src/messages/index.ts';

export interface ChoiceMemoryOptions {
  /** Chats remembered at once; the least recently used are forgotten first. */
  readonly maxChats?: number;
  /** How long a list stays answerable. */
  readonly ttlMs?: number;
  readonly now?: () => number;
}

export interface ChoiceMemory {
  /** Records the choices just sent to a chat (none clears what was there). */
  remember(chatId: string, choices: readonly Choice[]): void;
  /** The payload a typed number stands for, if the text is one of the offered numbers. */
  resolve(chatId: string, text: string): string | undefined;
}

const NUMBER_REPLY = /^\s*([0-9०-९]{1,2})\s*[.)]?\s*$/u;
const DEVANAGARI_ZERO = '०'.charCodeAt(0);

export function createChoiceMemory(options: ChoiceMemoryOptions = {}): ChoiceMemory {
  const maxChats = options.maxChats ?? 10_000;
  const ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order, so re-inserting on use keeps it least-recent first.
  const byChat = new Map<string, { choices: readonly Choice[]; at: number }>();

  return {
    remember(chatId, choices) {
      byChat.delete(chatId);
      if (choices.length === 0) return;
      byChat.set(chatId, { choices, at: now() });
      while (byChat.size > maxChats) {
        const oldest = byChat.keys().next().value;
        if (oldest === undefined) break;
        byChat.delete(oldest);
      }
    },
    resolve(chatId, text) {
      const entry = byChat.get(chatId);
      if (entry === undefined) return undefined;
      if (now() - entry.at > ttlMs) {
        byChat.delete(chatId);
        return undefined;
      }
      const match = NUMBER_REPLY.exec(text);
      if (match === null) return undefined;
      const number = Number(toAsciiDigits(match[1] ?? ''));
      return entry.choices[number - 1]?.payload;
    },
  };
}

function toAsciiDigits(digits: string): string {
  return digits.replace(/[०-९]/gu, (digit) => String(digit.charCodeAt(0) - DEVANAGARI_ZERO));
}
