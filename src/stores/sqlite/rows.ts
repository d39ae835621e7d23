import type { SQLOutputValue } from 'node:sqlite';

/** A row as node:sqlite returns it (a null-prototype object). */
export type Row = Record<string, SQLOutputValue>;

// Typed readers instead of casts: a schema drift fails loudly at the column that drifted.

export function text(row: Row, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw new TypeError(`column ${column} is not text`);
  return value;
}

export function optionalText(row: Row, column: string): string | undefined {
  return row[column] === null ? undefined : text(row, column);
}

export function integer(row: Row, column: string): number {
  const value = row[column];
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'number') throw new TypeError(`column ${column} is not an integer`);
  return value;
}

export function date(row: Row, column: string): Date {
  return new Date(integer(row, column));
}

export function optionalDate(row: Row, column: string): Date | undefined {
  return row[column] === null ? undefined : date(row, column);
}

export function bytes(row: Row, column: string): Uint8Array {
  const value = row[column];
  if (!(value instanceof Uint8Array)) throw new TypeError(`column ${column} is not a blob`);
  return value;
}

export function optionalBytes(row: Row, column: string): Uint8Array | undefined {
  const value = row[column];
  if (value === null) return undefined;
  if (!(value instanceof Uint8Array)) throw new TypeError(`column ${column} is not a blob`);
  return value;
}

/** Times are stored as milliseconds since the epoch, so they sort and compare as integers. */
export function millis(value: Date): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError('expected a valid Date');
  return ms;
}

export function changes(result: { changes: number | bigint }): number {
  return Number(result.changes);
}
