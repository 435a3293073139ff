import { closeSync, openSync, readSync } from 'node:fs';

// Reports run to hundreds of megabytes. Parsing one whole holds the text and
// every object at once (8–10× the file); this reader scans the bytes once for
// their structure, then parses the large arrays an element at a time as a
// parser walks them, so only one element lives at a time.

/** A container this large (bytes) is kept as structure; smaller ones are parsed whole. */
export const BIG = 256 * 1024;
/** How deep large containers are looked for: `trivy k8s` nests findings five levels down. */
const MAX_DEPTH = 6;
const CHUNK = 1 << 20;
/** Deeper nesting is read whole (JSON.parse has no such limit). */
const MAX_NESTING = 512;

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;

/** The bytes are not JSON this reader can stream; the caller reads the file whole for a precise message. */
export class NotStreamable extends Error {}

interface Node {
  start: number;
  /** One past the closing bracket. */
  end: number;
  array: boolean;
  /** Offsets of the commas at this level. */
  commas: Float64Array;
  /** Large containers directly inside, in order. */
  children: Node[];
}

interface Structure {
  /** Top-level values as [start, end) pairs; more than one is JSON lines. */
  tops: number[];
  /** The large ones among them, in order. */
  nodes: Node[];
}

export interface StreamOptions {
  big?: number;
  chunk?: number;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * One pass over the bytes: the large containers and the commas of each. The
 * loop over a chunk is kept small and its rare paths are methods of their own,
 * so the JIT compiles it early: most of a report is read before it would
 * otherwise be optimized.
 */
class Scanner {
  readonly tops: number[] = [];
  readonly nodes: Node[] = [];
  // The commas of the open containers, a stack: a container's own follow its
  // children's, which are cut off as each closes.
  private commas = new Float64Array(1024);
  private top = 0;
  // The open containers, as parallel stacks indexed by depth.
  private readonly starts = new Float64Array(MAX_NESTING);
  private readonly arrays = new Uint8Array(MAX_NESTING);
  private readonly commaMarks = new Float64Array(MAX_NESTING);
  private readonly nodeMarks = new Float64Array(MAX_NESTING);
  depth = 0;
  inString = false;
  /** Backslashes that ended the previous chunk inside a string. */
  private carried = 0;

  constructor(private readonly big: number) {}

  chunk(buf: Buffer, n: number, offset: number): void {
    let i = 0;
    while (i < n) {
      if (this.inString) {
        i = this.skipString(buf, i, n);
        continue;
      }
      const c = buf[i++] as number;
      if (c === QUOTE) {
        if (this.depth === 0) throw new NotStreamable('a string at the top level');
        this.inString = true;
        this.carried = 0;
      } else if (c === COMMA) {
        if (this.depth === 0) throw new NotStreamable('a comma at the top level');
        if (this.depth <= MAX_DEPTH) this.comma(offset + i - 1);
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        this.open(offset + i - 1, c === OPEN_ARRAY);
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        this.close(offset + i, c === CLOSE_ARRAY);
      } else if (this.depth === 0 && !isSpace(c)) {
        throw new NotStreamable('a value that is not an object or array at the top level');
      }
    }
  }

  /** From inside a string: the index after its closing quote, or `n` when it goes on into the next chunk. */
  private skipString(buf: Buffer, i: number, n: number): number {
    // Most strings are short keys: a few bytes by hand before asking for the next quote.
    let q = -1;
    const stop = Math.min(i + 24, n);
    for (let j = i; j < stop; j++) {
      if (buf[j] === QUOTE) {
        q = j;
        break;
      }
    }
    if (q === -1 && stop < n) q = buf.indexOf(QUOTE, stop);
    if (q === -1 || q >= n) {
      this.carried = backslashesBefore(buf, n, i, this.carried);
      return n;
    }
    const escapes = backslashesBefore(buf, q, i, this.carried);
    this.carried = 0;
    if (escapes % 2 === 0) this.inString = false;
    return q + 1;
  }

  private comma(at: number): void {
    if (this.top === this.commas.length) {
      const grown = new Float64Array(this.commas.length * 2);
      grown.set(this.commas);
      this.commas = grown;
    }
    this.commas[this.top++] = at;
  }

  private open(at: number, array: boolean): void {
    const depth = this.depth;
    if (depth === MAX_NESTING) throw new NotStreamable('nested deeper than golive streams');
    if (depth === 0) this.tops.push(at);
    this.starts[depth] = at;
    this.arrays[depth] = array ? 1 : 0;
    this.commaMarks[depth] = this.top;
    this.nodeMarks[depth] = this.nodes.length;
    this.depth = depth + 1;
  }

  private close(end: number, array: boolean): void {
    if (this.depth === 0 || this.arrays[this.depth - 1] !== (array ? 1 : 0)) throw new NotStreamable('unbalanced brackets');
    const depth = --this.depth;
    const start = this.starts[depth] as number;
    const commaMark = this.commaMarks[depth] as number;
    const nodeMark = this.nodeMarks[depth] as number;
    if (depth < MAX_DEPTH && end - start >= this.big) {
      const node = { start, end, array, commas: this.commas.slice(commaMark, this.top), children: this.nodes.slice(nodeMark) };
      this.nodes.length = nodeMark;
      this.nodes.push(node);
    } else if (this.nodes.length !== nodeMark) {
      this.nodes.length = nodeMark;
    }
    this.top = commaMark;
    if (depth === 0) this.tops.push(end);
  }
}

/** How many backslashes run up to `at` (exclusive), back to `from`, plus those carried from before `from` if the run reaches it. */
function backslashesBefore(buf: Buffer, at: number, from: number, carried: number): number {
  let b = at - 1;
  while (b >= from && buf[b] === BACKSLASH) b--;
  return at - 1 - b + (b < from ? carried : 0);
}

function scan(fd: number, big: number, chunk: number): Structure {
  const buf = Buffer.allocUnsafe(chunk);
  const scanner = new Scanner(big);
  let offset = 0;
  for (let n = readSync(fd, buf, 0, chunk, 0); n > 0; offset += n, n = readSync(fd, buf, 0, chunk, offset)) scanner.chunk(buf, n, offset);
  if (scanner.inString || scanner.depth > 0 || scanner.tops.length === 0) throw new NotStreamable('cut short or empty');
  return { tops: scanner.tops, nodes: scanner.nodes };
}

/** Longest object key read (bytes): scanner keys are short; a longer one is read whole. */
const KEY_MAX = 4096;

/** Where a member's key ends: the offset of its colon in `text`. */
function keyEnd(text: string): number {
  let i = text.indexOf('"');
  if (i < 0 || text.slice(0, i).trim() !== '') throw new NotStreamable('a member without a key');
  for (i++; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) {
      const colon = text.indexOf(':', i + 1);
      if (colon < 0 || text.slice(i + 1, colon).trim() !== '') throw new NotStreamable('a member without a colon');
      return colon;
    }
  }
  throw new NotStreamable('a key longer than golive reads');
}

/** Reads byte ranges through one window, so walking a list in order reads the file once. */
class Source {
  private buf: Buffer;
  private from = 0;
  private to = 0;
  /** Lists not yet walked to the end, checked after the parser ran. */
  readonly unread = new Set<LazyList>();

  constructor(
    private readonly fd: number,
    chunk: number,
  ) {
    this.buf = Buffer.allocUnsafe(chunk);
  }

  text(start: number, end: number): string {
    if (start < this.from || end > this.to) {
      if (end - start > this.buf.length) this.buf = Buffer.allocUnsafe(end - start);
      this.from = start;
      this.to = start + readSync(this.fd, this.buf, 0, this.buf.length, start);
      if (end > this.to) throw new NotStreamable('the file changed while it was read');
    }
    return this.buf.toString('utf8', start - this.from, end - this.from);
  }

  parse(start: number, end: number): unknown {
    try {
      return JSON.parse(this.text(start, end));
    } catch (error) {
      throw error instanceof NotStreamable ? error : new NotStreamable('invalid JSON in a value');
    }
  }

  /** A value spanning [start, end): the large container inside it, else parsed whole. */
  value(start: number, end: number, child: Node | undefined): unknown {
    if (!child) return this.parse(start, end);
    if (this.text(start, child.start).trim() !== '' || this.text(child.end, end).trim() !== '')
      throw new NotStreamable('stray text beside a value');
    return child.array ? new LazyList(this, child) : this.object(child);
  }

  object(node: Node): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    let memberStart = node.start + 1;
    let k = 0;
    const member = (memberEnd: number) => {
      const text = this.text(memberStart, Math.min(memberEnd, memberStart + KEY_MAX));
      const colon = memberStart + Buffer.byteLength(text.slice(0, keyEnd(text)));
      const key = this.parse(memberStart, colon);
      if (typeof key !== 'string') throw new NotStreamable('a key that is not a string');
      let child: Node | undefined;
      if (node.children[k] && (node.children[k] as Node).start < memberEnd) child = node.children[k++];
      // A key "__proto__" is data in JSON, never the object's prototype.
      Object.defineProperty(result, key, {
        value: this.value(colon + 1, memberEnd, child),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      memberStart = memberEnd + 1;
    };
    for (const comma of node.commas) member(comma);
    member(node.end - 1);
    return result;
  }
}

/**
 * A JSON array read an element at a time: iterating parses each element as it
 * comes and keeps none. `arr()` turns one into a plain array where a parser
 * needs that; parsers walk their main lists with `each()`.
 */
export class LazyList implements Iterable<unknown> {
  readonly length: number;

  constructor(
    private readonly source: Source,
    private readonly node: Node,
  ) {
    this.length = node.commas.length + 1;
    source.unread.add(this);
  }

  // An element runs from after the comma before it to its own comma.
  private start(index: number): number {
    return index === 0 ? this.node.start + 1 : (this.node.commas[index - 1] as number) + 1;
  }

  private end(index: number): number {
    return index === this.length - 1 ? this.node.end - 1 : (this.node.commas[index] as number);
  }

  at(index: number): unknown {
    if (index < 0 || index >= this.length) return undefined;
    const start = this.start(index);
    const end = this.end(index);
    const child = this.node.children.find((c) => c.start >= start && c.end <= end);
    return this.source.value(start, end, child);
  }

  *[Symbol.iterator](): Iterator<unknown> {
    const { children } = this.node;
    let k = 0;
    for (let i = 0; i < this.length; i++) {
      const end = this.end(i);
      const child = children[k] && (children[k] as Node).start < end ? children[k++] : undefined;
      yield this.source.value(this.start(i), end, child);
    }
    this.source.unread.delete(this);
  }
}

/**
 * Reads a JSON file (or JSON lines of objects) with large arrays as LazyLists.
 * `check()` must run after the caller has walked what it needs: it parses what
 * was never read, so a broken byte anywhere still fails. Throws NotStreamable
 * for anything it cannot take; the caller then reads the file whole. `big` and
 * `chunk` (the read size) are for tests.
 */
export function openJson(file: string, { big = BIG, chunk = CHUNK }: StreamOptions = {}): { data: unknown; check(): void; close(): void } {
  const fd = openSync(file, 'r');
  try {
    const { tops, nodes } = scan(fd, big, chunk);
    const source = new Source(fd, chunk);
    const values: unknown[] = [];
    let k = 0;
    for (let i = 0; i < tops.length; i += 2) {
      const start = tops[i] as number;
      const node = nodes[k]?.start === start ? nodes[k++] : undefined;
      values.push(node ? source.value(start, tops[i + 1] as number, node) : source.parse(start, tops[i + 1] as number));
    }
    if (values.length > 1 && values.some((v) => typeof v !== 'object' || v === null || Array.isArray(v) || v instanceof LazyList))
      throw new NotStreamable('JSON lines of something other than objects');
    return {
      data: values.length === 1 ? values[0] : values,
      check() {
        while (source.unread.size > 0) for (const list of [...source.unread]) for (const _ of list);
      },
      close: () => closeSync(fd),
    };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}
