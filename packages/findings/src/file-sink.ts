import { closeSync, openSync, writeSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// Text is encoded straight into one buffer and written a megabyte at a time;
// when counted, each megabyte is also compressed on its own.
const BUFFER_BYTES = 1 << 20;

/**
 * Writes a large file a piece at a time, so its text never lives whole. It
 * can also count what the file takes gzipped: the sum of its megabytes each
 * compressed at the fastest level, which comes out above one stream at the
 * default level (what an upload to GitHub is measured by), so a file within it
 * is within that. (Compressing on libuv's threads while writing was tried: on
 * two cores the writer mostly waited for it, and it was no faster.)
 */
export class FileSink {
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  bytes = 0;
  gzipBytes = 0;

  constructor(
    path: string,
    private readonly countGzip = false,
  ) {
    this.fd = openSync(path, 'w');
  }

  write(text: string): void {
    // A UTF-16 unit takes at most three bytes in UTF-8.
    if (text.length * 3 > BUFFER_BYTES - this.used) {
      this.flush();
      if (text.length * 3 > BUFFER_BYTES) {
        this.emit(Buffer.from(text));
        return;
      }
    }
    this.used += this.buffer.write(text, this.used);
  }

  private flush(): void {
    if (this.used === 0) return;
    this.emit(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private emit(bytes: Buffer): void {
    writeSync(this.fd, bytes);
    this.bytes += bytes.length;
    if (this.countGzip) this.gzipBytes += gzipSync(bytes, { level: 1, memLevel: 9 }).length;
  }

  close(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }
}

/**
 * JSON.stringify that remembers, for values findings share (their tool lists,
 * a rule's message): each is serialized once. One per file written.
 */
export function jsonMemo(): (value: unknown) => string {
  const seen = new Map<unknown, string>();
  return (value) => {
    let json = seen.get(value);
    if (json === undefined) {
      json = JSON.stringify(value);
      if (seen.size >= 10_000) seen.clear();
      seen.set(value, json);
    }
    return json;
  };
}

/** A list element already serialized, written as is. */
export class RawJson {
  constructor(readonly json: string) {}
}

const isStream = (v: unknown): v is Iterable<unknown> =>
  Array.isArray(v) || (typeof v === 'object' && v !== null && Symbol.iterator in v && !(v instanceof Map || v instanceof Set));

/**
 * Writes an object as JSON, its lists (arrays, or iterables made as they are
 * read) an element to a line, so a report of a hundred thousand findings is
 * never one string.
 */
export function writeJsonFile(path: string, value: Record<string, unknown>): void {
  const sink = new FileSink(path);
  try {
    sink.write('{');
    let first = true;
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      sink.write(`${first ? '' : ','}\n  ${JSON.stringify(key)}: `);
      first = false;
      if (isStream(item)) {
        let i = 0;
        sink.write('[');
        for (const element of item)
          sink.write(`${i++ ? ',' : ''}\n    ${element instanceof RawJson ? element.json : JSON.stringify(element)}`);
        sink.write(i ? '\n  ]' : ']');
      } else {
        sink.write(JSON.stringify(item));
      }
    }
    sink.write('\n}\n');
  } finally {
    sink.close();
  }
}
