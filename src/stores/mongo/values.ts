import { CHANNEL_NAMES } from '../../messages/index.ts';
import type { ChannelName } from '../../messages/index.ts';

// Typed readers for documents as the driver returns them (lean, no getters): a document that
// drifted from its schema fails loudly at the field that drifted, as sqlite/rows.ts does.

/** A BSON binary as the driver returns it without `promoteBuffers`. */
interface BinaryLike {
  readonly buffer: Uint8Array;
  readonly position: number;
}

function isBinaryLike(value: unknown): value is BinaryLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { buffer?: unknown }).buffer instanceof Uint8Array &&
    typeof (value as { position?: unknown }).position === 'number'
  );
}

/** Bytes as a plain `Uint8Array` (a copy), whether the driver gave a Buffer or a BSON Binary. */
export function bytesOf(value: unknown, field: string): Uint8Array {
  if (value instanceof Uint8Array) return new Uint8Array(value);
  if (isBinaryLike(value)) return new Uint8Array(value.buffer.subarray(0, value.position));
  throw new TypeError(`field ${field} is not binary`);
}

export function optionalBytesOf(value: unknown, field: string): Uint8Array | undefined {
  return value === undefined || value === null ? undefined : bytesOf(value, field);
}

/** Bytes to store: a Buffer view (no copy) so the driver writes BSON binary. */
export function toBuffer(value: Uint8Array): Buffer {
  return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

export function dateOf(value: unknown, field: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new TypeError(`field ${field} is not a date`);
  }
  return new Date(value.getTime());
}

export function optionalDateOf(value: unknown, field: string): Date | undefined {
  return value === undefined || value === null ? undefined : dateOf(value, field);
}

export function textOf(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new TypeError(`field ${field} is not text`);
  return value;
}

export function optionalTextOf(value: unknown, field: string): string | undefined {
  return value === undefined || value === null ? undefined : textOf(value, field);
}

export function integerOf(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new TypeError(`field ${field} is not an integer`);
  }
  return value;
}

export function channelOf(value: unknown, field = 'channel'): ChannelName {
  const channel = CHANNEL_NAMES.find((name) => name === value);
  if (channel === undefined) throw new TypeError(`field ${field} holds an unknown channel`);
  return channel;
}

/** A valid `Date` to write, or a `RangeError` (as sqlite/rows.ts `millis` does). */
export function validDate(value: Date): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError('expected a valid Date');
  }
  return value;
}

/** MongoDB reads `limit(0)` as "no limit"; the port means "none". */
export function checkLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError('limit must be a non-negative integer');
  }
}
