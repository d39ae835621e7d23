/**
 * One-time link codes: short enough to type on a phone, random enough not to guess (8 symbols
 * from 31 ≈ 40 bits, alive 10 minutes, wrong guesses braked per person). Look-alikes (0/O,
 * 1/I/L) are left out, and what people type is forgiven case, spaces and dashes.
 */
import { createHash, randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const LENGTH = 8;

export const LINK_RULES = {
  ttlMs: 10 * 60_000,
  /** Codes one person may ask for per window. */
  maxCodesPerWindow: 5,
  codeWindowMs: 60 * 60_000,
  /** Wrong codes one person may enter per window before being asked to wait. */
  maxFailures: 5,
  failureWindowMs: 15 * 60_000,
} as const;

export function newLinkCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** The canonical code in what someone typed, or `undefined` when it cannot be one. */
export function normalizeLinkCode(typed: string): string | undefined {
  const code = typed.replace(/[\s-]/gu, '').toUpperCase();
  if (code.length !== LENGTH) return undefined;
  return [...code].every((symbol) => ALPHABET.includes(symbol)) ? code : undefined;
}

/** Only this is stored: a database copy does not reveal the live codes in it. */
export function hashLinkCode(code: string): string {
  return createHash('sha256').update(`sarathi-link-code:${code}`).digest('hex');
}
