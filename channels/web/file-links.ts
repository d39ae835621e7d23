/**
 * Files in a widget reply (an export, say) as short-lived capability URLs: a random 128-bit
 * token that this channel serves for `ttlMs` (default 10 minutes). A download link is opened by
 * the browser itself, which sends no bearer token, so the unguessable URL is the credential.
 * Kept in memory, bounded in count and bytes (oldest dropped first); after a restart or expiry
 * the link answers 404 and the person asks again.
 */
import { randomBytes } from 'node:crypto';
import type { FilePart } from '../../src/messages/index.ts';

export interface FileLinksOptions {
  readonly ttlMs?: number;
  readonly maxFiles?: number;
  readonly maxBytes?: number;
  readonly now?: () => number;
}

export interface FileLinks {
  /** Stores the file and returns its token. */
  put(file: FilePart): string;
  get(token: string): FilePart | undefined;
}

export const DEFAULT_FILE_LINK_TTL_MS = 10 * 60 * 1000;
const TOKEN = /^[A-Za-z0-9_-]{22}$/;

interface Stored {
  readonly file: FilePart;
  readonly expiresAt: number;
}

export function createFileLinks(options: FileLinksOptions = {}): FileLinks {
  const ttlMs = options.ttlMs ?? DEFAULT_FILE_LINK_TTL_MS;
  const maxFiles = options.maxFiles ?? 200;
  const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
  const now = options.now ?? Date.now;
  const files = new Map<string, Stored>();
  let bytes = 0;

  function drop(token: string): void {
    const stored = files.get(token);
    if (stored === undefined) return;
    bytes -= stored.file.bytes.byteLength;
    files.delete(token);
  }

  return {
    put(file) {
      const at = now();
      for (const [token, stored] of files) {
        const full = files.size >= maxFiles || bytes + file.bytes.byteLength > maxBytes;
        if (stored.expiresAt > at && !full) break;
        drop(token);
      }
      const token = randomBytes(16).toString('base64url');
      files.set(token, { file, expiresAt: at + ttlMs });
      bytes += file.bytes.byteLength;
      return token;
    },
    get(token) {
      if (!TOKEN.test(token)) return undefined;
      const stored = files.get(token);
      if (stored === undefined) return undefined;
      if (stored.expiresAt <= now()) {
        drop(token);
        return undefined;
      }
      return stored.file;
    },
  };
}
