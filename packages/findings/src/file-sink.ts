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
 * JSON.stringify that remembers, for the lists findings share (their tools and
 * reports): each is serialized once. One per file written.
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
