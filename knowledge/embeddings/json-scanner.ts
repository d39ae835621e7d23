// A push tokenizer for JSON that is fed the file chunk by chunk. The word-vector source is a
// single 300 MB JSON document; JSON.parse on it needs gigabytes, far over the process budget,
// so the cache builder reads it as a stream of tokens instead.

// Callbacks rather than token objects: the source has 34 million numbers, and an object per
// token would keep the garbage collector busy for most of the build.
export interface JsonHandler {
  open(container: 'object' | 'array'): void;
  close(container: 'object' | 'array'): void;
  string(value: string): void;
  number(value: number): void;
  literal(value: boolean | null): void;
}

export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function isNumberByte(b: number): boolean {
  // digits, '-', '+', '.', 'e', 'E'
  return (
    (b >= 0x30 && b <= 0x39) || b === 0x2d || b === 0x2b || b === 0x2e || b === 0x65 || b === 0x45
  );
}

// Fast path for the plain decimals the source is made of; anything unusual goes to Number().
function parseNumber(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  let negative = false;
  if (buf[i] === 0x2d) {
    negative = true;
    i++;
  }
  let mantissa = 0;
  let decimals = 0;
  let seenDot = false;
  let digits = 0;
  for (; i < end; i++) {
    const b = buf[i]!;
    if (b >= 0x30 && b <= 0x39) {
      mantissa = mantissa * 10 + (b - 0x30);
      digits++;
      if (seenDot) decimals++;
    } else if (b === 0x2e && !seenDot) {
      seenDot = true;
    } else {
      break;
    }
  }
  if (i === end && digits > 0 && digits <= 15) {
    // Both operands are exact, so one division gives the correctly rounded double.
    const value = decimals === 0 ? mantissa : mantissa / 10 ** decimals;
    return negative ? -value : value;
  }
  const value = Number(
    Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('latin1'),
  );
  if (Number.isNaN(value)) throw new JsonSyntaxError(`bad number at byte ${start}`);
  return value;
}

/**
 * Feeds bytes in and reports every complete token to the handler. Commas and colons are
 * skipped, not checked: the caller's state machine knows the shape it expects.
 */
export class JsonScanner {
  private pending: Uint8Array = new Uint8Array(0);
  private work: Uint8Array = new Uint8Array(0);
  private readonly handler: JsonHandler;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(handler: JsonHandler) {
    this.handler = handler;
  }

  push(chunk: Uint8Array): void {
    let buf = chunk;
    if (this.pending.length > 0) {
      // One work buffer reused for every chunk: a fresh 4 MB buffer per chunk made 300 MB of
      // garbage over the source file and pushed the build's peak memory up.
      const needed = this.pending.length + chunk.length;
      if (this.work.length < needed) this.work = new Uint8Array(needed + 1024);
      this.work.set(this.pending, 0);
      this.work.set(chunk, this.pending.length);
      buf = this.work.subarray(0, needed);
    }
    const consumed = this.scan(buf, false);
    // A copy, not a view: the caller reuses its chunk buffer (and Buffer#slice does not copy).
    this.pending = new Uint8Array(buf.subarray(consumed));
  }

  end(): void {
    const consumed = this.scan(this.pending, true);
    if (consumed !== this.pending.length) throw new JsonSyntaxError('unexpected end of input');
    this.pending = new Uint8Array(0);
  }

  // Returns how many bytes were fully consumed; the rest is an unfinished token.
  private scan(buf: Uint8Array, final: boolean): number {
    const n = buf.length;
    let i = 0;
    while (i < n) {
      const b = buf[i]!;
      switch (b) {
        case 0x20:
        case 0x0a:
        case 0x0d:
        case 0x09:
        case 0x2c: // ,
        case 0x3a: // :
          i++;
          continue;
        case 0x7b:
          this.handler.open('object');
          i++;
          continue;
        case 0x7d:
          this.handler.close('object');
          i++;
          continue;
        case 0x5b:
          this.handler.open('array');
          i++;
          continue;
        case 0x5d:
          this.handler.close('array');
          i++;
          continue;
        case QUOTE: {
          let j = i + 1;
          let escaped = false;
          while (j < n && buf[j] !== QUOTE) {
            if (buf[j] === BACKSLASH) {
              escaped = true;
              j++;
            }
            j++;
          }
          if (j >= n) return i;
          const body = buf.subarray(i + 1, j);
          const value = escaped
            ? (JSON.parse(this.decoder.decode(buf.subarray(i, j + 1))) as string)
            : this.decoder.decode(body);
          this.handler.string(value);
          i = j + 1;
          continue;
        }
        default: {
          if (isNumberByte(b)) {
            let j = i + 1;
            while (j < n && isNumberByte(buf[j]!)) j++;
            if (j >= n && !final) return i;
            this.handler.number(parseNumber(buf, i, j));
            i = j;
            continue;
          }
          if (b >= 0x61 && b <= 0x7a) {
            let j = i + 1;
            while (j < n && buf[j]! >= 0x61 && buf[j]! <= 0x7a) j++;
            if (j >= n && !final) return i;
            const word = this.decoder.decode(buf.subarray(i, j));
            if (word === 'true' || word === 'false') {
              this.handler.literal(word === 'true');
            } else if (word === 'null') {
              this.handler.literal(null);
            } else {
              throw new JsonSyntaxError(`unexpected "${word.slice(0, 20)}"`);
            }
            i = j;
            continue;
          }
          throw new JsonSyntaxError(`unexpected byte 0x${b.toString(16)}`);
        }
      }
    }
    return n;
  }
}
