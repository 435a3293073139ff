export const id = 58;
export const ids = [58];
export const modules = {

/***/ 8058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSecurityGate: () => (/* reexport */ runSecurityGate),
  securitySummary: () => (/* reexport */ securitySummary),
  writeReportJson: () => (/* reexport */ writeReportJson)
});

// UNUSED EXPORTS: CATEGORIES, FORMATS, FindingSet, LIMITS, POLICY_DEFAULT, REQUIREMENTS, SEVERITIES, SEVERITY_RANK, applyPolicy, countFindings, dedupKey, detectFormat, expandReports, fingerprint, fingerprintOf, parsePolicy, readReport, securityInputs, securityText, severityFromScore, severityFromWord, suppressionMatches, writeSarif

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../packages/core/src/errors.ts
var errors = __webpack_require__(5736);
// EXTERNAL MODULE: ../../node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(9970);
// EXTERNAL MODULE: ../../packages/findings/src/model.ts
var model = __webpack_require__(6023);
;// CONCATENATED MODULE: ../../packages/findings/src/dedup.ts

/**
 * Findings, one per fingerprint, naming every tool that saw it: the highest
 * severity any tool gave, the advisory ids and the fixed version any tool knew.
 * Reports are added as they are read, so no report's findings are held twice.
 * The first finding of a fingerprint is the one kept and merged into.
 */
class FindingSet {
    merged = new Map();
    add(f) {
        const seen = this.merged.get(f.fingerprint);
        if (!seen) {
            this.merged.set(f.fingerprint, f);
            return;
        }
        // Lists are replaced, never changed in place: findings share them.
        if (!f.tools.every((t) => seen.tools.includes(t)))
            seen.tools = [...new Set([...seen.tools, ...f.tools])];
        if (!f.reports.every((r) => seen.reports.includes(r)))
            seen.reports = [...new Set([...seen.reports, ...f.reports])];
        if (!f.advisories.every((a) => seen.advisories.includes(a)))
            seen.advisories = (0,model/* sortAdvisories */.k6)([...seen.advisories, ...f.advisories]);
        if (model/* SEVERITY_RANK */.f3[f.severity] > model/* SEVERITY_RANK */.f3[seen.severity])
            seen.severity = f.severity;
        if (seen.package && f.package && !seen.package.fixedVersion && f.package.fixedVersion)
            seen.package = { ...seen.package, fixedVersion: f.package.fixedVersion };
        if (f.verified)
            seen.verified = true;
        if (!seen.location?.line && f.location?.line)
            seen.location = f.location;
    }
    list() {
        return [...this.merged.values()];
    }
}

// EXTERNAL MODULE: ../../node_modules/zod/v4/mini/schemas.js
var schemas = __webpack_require__(5915);
// EXTERNAL MODULE: ../../node_modules/zod/v4/core/core.js
var core = __webpack_require__(6416);
;// CONCATENATED MODULE: ../../packages/core/src/dates.ts

/** A calendar date in YAML or JSON (`2026-12-31`, which YAML may hand over as a Date), as YYYY-MM-DD. */
const isoDate = schemas/* pipe */.FsL(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* date */.p6U()]), schemas/* transform */.pdi((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
        ctx.issues.push({ code: 'custom', message: `'${text}' is not a date like 2026-12-31`, input: value });
        return core/* NEVER */.tm;
    }
    return text;
}));
/** An expiry date holds through the whole of its day, in UTC. */
function isPast(date, now) {
    return now.getTime() >= Date.parse(`${date}T00:00:00Z`) + 86_400_000;
}

// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(3483);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 6 modules
var classic_schemas = __webpack_require__(1532);
// EXTERNAL MODULE: ../../packages/findings/src/requirements.ts
var requirements = __webpack_require__(68);
;// CONCATENATED MODULE: ../../packages/findings/src/policy.ts




const schema = classic_schemas/* object */.Ikc({
    suppressions: classic_schemas/* array */.YOg(classic_schemas/* object */.Ikc({
        advisory: classic_schemas/* string */.YjP().optional(),
        rule: classic_schemas/* string */.YjP().optional(),
        package: classic_schemas/* string */.YjP().optional(),
        fingerprint: classic_schemas/* string */.YjP().optional(),
        reason: classic_schemas/* string */.YjP().min(1),
        expires: isoDate,
    })
        .refine((s) => s.advisory || s.rule || s.package || s.fingerprint, {
        message: 'names nothing to suppress; expected advisory, rule, package or fingerprint',
    }))
        .default([]),
});
/** `.golive/security-policy.yml`: suppressions, each with a reason and an expiry date. */
function parsePolicy(text, file) {
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { keepSourceTokens: false });
    const lineAt = (offset) => text.slice(0, offset).split('\n').length;
    if (doc.errors.length) {
        const error = doc.errors[0];
        throw new errors/* UserError */.yo(`${file}:${error?.pos ? lineAt(error.pos[0]) : 1}: not valid YAML; expected suppressions: [{ advisory|rule|package|fingerprint, reason, expires }]`);
    }
    const result = schema.safeParse(doc.toJS() ?? {});
    if (!result.success) {
        const issue = result.error.issues[0];
        const path = (issue?.path ?? []);
        const node = doc.getIn(path.slice(0, 2), true);
        throw new errors/* UserError */.yo(`${file}:${node?.range ? lineAt(node.range[0]) : 1}: ${path.join('.') || '(root)'}: ${issue?.message}`);
    }
    return result.data.suppressions.map((s, i) => {
        const node = doc.getIn(['suppressions', i], true);
        return { ...s, line: node?.range ? lineAt(node.range[0]) : 1 };
    });
}
function suppressionMatches(s, f) {
    if (s.fingerprint && s.fingerprint !== f.fingerprint)
        return false;
    if (s.advisory && !f.advisories.some((a) => a.toLowerCase() === s.advisory?.toLowerCase()) && f.ruleId !== s.advisory)
        return false;
    if (s.rule && f.ruleId !== s.rule)
        return false;
    if (s.package && f.package?.name.toLowerCase() !== s.package.toLowerCase())
        return false;
    return true;
}
const isExpired = (s, now) => isPast(s.expires, now);
/** Applies the policy: blocking severities, unfixed advisories, suppressions with expiry, required scans. */
function applyPolicy(findings, reports, options) {
    const blocking = [];
    const suppressed = [];
    const unfixed = [];
    const expired = options.suppressions.filter((s) => isExpired(s, options.now));
    const active = options.suppressions.filter((s) => !isExpired(s, options.now));
    for (const f of findings) {
        const suppression = active.find((s) => suppressionMatches(s, f));
        if (suppression) {
            suppressed.push({ finding: f, suppression });
            continue;
        }
        if (!options.failOn.includes(f.severity))
            continue;
        const advisory = f.category === 'dependency' || f.category === 'container';
        if (options.ignoreUnfixed && advisory && !f.package?.fixedVersion) {
            unfixed.push(f);
            continue;
        }
        blocking.push(f);
    }
    const seen = new Set(reports.flatMap((r) => r.evidence));
    const missing = options.require.filter((r) => !seen.has(requirements/* REQUIREMENTS */.d[r]));
    const signatures = reports.filter((r) => r.signature);
    const reasons = [];
    if (blocking.length)
        reasons.push(`${blocking.length} finding(s) at ${options.failOn.join('/')} severity`);
    if (missing.length)
        reasons.push(`no report for required ${missing.join(', ')}`);
    if (options.require.some((r) => requirements/* REQUIREMENTS */.d[r] === 'signature') && signatures.some((r) => !r.signature?.verified))
        reasons.push('a signature report verified nothing');
    return { decision: reasons.length ? 'fail' : 'pass', blocking, suppressed, expired, unfixed, missing, reasons };
}

;// CONCATENATED MODULE: ../../packages/findings/src/json-error.ts
/**
 * Where JSON stops being JSON: the offset of the first character a parser would
 * refuse (the text's length when it is cut short). Node 20's JSON.parse does not
 * say; the error line should.
 */
function jsonErrorOffset(text) {
    let i = 0;
    const ws = () => {
        while (i < text.length && ' \t\n\r'.includes(text[i]))
            i++;
    };
    const fail = () => {
        throw i;
    };
    const literal = (word) => {
        if (text.startsWith(word, i))
            i += word.length;
        else
            fail();
    };
    const string = () => {
        i++;
        while (i < text.length && text[i] !== '"') {
            if (text[i] === '\\')
                i++;
            else if ((text.charCodeAt(i) ?? 0) < 0x20)
                fail();
            i++;
        }
        if (i >= text.length)
            fail();
        i++;
    };
    const number = () => {
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
        if (!m)
            fail();
        i += m[0].length;
    };
    const value = () => {
        ws();
        const c = text[i];
        if (c === '{') {
            i++;
            ws();
            if (text[i] === '}') {
                i++;
                return;
            }
            for (;;) {
                ws();
                if (text[i] !== '"')
                    fail();
                string();
                ws();
                if (text[i] !== ':')
                    fail();
                i++;
                value();
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return;
                }
                fail();
            }
        }
        else if (c === '[') {
            i++;
            ws();
            if (text[i] === ']') {
                i++;
                return;
            }
            for (;;) {
                value();
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return;
                }
                fail();
            }
        }
        else if (c === '"')
            string();
        else if (c === 't')
            literal('true');
        else if (c === 'f')
            literal('false');
        else if (c === 'n')
            literal('null');
        else
            number();
    };
    try {
        value();
        ws();
        return i < text.length ? i : -1;
    }
    catch (at) {
        return Math.min(at, text.length);
    }
}

;// CONCATENATED MODULE: ../../packages/findings/src/json-stream.ts

// Reports run to hundreds of megabytes. Parsing one whole holds the text and
// every object at once (8–10× the file); this reader scans the bytes once for
// their structure, then parses the large arrays an element at a time as a
// parser walks them, so only one element lives at a time.
/** A container this large (bytes) is kept as structure; smaller ones are parsed whole. */
const BIG = 256 * 1024;
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
class NotStreamable extends Error {
}
const isSpace = (c) => c === 32 || c === 10 || c === 13 || c === 9;
/**
 * One pass over the bytes: the large containers and the commas of each. The
 * loop over a chunk is kept small and its rare paths are methods of their own,
 * so the JIT compiles it early: most of a report is read before it would
 * otherwise be optimized.
 */
class Scanner {
    big;
    tops = [];
    nodes = [];
    // The commas of the open containers, a stack: a container's own follow its
    // children's, which are cut off as each closes.
    commas = new Float64Array(1024);
    top = 0;
    // The open containers, as parallel stacks indexed by depth.
    starts = new Float64Array(MAX_NESTING);
    arrays = new Uint8Array(MAX_NESTING);
    commaMarks = new Float64Array(MAX_NESTING);
    nodeMarks = new Float64Array(MAX_NESTING);
    depth = 0;
    inString = false;
    /** Backslashes that ended the previous chunk inside a string. */
    carried = 0;
    constructor(big) {
        this.big = big;
    }
    chunk(buf, n, offset) {
        let i = 0;
        while (i < n) {
            if (this.inString) {
                i = this.skipString(buf, i, n);
                continue;
            }
            const c = buf[i++];
            if (c === QUOTE) {
                if (this.depth === 0)
                    throw new NotStreamable('a string at the top level');
                this.inString = true;
                this.carried = 0;
            }
            else if (c === COMMA) {
                if (this.depth === 0)
                    throw new NotStreamable('a comma at the top level');
                if (this.depth <= MAX_DEPTH)
                    this.comma(offset + i - 1);
            }
            else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
                this.open(offset + i - 1, c === OPEN_ARRAY);
            }
            else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
                this.close(offset + i, c === CLOSE_ARRAY);
            }
            else if (this.depth === 0 && !isSpace(c)) {
                throw new NotStreamable('a value that is not an object or array at the top level');
            }
        }
    }
    /** From inside a string: the index after its closing quote, or `n` when it goes on into the next chunk. */
    skipString(buf, i, n) {
        // Most strings are short keys: a few bytes by hand before asking for the next quote.
        let q = -1;
        const stop = Math.min(i + 24, n);
        for (let j = i; j < stop; j++) {
            if (buf[j] === QUOTE) {
                q = j;
                break;
            }
        }
        if (q === -1 && stop < n)
            q = buf.indexOf(QUOTE, stop);
        if (q === -1 || q >= n) {
            this.carried = backslashesBefore(buf, n, i, this.carried);
            return n;
        }
        const escapes = backslashesBefore(buf, q, i, this.carried);
        this.carried = 0;
        if (escapes % 2 === 0)
            this.inString = false;
        return q + 1;
    }
    comma(at) {
        if (this.top === this.commas.length) {
            const grown = new Float64Array(this.commas.length * 2);
            grown.set(this.commas);
            this.commas = grown;
        }
        this.commas[this.top++] = at;
    }
    open(at, array) {
        const depth = this.depth;
        if (depth === MAX_NESTING)
            throw new NotStreamable('nested deeper than golive streams');
        if (depth === 0)
            this.tops.push(at);
        this.starts[depth] = at;
        this.arrays[depth] = array ? 1 : 0;
        this.commaMarks[depth] = this.top;
        this.nodeMarks[depth] = this.nodes.length;
        this.depth = depth + 1;
    }
    close(end, array) {
        if (this.depth === 0 || this.arrays[this.depth - 1] !== (array ? 1 : 0))
            throw new NotStreamable('unbalanced brackets');
        const depth = --this.depth;
        const start = this.starts[depth];
        const commaMark = this.commaMarks[depth];
        const nodeMark = this.nodeMarks[depth];
        if (depth < MAX_DEPTH && end - start >= this.big) {
            const node = { start, end, array, commas: this.commas.slice(commaMark, this.top), children: this.nodes.slice(nodeMark) };
            this.nodes.length = nodeMark;
            this.nodes.push(node);
        }
        else if (this.nodes.length !== nodeMark) {
            this.nodes.length = nodeMark;
        }
        this.top = commaMark;
        if (depth === 0)
            this.tops.push(end);
    }
}
/** How many backslashes run up to `at` (exclusive), back to `from`, plus those carried from before `from` if the run reaches it. */
function backslashesBefore(buf, at, from, carried) {
    let b = at - 1;
    while (b >= from && buf[b] === BACKSLASH)
        b--;
    return at - 1 - b + (b < from ? carried : 0);
}
function scan(fd, big, chunk) {
    const buf = Buffer.allocUnsafe(chunk);
    const scanner = new Scanner(big);
    let offset = 0;
    for (let n = (0,external_node_fs_.readSync)(fd, buf, 0, chunk, 0); n > 0; offset += n, n = (0,external_node_fs_.readSync)(fd, buf, 0, chunk, offset))
        scanner.chunk(buf, n, offset);
    if (scanner.inString || scanner.depth > 0 || scanner.tops.length === 0)
        throw new NotStreamable('cut short or empty');
    return { tops: scanner.tops, nodes: scanner.nodes };
}
/** Longest object key read (bytes): scanner keys are short; a longer one is read whole. */
const KEY_MAX = 4096;
/** Where a member's key ends: the offset of its colon in `text`. */
function keyEnd(text) {
    let i = text.indexOf('"');
    if (i < 0 || text.slice(0, i).trim() !== '')
        throw new NotStreamable('a member without a key');
    for (i++; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === BACKSLASH)
            i++;
        else if (c === QUOTE) {
            const colon = text.indexOf(':', i + 1);
            if (colon < 0 || text.slice(i + 1, colon).trim() !== '')
                throw new NotStreamable('a member without a colon');
            return colon;
        }
    }
    throw new NotStreamable('a key longer than golive reads');
}
/** Reads byte ranges through one window, so walking a list in order reads the file once. */
class Source {
    fd;
    buf;
    from = 0;
    to = 0;
    /** Lists not yet walked to the end, checked after the parser ran. */
    unread = new Set();
    constructor(fd, chunk) {
        this.fd = fd;
        this.buf = Buffer.allocUnsafe(chunk);
    }
    text(start, end) {
        if (start < this.from || end > this.to) {
            if (end - start > this.buf.length)
                this.buf = Buffer.allocUnsafe(end - start);
            this.from = start;
            this.to = start + (0,external_node_fs_.readSync)(this.fd, this.buf, 0, this.buf.length, start);
            if (end > this.to)
                throw new NotStreamable('the file changed while it was read');
        }
        return this.buf.toString('utf8', start - this.from, end - this.from);
    }
    parse(start, end) {
        try {
            return JSON.parse(this.text(start, end));
        }
        catch (error) {
            throw error instanceof NotStreamable ? error : new NotStreamable('invalid JSON in a value');
        }
    }
    /** A value spanning [start, end): the large container inside it, else parsed whole. */
    value(start, end, child) {
        if (!child)
            return this.parse(start, end);
        if (this.text(start, child.start).trim() !== '' || this.text(child.end, end).trim() !== '')
            throw new NotStreamable('stray text beside a value');
        return child.array ? new LazyList(this, child) : this.object(child);
    }
    object(node) {
        const result = {};
        let memberStart = node.start + 1;
        let k = 0;
        const member = (memberEnd) => {
            const text = this.text(memberStart, Math.min(memberEnd, memberStart + KEY_MAX));
            const colon = memberStart + Buffer.byteLength(text.slice(0, keyEnd(text)));
            const key = this.parse(memberStart, colon);
            if (typeof key !== 'string')
                throw new NotStreamable('a key that is not a string');
            let child;
            if (node.children[k] && node.children[k].start < memberEnd)
                child = node.children[k++];
            // A key "__proto__" is data in JSON, never the object's prototype.
            Object.defineProperty(result, key, {
                value: this.value(colon + 1, memberEnd, child),
                enumerable: true,
                writable: true,
                configurable: true,
            });
            memberStart = memberEnd + 1;
        };
        for (const comma of node.commas)
            member(comma);
        member(node.end - 1);
        return result;
    }
}
/**
 * A JSON array read an element at a time: iterating parses each element as it
 * comes and keeps none. `arr()` turns one into a plain array where a parser
 * needs that; parsers walk their main lists with `each()`.
 */
class LazyList {
    source;
    node;
    length;
    constructor(source, node) {
        this.source = source;
        this.node = node;
        this.length = node.commas.length + 1;
        source.unread.add(this);
    }
    // An element runs from after the comma before it to its own comma.
    start(index) {
        return index === 0 ? this.node.start + 1 : this.node.commas[index - 1] + 1;
    }
    end(index) {
        return index === this.length - 1 ? this.node.end - 1 : this.node.commas[index];
    }
    at(index) {
        if (index < 0 || index >= this.length)
            return undefined;
        const start = this.start(index);
        const end = this.end(index);
        const child = this.node.children.find((c) => c.start >= start && c.end <= end);
        return this.source.value(start, end, child);
    }
    *[Symbol.iterator]() {
        const { children } = this.node;
        let k = 0;
        for (let i = 0; i < this.length; i++) {
            const end = this.end(i);
            const child = children[k] && children[k].start < end ? children[k++] : undefined;
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
function openJson(file, { big = BIG, chunk = CHUNK } = {}) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const { tops, nodes } = scan(fd, big, chunk);
        const source = new Source(fd, chunk);
        const values = [];
        let k = 0;
        for (let i = 0; i < tops.length; i += 2) {
            const start = tops[i];
            const node = nodes[k]?.start === start ? nodes[k++] : undefined;
            values.push(node ? source.value(start, tops[i + 1], node) : source.parse(start, tops[i + 1]));
        }
        if (values.length > 1 && values.some((v) => typeof v !== 'object' || v === null || Array.isArray(v) || v instanceof LazyList))
            throw new NotStreamable('JSON lines of something other than objects');
        return {
            data: values.length === 1 ? values[0] : values,
            check() {
                while (source.unread.size > 0)
                    for (const list of [...source.unread])
                        for (const _ of list)
                            ;
            },
            close: () => (0,external_node_fs_.closeSync)(fd),
        };
    }
    catch (error) {
        (0,external_node_fs_.closeSync)(fd);
        throw error;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ../../packages/findings/src/fingerprint.ts

/**
 * The identity of a finding across tools: the same advisory in the same package
 * and version; the same secret at the same place; otherwise the rule at the place.
 */
function dedupKey(f, secret) {
    if ((f.category === 'dependency' || f.category === 'container') && f.package && f.advisories[0]) {
        return `pkg|${f.advisories[0]}|${f.package.name.toLowerCase()}|${f.package.version ?? ''}`;
    }
    const where = f.location ? `${f.location.file}:${f.location.line ?? 0}` : '';
    if (f.category === 'secret')
        return `secret|${where}|${secret ?? f.ruleId.toLowerCase()}`;
    return `${f.category}|${f.tools[0]}|${f.ruleId}|${where}`;
}
/** SHA-256 of the identity, base64url (43 characters). */
function fingerprintOf(key) {
    return (0,external_node_crypto_.hash)('sha256', key, 'base64url');
}
/** A finding's fingerprint; `secret` keys a secret on its value's hash, never the value. */
function fingerprint(f, secret) {
    return fingerprintOf(dedupKey(f, secret ? (0,external_node_crypto_.hash)('sha256', secret, 'hex') : undefined));
}

;// CONCATENATED MODULE: ../../packages/findings/src/parsers/util.ts



/** A JSON array, parsed or streamed (see json-stream.ts). */
const isList = (v) => Array.isArray(v) || v instanceof LazyList;
/** A list as a plain array (a LazyList read whole); anything else as empty. */
const arr = (v) => (Array.isArray(v) ? v : isList(v) ? [...v] : []);
/** A list walked an element at a time: how parsers read a report's main lists, which may be large. */
const each = (v) => (isList(v) ? v : []);
const first = (v) => (isList(v) ? v.at(0) : undefined);
const count = (v) => (isList(v) ? v.length : 0);
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
/**
 * A title from free text: its first line, at most 200 characters, as its own
 * string — a slice would keep the whole text it came from alive with the finding.
 */
function headline(text) {
    const s = str(text);
    if (s === undefined)
        return undefined;
    const newline = s.indexOf('\n');
    const end = Math.min(newline < 0 ? s.length : newline, 200);
    return end === s.length ? s : Buffer.from(s.slice(0, end)).toString();
}
const EXACT_ID = /^(CVE-\d{4}-\d{4,}|GHSA(-[23456789cfghjmpqrvwx]{4}){3})$/i;
/** Advisory ids found in free text or lists: CVE-…, GHSA-…, and the rest as given. */
function advisoryIds(...values) {
    const ids = [];
    for (const value of values.flat(2)) {
        if (typeof value !== 'string' || !value)
            continue;
        // Most values are one id already: no need to search them.
        if (EXACT_ID.test(value)) {
            ids.push(value.charAt(0) === 'G' || value.charAt(0) === 'g' ? `GHSA${value.slice(4).toLowerCase()}` : value);
            continue;
        }
        const cve = value.match(/CVE-\d{4}-\d{4,}/g);
        const ghsa = value.match(/GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}/gi);
        if (cve || ghsa)
            ids.push(...(cve ?? []), ...(ghsa ?? []).map((g) => `GHSA${g.slice(4).toLowerCase()}`));
        else
            ids.push(value);
    }
    // Most findings name one advisory: nothing to sort or merge.
    return ids.length < 2 ? ids : (0,model/* sortAdvisories */.k6)(ids);
}
// Large reports repeat the same titles, rules, paths and package names thousands
// of times; one copy of each keeps a hundred thousand findings small. The table
// lives while one report is read (see `sharingStrings`).
const strings = new Map();
const lists = new Map();
const NO_ADVISORIES = [];
/** Runs `read` with findings sharing their strings, and forgets the table after. */
function sharingStrings(read) {
    try {
        return read();
    }
    finally {
        strings.clear();
        lists.clear();
    }
}
function intern(value) {
    if (value === undefined)
        return value;
    const seen = strings.get(value);
    if (seen !== undefined)
        return seen;
    strings.set(value, value);
    return value;
}
/** A shared one-element list; never changed in place (merging builds new lists). */
function one(value) {
    let list = lists.get(value);
    if (!list) {
        list = [value];
        lists.set(value, list);
    }
    return list;
}
/** A Finding in one fixed shape (absent parts undefined), its strings shared. */
function make(input) {
    const { package: pkg, location } = input;
    const f = {
        fingerprint: '',
        tools: one(input.tool),
        category: input.category,
        severity: input.severity,
        ruleId: intern(input.ruleId),
        title: intern(input.title),
        advisories: input.advisories?.length ? input.advisories : NO_ADVISORIES,
        package: pkg
            ? // Versions and ecosystems are a few characters: a shared copy would save less than the table costs.
                { name: intern(pkg.name), version: pkg.version, fixedVersion: pkg.fixedVersion, ecosystem: pkg.ecosystem }
            : undefined,
        location: location ? { file: intern(location.file), line: location.line } : undefined,
        verified: input.verified,
        reports: one(input.report),
    };
    f.fingerprint = fingerprint(f, input.secret);
    return f;
}

;// CONCATENATED MODULE: ../../packages/findings/src/parsers/policy.ts


/** Conftest JSON: failures are high, warnings medium (a policy chose to warn). */
function parseConftest(data, file) {
    const findings = [];
    for (const result of each(data)) {
        for (const [list, severity] of [
            [result.failures, 'high'],
            [result.warnings, 'medium'],
        ]) {
            for (const failure of each(list)) {
                findings.push(make({
                    tool: 'Conftest',
                    report: file,
                    category: 'policy',
                    severity,
                    ruleId: str(failure.metadata?.query) ?? str(result.namespace) ?? 'policy',
                    title: str(failure.msg) ?? 'policy failure',
                    location: { file: str(result.filename) ?? file },
                }));
            }
        }
    }
    return { file, format: 'conftest', tool: 'Conftest', evidence: ['policy'], findings };
}
/** Checkov JSON, one check type or the array of them, or the summary-only output of a clean run. */
function parseCheckov(data, file) {
    const reports = isList(data) ? each(data) : [data];
    const findings = [...reports].flatMap((report) => Array.from(each(report.results?.failed_checks), (c) => {
        const range = arr(c.file_line_range);
        return make({
            tool: 'Checkov',
            report: file,
            category: 'iac',
            // Checkov prints severity only when its platform enriches the run; medium otherwise.
            severity: (0,model/* severityFromWord */.GX)(c.severity, 'medium'),
            ruleId: str(c.check_id) ?? 'check',
            title: str(c.check_name) ?? str(c.check_id) ?? 'failed check',
            location: {
                file: (str(c.repo_file_path) ?? str(c.file_path) ?? file).replace(/^\//, ''),
                ...(num(range[0]) ? { line: range[0] } : {}),
            },
        });
    }));
    return { file, format: 'checkov', tool: 'Checkov', evidence: ['iac'], findings };
}
/** Semgrep JSON: ERROR/WARNING/INFO and the newer CRITICAL/HIGH/MEDIUM/LOW words. */
function parseSemgrep(data, file) {
    const findings = Array.from(each(data.results), (r) => make({
        tool: 'Semgrep',
        report: file,
        category: 'code',
        severity: (0,model/* severityFromWord */.GX)(r.extra?.severity, 'medium'),
        ruleId: str(r.check_id) ?? 'rule',
        title: headline(r.extra?.message) ?? str(r.check_id) ?? 'finding',
        location: { file: str(r.path) ?? file, ...(num(r.start?.line) ? { line: r.start.line } : {}) },
    }));
    return { file, format: 'semgrep', tool: 'Semgrep', evidence: ['sast'], findings };
}

;// CONCATENATED MODULE: ../../packages/findings/src/parsers/sarif.ts


const LEVEL = { error: 'high', warning: 'medium', note: 'low', none: 'info' };
/** The category a SARIF run speaks of, from its tool and rule tags. */
function categoryOf(tool, tags, ruleId) {
    const t = tool.toLowerCase();
    const tagText = tags.join(' ').toLowerCase();
    if (/gitleaks|trufflehog|secret/.test(t) || /\bsecret/.test(tagText))
        return 'secret';
    if (/checkov|tfsec|kics|terrascan/.test(t) || /\b(iac|terraform|kubernetes|misconfig)/.test(tagText))
        return 'iac';
    if (/trivy|grype|dependency|snyk open source|osv/.test(t) ||
        /^CVE-|^GHSA-/i.test(ruleId) ||
        /\b(vulnerability|dependency)\b/.test(tagText)) {
        return /container|image|os-pkgs/.test(tagText) ? 'container' : 'dependency';
    }
    return 'code';
}
function evidenceOf(category) {
    switch (category) {
        case 'secret':
            return 'secrets';
        case 'code':
            return 'sast';
        case 'dependency':
            return 'dependencies';
        default:
            return category;
    }
}
/** SARIF 2.1.0 from any tool: severity from `security-severity`, then the result level, then the rule's default. */
function parseSarif(data, file) {
    const findings = [];
    const tools = new Set();
    const categories = new Set();
    for (const run of each(data.runs)) {
        const driver = run?.tool?.driver ?? {};
        const tool = str(driver.name) ?? 'SARIF';
        tools.add(tool);
        const rules = new Map();
        arr(driver.rules).forEach((rule, index) => {
            if (str(rule?.id))
                rules.set(rule.id, rule);
            rules.set(`#${index}`, rule);
        });
        for (const ext of arr(run?.tool?.extensions))
            for (const rule of arr(ext?.rules))
                if (str(rule?.id))
                    rules.set(rule.id, rule);
        const judgements = new Map();
        for (const result of each(run.results)) {
            const ruleId = str(result.ruleId) ??
                str(result.rule?.id) ??
                (num(result.ruleIndex) !== undefined ? str(rules.get(`#${result.ruleIndex}`)?.id) : undefined) ??
                'unknown-rule';
            const rule = rules.get(ruleId) ?? (num(result.ruleIndex) !== undefined ? rules.get(`#${result.ruleIndex}`) : undefined) ?? {};
            // What the rule says decides most results; worked out once per rule unless the result adds its own properties.
            let judged = result.properties ? undefined : judgements.get(rule)?.get(ruleId);
            if (!judged) {
                const props = { ...rule.properties, ...result.properties };
                const tags = arr(props.tags).filter((x) => typeof x === 'string');
                judged = { securitySeverity: Number.parseFloat(props['security-severity']), category: categoryOf(tool, tags, ruleId) };
                if (!result.properties)
                    judgements.set(rule, (judgements.get(rule) ?? new Map()).set(ruleId, judged));
            }
            const { securitySeverity, category } = judged;
            const level = str(result.level) ?? str(rule.defaultConfiguration?.level) ?? 'warning';
            const severity = Number.isFinite(securitySeverity) ? (0,model/* severityFromScore */.qI)(securitySeverity) : (LEVEL[level] ?? 'medium');
            categories.add(category);
            const physical = arr(result.locations)[0]?.physicalLocation;
            const uri = str(physical?.artifactLocation?.uri);
            const line = num(physical?.region?.startLine);
            const message = str(result.message?.text) ?? str(rule.shortDescription?.text) ?? ruleId;
            findings.push(make({
                tool,
                report: file,
                category,
                severity,
                ruleId,
                title: str(rule.shortDescription?.text) ?? headline(message) ?? ruleId,
                advisories: category === 'dependency' || category === 'container' ? advisoryIds(ruleId) : [],
                ...(uri ? { location: { file: uri.replace(/^file:\/\//, ''), ...(line ? { line } : {}) } } : {}),
                ...(category === 'secret' ? { secret: str(arr(result.locations)[0]?.physicalLocation?.region?.snippet?.text) ?? message } : {}),
            }));
        }
    }
    // A clean run still proves the scan ran: judge it by its tool.
    if (categories.size === 0)
        for (const tool of tools)
            categories.add(categoryOf(tool, [], ''));
    const evidence = [...new Set([...categories].map(evidenceOf))];
    return { file, format: 'sarif', tool: [...tools].join(', ') || 'SARIF', evidence, findings };
}

;// CONCATENATED MODULE: ../../packages/findings/src/parsers/sbom.ts


/** Syft (or any) SPDX 2.x JSON: component and license counts, evidence that an SBOM exists. */
function parseSpdx(data, file) {
    let components = 0;
    const licenses = new Set();
    for (const p of each(data.packages)) {
        components++;
        for (const l of [p.licenseConcluded, p.licenseDeclared])
            if (str(l) && l !== 'NOASSERTION' && l !== 'NONE')
                licenses.add(l);
    }
    const tool = str(arr(data.creationInfo?.creators).find((c) => c.startsWith('Tool:')))?.replace('Tool: ', '') ?? 'SPDX';
    return {
        file,
        format: 'spdx',
        tool,
        evidence: ['sbom'],
        findings: [],
        sbom: { format: 'spdx', components, licenses: [...licenses].sort() },
    };
}
/** CycloneDX JSON: components and licenses; a vulnerabilities section (Trivy's VEX) becomes findings. */
function parseCycloneDx(data, file) {
    let components = 0;
    const licenses = new Set();
    // Only what a vulnerability's `affects` needs is kept of each component.
    const byRef = new Map();
    for (const c of each(data.components)) {
        components++;
        if (c['bom-ref'] !== undefined)
            byRef.set(c['bom-ref'], { name: str(c.name), version: str(c.version) });
        for (const l of arr(c.licenses)) {
            const name = str(l.license?.id) ?? str(l.license?.name) ?? str(l.expression);
            if (name)
                licenses.add(name);
        }
    }
    const tools = isList(data.metadata?.tools) ? arr(data.metadata.tools) : arr(data.metadata?.tools?.components);
    const tool = str(tools[0]?.name) ?? 'CycloneDX';
    const findings = [];
    for (const v of each(data.vulnerabilities)) {
        const rating = arr(v.ratings).reduce((best, r) => ((num(r.score) ?? 0) > (num(best?.score) ?? -1) ? r : best), undefined);
        const severity = str(rating?.severity)
            ? (0,model/* severityFromWord */.GX)(rating.severity, 'info')
            : num(rating?.score)
                ? (0,model/* severityFromScore */.qI)(rating.score)
                : 'info';
        for (const affected of arr(v.affects).length ? arr(v.affects) : [{}]) {
            const component = byRef.get(affected.ref) ?? {};
            findings.push(make({
                tool,
                report: file,
                category: 'dependency',
                severity,
                ruleId: str(v.id) ?? 'unknown',
                title: headline(v.description) ?? str(v.id) ?? 'vulnerability',
                advisories: advisoryIds(v.id, arr(v.references).map((r) => r?.id)),
                package: { name: str(component.name) ?? str(affected.ref) ?? '?', version: str(component.version) },
                location: { file },
            }));
        }
    }
    return {
        file,
        format: 'cyclonedx',
        tool,
        evidence: findings.length ? ['sbom', 'dependencies'] : ['sbom'],
        findings,
        sbom: { format: 'cyclonedx', components, licenses: [...licenses].sort() },
    };
}
/** `cosign verify --output json`: each entry is a verified signature claim for an image digest. */
function parseCosign(data, file) {
    const images = arr(data)
        .map((e) => str(e?.critical?.image?.['docker-manifest-digest']) &&
        `${e.critical.identity?.['docker-reference'] ?? 'image'}@${e.critical.image['docker-manifest-digest']}`)
        .filter((x) => Boolean(x));
    return {
        file,
        format: 'cosign',
        tool: 'Cosign',
        evidence: images.length ? ['signature'] : [],
        findings: [],
        signature: { verified: images.length > 0, images },
    };
}

;// CONCATENATED MODULE: ../../packages/findings/src/parsers/secrets.ts

/** TruffleHog v3 JSON lines (and v2's legacy lines): verified secrets are critical, the rest high. */
function parseTruffleHog(lines, file) {
    const findings = Array.from(lines, (l) => {
        if (l.SourceMetadata || l.DetectorName) {
            const data = l.SourceMetadata?.Data ?? {};
            const source = Object.values(data)[0] ?? {};
            const verified = l.Verified === true;
            return make({
                tool: 'TruffleHog',
                report: file,
                category: 'secret',
                severity: verified ? 'critical' : 'high',
                ruleId: str(l.DetectorName) ?? 'secret',
                title: `${l.DetectorName ?? 'Secret'} ${verified ? 'verified' : 'unverified'}`,
                location: { file: str(source.file) ?? str(source.link) ?? file, ...(num(source.line) ? { line: source.line } : {}) },
                verified,
                secret: str(l.Raw) ?? str(l.RawV2) ?? str(l.Redacted),
            });
        }
        return make({
            tool: 'TruffleHog',
            report: file,
            category: 'secret',
            severity: 'high',
            ruleId: str(l.reason) ?? 'secret',
            title: str(l.reason) ?? 'secret',
            location: { file: str(l.path) ?? file },
            verified: false,
            secret: `${arr(l.stringsFound).join('|')}|${l.commitHash ?? ''}`,
        });
    });
    return { file, format: 'trufflehog', tool: 'TruffleHog', evidence: ['secrets'], findings };
}
/** Gitleaks JSON, v8 (RuleID, File, StartLine) and v7 (rule, file, lineNumber). It cannot verify, so high. */
function parseGitleaks(data, file) {
    const findings = Array.from(each(data), (l) => make({
        tool: 'Gitleaks',
        report: file,
        category: 'secret',
        severity: 'high',
        ruleId: str(l.RuleID) ?? str(l.rule) ?? 'secret',
        title: str(l.Description) ?? str(l.rule) ?? 'secret',
        location: {
            file: str(l.File) ?? str(l.file) ?? file,
            ...((num(l.StartLine) ?? num(l.lineNumber)) ? { line: num(l.StartLine) ?? num(l.lineNumber) } : {}),
        },
        verified: false,
        secret: str(l.Secret) ?? str(l.offender) ?? str(l.Match) ?? str(l.line),
    }));
    return { file, format: 'gitleaks', tool: 'Gitleaks', evidence: ['secrets'], findings };
}

;// CONCATENATED MODULE: ../../packages/findings/src/parsers/vulnerabilities.ts


/** A Trivy report's results, and those of each workload in a `trivy k8s` report, one at a time. */
function* trivyResults(data) {
    for (const result of each(data.Results))
        yield { result, prefix: '' };
    for (const group of ['Vulnerabilities', 'Misconfigurations']) {
        for (const workload of each(data[group])) {
            const prefix = `${workload.Namespace ?? ''}/${workload.Kind ?? ''}/${workload.Name ?? ''}: `;
            for (const result of each(workload.Results))
                yield { result, prefix };
        }
    }
}
/** Trivy JSON: vulnerabilities, misconfigurations, secrets and licenses, image and `trivy k8s` reports. */
function parseTrivy(data, file) {
    const findings = [];
    const evidence = new Set();
    const isImage = data.ArtifactType === 'container_image' || Boolean(data.ClusterName);
    for (const { result, prefix } of trivyResults(data)) {
        const target = `${prefix}${str(result.Target) ?? data.ArtifactName ?? file}`;
        const osPackages = result.Class === 'os-pkgs';
        if (result.Class === 'os-pkgs' || result.Class === 'lang-pkgs')
            evidence.add(osPackages || isImage ? 'container' : 'dependencies');
        if (result.Class === 'config')
            evidence.add('iac');
        if (result.Class === 'secret')
            evidence.add('secrets');
        if (result.Class?.startsWith?.('license'))
            evidence.add('license');
        for (const v of each(result.Vulnerabilities)) {
            findings.push(make({
                tool: 'Trivy',
                report: file,
                category: osPackages || isImage ? 'container' : 'dependency',
                severity: (0,model/* severityFromWord */.GX)(v.Severity, 'info'),
                ruleId: str(v.VulnerabilityID) ?? 'unknown',
                title: str(v.Title) ?? str(v.VulnerabilityID) ?? 'vulnerability',
                advisories: advisoryIds(v.VulnerabilityID, v.VendorIDs),
                package: {
                    name: str(v.PkgName) ?? '?',
                    version: str(v.InstalledVersion),
                    fixedVersion: str(v.FixedVersion),
                    ecosystem: str(result.Type),
                },
                location: { file: target },
            }));
        }
        for (const m of each(result.Misconfigurations)) {
            if (m.Status && m.Status !== 'FAIL')
                continue;
            const line = num(m.CauseMetadata?.StartLine);
            findings.push(make({
                tool: 'Trivy',
                report: file,
                category: 'iac',
                severity: (0,model/* severityFromWord */.GX)(m.Severity, 'info'),
                ruleId: str(m.AVDID) ?? str(m.ID) ?? 'misconfiguration',
                title: str(m.Title) ?? str(m.Message) ?? 'misconfiguration',
                location: { file: target, ...(line ? { line } : {}) },
            }));
        }
        for (const s of each(result.Secrets)) {
            findings.push(make({
                tool: 'Trivy',
                report: file,
                category: 'secret',
                severity: (0,model/* severityFromWord */.GX)(s.Severity, 'high'),
                ruleId: str(s.RuleID) ?? 'secret',
                title: str(s.Title) ?? 'secret',
                location: { file: target, ...(num(s.StartLine) ? { line: s.StartLine } : {}) },
                secret: str(s.Match),
            }));
        }
        for (const l of each(result.Licenses)) {
            findings.push(make({
                tool: 'Trivy',
                report: file,
                category: 'license',
                severity: (0,model/* severityFromWord */.GX)(l.Severity, 'low'),
                ruleId: str(l.Name) ?? 'license',
                title: `${l.PkgName ?? 'package'} uses ${l.Name ?? 'a restricted license'}`,
                package: { name: str(l.PkgName) ?? '?' },
                location: { file: target },
            }));
        }
    }
    if (evidence.size === 0)
        evidence.add(isImage ? 'container' : 'dependencies');
    return { file, format: 'trivy', tool: 'Trivy', evidence: [...evidence], findings };
}
/** Grype JSON: severity from Grype's own word, else the highest CVSS it lists; `fix.versions` for the fixed version. */
function parseGrype(data, file) {
    const image = data.source?.type === 'image';
    const findings = Array.from(each(data.matches), (m) => {
        const v = m.vulnerability ?? {};
        const cvss = Math.max(0, ...arr(v.cvss).map((c) => num(c?.metrics?.baseScore) ?? 0));
        const severity = str(v.severity) ? (0,model/* severityFromWord */.GX)(v.severity, 'info') : cvss ? (0,model/* severityFromScore */.qI)(cvss) : 'info';
        const fixed = arr(v.fix?.versions)[0];
        return make({
            tool: 'Grype',
            report: file,
            category: image ? 'container' : 'dependency',
            severity,
            ruleId: str(v.id) ?? 'unknown',
            title: headline(v.description) ?? str(v.id) ?? 'vulnerability',
            advisories: advisoryIds(v.id, arr(m.relatedVulnerabilities).map((r) => r?.id)),
            package: {
                name: str(m.artifact?.name) ?? '?',
                version: str(m.artifact?.version),
                fixedVersion: str(fixed),
                ecosystem: str(m.artifact?.type),
            },
            location: { file: str(arr(m.artifact?.locations)[0]?.path) ?? str(data.source?.target?.userInput) ?? file },
        });
    });
    return { file, format: 'grype', tool: 'Grype', evidence: [image ? 'container' : 'dependencies'], findings };
}
/** Snyk Open Source JSON, one project or the `--all-projects` array; container projects' applications too. */
function parseSnyk(data, file) {
    const projects = isList(data) ? each(data) : [data];
    const findings = [];
    let container = false;
    const visit = (project) => {
        const isImage = project.packageManager && /deb|apk|rpm|linux/.test(project.packageManager) ? true : Boolean(project.docker);
        container ||= isImage;
        const target = str(project.displayTargetFile) ?? str(project.path) ?? file;
        for (const v of each(project.vulnerabilities)) {
            findings.push(make({
                tool: 'Snyk',
                report: file,
                category: isImage ? 'container' : 'dependency',
                severity: (0,model/* severityFromWord */.GX)(v.severity, 'info'),
                ruleId: str(v.id) ?? 'unknown',
                title: str(v.title) ?? str(v.id) ?? 'vulnerability',
                advisories: advisoryIds(arr(v.identifiers?.CVE), arr(v.identifiers?.GHSA), v.id),
                package: {
                    name: str(v.packageName) ?? str(v.moduleName) ?? '?',
                    version: str(v.version),
                    fixedVersion: str(arr(v.fixedIn)[0]),
                    ecosystem: str(project.packageManager),
                },
                location: { file: target.replace(/\\/g, '/') },
            }));
        }
        for (const app of arr(project.applications))
            visit(app);
    };
    for (const project of projects)
        visit(project);
    return { file, format: 'snyk', tool: 'Snyk', evidence: container ? ['container', 'dependencies'] : ['dependencies'], findings };
}
/** npm audit JSON v2 (npm 7 and later): one finding per advisory reached through `via`. */
function parseNpmAudit(data, file) {
    const findings = [];
    for (const [name, entry] of Object.entries(data.vulnerabilities ?? {})) {
        const advisories = arr(entry.via).filter((v) => typeof v === 'object');
        const fix = entry.fixAvailable;
        const fixedVersion = typeof fix === 'object' && fix?.name === name ? str(fix.version) : fix === true ? 'available' : undefined;
        // An entry only "via" other packages is reported at those packages.
        for (const via of advisories) {
            findings.push(make({
                tool: 'npm audit',
                report: file,
                category: 'dependency',
                severity: (0,model/* severityFromWord */.GX)(via.severity ?? entry.severity, 'info'),
                ruleId: str(via.url)?.split('/').pop() ?? String(via.source ?? name),
                title: str(via.title) ?? `${name} is vulnerable`,
                advisories: advisoryIds(str(via.url)?.split('/').pop(), via.source !== undefined ? `npm:${via.source}` : undefined),
                package: { name, version: str(via.range) ?? str(entry.range), fixedVersion, ecosystem: 'npm' },
                location: { file: 'package-lock.json' },
            }));
        }
    }
    return { file, format: 'npm-audit', tool: 'npm audit', evidence: ['dependencies'], findings };
}
/** OSV-Scanner JSON: severity from the group's max_severity, then the advisory's database severity. */
function parseOsv(data, file) {
    const findings = [];
    for (const result of each(data.results)) {
        const source = str(result.source?.path) ?? file;
        for (const pkg of each(result.packages)) {
            const groups = arr(pkg.groups);
            for (const v of each(pkg.vulnerabilities)) {
                const group = groups.find((g) => arr(g.ids).includes(v.id));
                const max = Number.parseFloat(group?.max_severity);
                const severity = Number.isFinite(max) ? (0,model/* severityFromScore */.qI)(max) : (0,model/* severityFromWord */.GX)(v.database_specific?.severity, 'medium');
                const fixed = arr(v.affected)
                    .flatMap((a) => arr(a.ranges))
                    .flatMap((r) => arr(r.events))
                    .map((e) => str(e.fixed))
                    .find(Boolean);
                findings.push(make({
                    tool: 'OSV-Scanner',
                    report: file,
                    category: 'dependency',
                    severity,
                    ruleId: str(v.id) ?? 'unknown',
                    title: str(v.summary) ?? str(v.id) ?? 'vulnerability',
                    advisories: advisoryIds(v.id, arr(v.aliases)),
                    package: {
                        name: str(pkg.package?.name) ?? str(pkg.package?.commit) ?? '?',
                        version: str(pkg.package?.version),
                        fixedVersion: fixed,
                        ecosystem: str(pkg.package?.ecosystem),
                    },
                    location: { file: source },
                }));
            }
        }
    }
    return { file, format: 'osv-scanner', tool: 'OSV-Scanner', evidence: ['dependencies'], findings };
}

;// CONCATENATED MODULE: ../../packages/findings/src/read-report.ts










const FORMATS = {
    sarif: parseSarif,
    trivy: parseTrivy,
    grype: parseGrype,
    snyk: parseSnyk,
    trufflehog: (data, file) => parseTruffleHog(isList(data) ? each(data) : [data], file),
    gitleaks: (data, file) => parseGitleaks(data ?? [], file),
    'npm-audit': parseNpmAudit,
    'osv-scanner': parseOsv,
    conftest: parseConftest,
    checkov: parseCheckov,
    semgrep: parseSemgrep,
    spdx: parseSpdx,
    cyclonedx: parseCycloneDx,
    cosign: parseCosign,
};
const isObject = (v) => typeof v === 'object' && v !== null && !isList(v);
/** Which scanner wrote this, from its content alone. */
function detectFormat(data) {
    if (isObject(data)) {
        if (data.runs && (String(data.$schema ?? '').includes('sarif') || data.version === '2.1.0'))
            return 'sarif';
        if (data.SchemaVersion !== undefined || (data.ArtifactName && data.Results) || data.ClusterName)
            return 'trivy';
        if (isList(data.matches) && (data.descriptor || data.source))
            return 'grype';
        if (data.auditReportVersion !== undefined || data.advisories !== undefined)
            return 'npm-audit';
        if (data.spdxVersion)
            return 'spdx';
        if (data.bomFormat === 'CycloneDX')
            return 'cyclonedx';
        if (isList(data.results) && (first(data.results)?.packages || count(data.results) === 0) && !('errors' in data))
            return 'osv-scanner';
        if (isList(data.results) && 'errors' in data)
            return 'semgrep';
        if (data.check_type || data.checkov_version !== undefined || data.summary?.checkov_version)
            return 'checkov';
        if (isList(data.vulnerabilities) && (data.packageManager || data.projectName || data.ok !== undefined))
            return 'snyk';
    }
    if (count(data) > 0) {
        const head = first(data);
        if (!isObject(head))
            return undefined;
        if (head.critical?.type && String(head.critical.type).includes('cosign'))
            return 'cosign';
        if (head.filename !== undefined && head.namespace !== undefined)
            return 'conftest';
        if (head.check_type)
            return 'checkov';
        if (isList(head.vulnerabilities) && (head.packageManager || head.projectName))
            return 'snyk';
        if (head.RuleID !== undefined || (head.rule !== undefined && head.offender !== undefined))
            return 'gitleaks';
        if (head.DetectorName || head.SourceMetadata || head.stringsFound)
            return 'trufflehog';
    }
    return undefined;
}
/** Line and column of a character offset, for JSON errors a person can find. */
function lineColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}
function parseJson(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const lines = parseJsonLines(text);
        if (lines)
            return lines;
        const offset = jsonErrorOffset(text);
        const where = offset >= text.length || offset < 0 ? `the end (${text.length} bytes, cut short)` : lineColumn(text, offset);
        throw new errors/* UserError */.yo(`report ${file}: invalid or truncated JSON at ${where}; expected a scanner's JSON report`, { cause: error });
    }
}
/** JSON lines (TruffleHog): one object per line, blank lines skipped; undefined when it is not that. */
function parseJsonLines(text) {
    const objects = [];
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        try {
            const value = JSON.parse(line);
            if (!isObject(value))
                return undefined;
            objects.push(value);
        }
        catch {
            return undefined;
        }
    }
    return objects.length ? objects : undefined;
}
/** Which parser reads it: the named format, else the one its content shows. */
function interpret(data, file, format, known) {
    if (!format && isObject(data) && data.advisories !== undefined && data.auditReportVersion === undefined) {
        throw new errors/* UserError */.yo(`report ${file}: npm 6 audit format (advisories); expected npm 7 or later output of 'npm audit --json' (auditReportVersion 2)`);
    }
    const chosen = format ?? detectFormat(data);
    if (!chosen) {
        throw new errors/* UserError */.yo(`report ${file}: cannot tell which scanner wrote it; expected one of ${known} (name it as FORMAT:${file} when the content cannot tell, e.g. an empty gitleaks report)`);
    }
    const parse = FORMATS[chosen];
    return sharingStrings(() => parse(data, file));
}
/** The whole text at once: for what the streaming reader does not take, and for the precise error. */
function readWhole(file, format, known) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* UserError */.yo(`report ${file}: cannot be read (${error.code}); expected a scanner report`);
    }
    if (text.trim() === '')
        throw new errors/* UserError */.yo(`report ${file}: the file is empty; expected a scanner report (a scan that finds nothing still writes one)`);
    return interpret(parseJson(text, file), file, format, known);
}
function isValid(opened) {
    try {
        opened.check();
        return true;
    }
    catch (error) {
        if (error instanceof NotStreamable)
            return false;
        throw error;
    }
}
/**
 * Reads one report, its large lists an element at a time (see json-stream.ts).
 * Never a pass on doubt: an empty file, broken JSON, an old format or one golive
 * does not know is a UserError naming the file. The options are for tests.
 */
function readReport(file, format, options = {}) {
    const known = Object.keys(FORMATS).join(', ');
    if (format && !FORMATS[format])
        throw new errors/* UserError */.yo(`report ${file}: unknown format '${format}'; expected one of ${known}`);
    let opened;
    try {
        if ((0,external_node_fs_.statSync)(file).isDirectory())
            throw new errors/* UserError */.yo(`report ${file}: is a folder; expected a report file`);
        opened = openJson(file, options);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw error;
        if (error instanceof NotStreamable)
            return readWhole(file, format, known);
        throw new errors/* UserError */.yo(`report ${file}: cannot be read (${error.code}); expected a scanner report`);
    }
    try {
        const report = interpret(opened.data, file, format, known);
        opened.check();
        return report;
    }
    catch (error) {
        // Broken JSON is the first thing to say, even where the parser stopped earlier for another reason.
        if (error instanceof NotStreamable || !isValid(opened))
            return readWhole(file, format, known);
        throw error;
    }
    finally {
        opened.close();
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ../../packages/findings/src/file-sink.ts


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
class FileSink {
    countGzip;
    fd;
    buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    used = 0;
    bytes = 0;
    gzipBytes = 0;
    constructor(path, countGzip = false) {
        this.countGzip = countGzip;
        this.fd = (0,external_node_fs_.openSync)(path, 'w');
    }
    write(text) {
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
    flush() {
        if (this.used === 0)
            return;
        this.emit(this.buffer.subarray(0, this.used));
        this.used = 0;
    }
    emit(bytes) {
        (0,external_node_fs_.writeSync)(this.fd, bytes);
        this.bytes += bytes.length;
        if (this.countGzip)
            this.gzipBytes += (0,external_node_zlib_.gzipSync)(bytes, { level: 1, memLevel: 9 }).length;
    }
    close() {
        try {
            this.flush();
        }
        finally {
            (0,external_node_fs_.closeSync)(this.fd);
        }
    }
}
/**
 * JSON.stringify that remembers, for the lists findings share (their tools and
 * reports): each is serialized once. One per file written.
 */
function jsonMemo() {
    const seen = new Map();
    return (value) => {
        let json = seen.get(value);
        if (json === undefined) {
            json = JSON.stringify(value);
            if (seen.size >= 10_000)
                seen.clear();
            seen.set(value, json);
        }
        return json;
    };
}

;// CONCATENATED MODULE: ../../packages/findings/src/sarif-writer.ts


const SCORE = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', info: '0.0' };
const sarif_writer_LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    info: 'note',
};
/** GitHub code scanning's upload limits. */
const LIMITS = { runs: 20, resultsPerRun: 25_000, gzipBytes: 10 * 1024 * 1024 };
/** Most severe first, in the order found within a severity. */
function bySeverity(findings) {
    const buckets = model/* SEVERITIES */.oC.map(() => []);
    for (const f of findings)
        buckets[model/* SEVERITIES */.oC.length - 1 - model/* SEVERITY_RANK */.f3[f.severity]]?.push(f);
    return buckets.flat();
}
/**
 * A SARIF artifact URI: a scheme, or a path relative to the repository (what code
 * scanning maps to files). Scanners write "/requirements.txt" for the scanned
 * folder's root; a leading slash without a scheme is not a valid reference.
 */
function uriOf(path) {
    const file = path.replace(/\\/g, '/');
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file))
        return encodeURI(file);
    const drive = /^\/?([A-Za-z]:\/.*)$/.exec(file);
    if (drive)
        return encodeURI(`file:///${drive[1]}`);
    return encodeURI(file.replace(/^(\.\/|\/)+/, '')) || 'unknown';
}
/**
 * A finding's message without a package: a rule's message repeats at every
 * place it fired, so it is kept as JSON by its (shared) title and tool list.
 */
function message(messages, f) {
    const seen = messages.get(f.title);
    if (seen?.tools === f.tools)
        return seen.json;
    const json = JSON.stringify(`${f.title}. Seen by ${f.tools.join(', ')}.`);
    if (messages.size >= 10_000)
        messages.clear();
    messages.set(f.title, { tools: f.tools, json });
    return json;
}
/**
 * One result as JSON text. Written out rather than built as objects and then
 * serialized: a log holds up to half a million results, and the objects were
 * most of the writer's time.
 */
function result(shared, messages, f, ruleIndex, uri, suppression) {
    const pkg = f.package
        ? ` in ${f.package.name}${f.package.version ? ` ${f.package.version}` : ''}${f.package.fixedVersion ? ` (fixed in ${f.package.fixedVersion})` : ''}`
        : '';
    const properties = `"severity":"${f.severity}","tools":${shared(f.tools)}` +
        (f.advisories.length ? `,"advisories":${JSON.stringify(f.advisories)}` : '') +
        (f.verified !== undefined ? `,"verified":${f.verified}` : '');
    const suppressions = suppression
        ? `,"suppressions":[{"kind":"external","status":"accepted","justification":${JSON.stringify(`${suppression.reason} (until ${suppression.expires})`)}}]`
        : '';
    return (`{"ruleId":${JSON.stringify(f.ruleId)},"ruleIndex":${ruleIndex},"level":"${sarif_writer_LEVEL[f.severity]}",` +
        `"message":{"text":${pkg ? JSON.stringify(`${f.title}${pkg}. Seen by ${f.tools.join(', ')}.`) : message(messages, f)}},` +
        `"locations":[{"physicalLocation":{"artifactLocation":{"uri":${uri}},"region":{"startLine":${Math.max(1, f.location?.line ?? 1)}}}}],` +
        `"partialFingerprints":{"goliveFinding/v1":${JSON.stringify(f.fingerprint)}},"properties":{${properties}}${suppressions}}`);
}
/** One run: its results first, then the tool with the rules they named (SARIF does not mind the order). */
function writeRun(sink, group, suppressed, version) {
    const { tool, category, findings } = group;
    const rules = new Map();
    const ruleList = [];
    sink.write(`{"automationDetails":${JSON.stringify({ id: `golive/${category}/${tool.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/` })},"results":[`);
    const uris = new Map();
    // Tool lists are shared: each is serialized once.
    const shared = jsonMemo();
    const messages = new Map();
    findings.forEach((f, i) => {
        const path = f.location?.file ?? f.reports[0] ?? 'unknown';
        let uri = uris.get(path);
        if (uri === undefined) {
            uri = JSON.stringify(uriOf(path));
            uris.set(path, uri);
        }
        let index = rules.get(f.ruleId);
        if (index === undefined) {
            index = ruleList.length;
            rules.set(f.ruleId, index);
            ruleList.push({
                id: f.ruleId,
                shortDescription: { text: f.title.slice(0, 1000) || f.ruleId },
                properties: { tags: ['security', category], 'security-severity': SCORE[f.severity] },
            });
        }
        sink.write(`${i ? ',' : ''}${result(shared, messages, f, index, uri, suppressed.get(f.fingerprint))}`);
    });
    sink.write(`],"tool":${JSON.stringify({ driver: { name: tool, semanticVersion: version, informationUri: 'https://github.com/golive/golive', rules: ruleList } })}}`);
}
/**
 * Writes one SARIF 2.1.0 log to `path`, a run per tool and category (GitHub
 * refuses two runs of one tool and category in an upload), suppressed findings
 * kept and marked, within GitHub's limits: when over, the most severe are kept.
 */
function writeSarif(findings, suppressed, version, path, limits = LIMITS) {
    const dropped = [];
    const groups = new Map();
    for (const f of findings) {
        const key = `${f.tools[0]}|${f.category}`;
        const group = groups.get(key) ?? { tool: f.tools[0] ?? 'unknown', category: f.category, findings: [] };
        group.findings.push(f);
        groups.set(key, group);
    }
    for (const group of groups.values())
        group.findings = bySeverity(group.findings);
    const worst = (g) => model/* SEVERITY_RANK */.f3[g.findings[0]?.severity ?? 'info'];
    let ordered = [...groups.values()].sort((a, b) => worst(b) - worst(a));
    if (ordered.length > limits.runs) {
        const cut = ordered.slice(limits.runs);
        dropped.push(`${cut.length} run(s) over GitHub's ${limits.runs}-run limit: ${cut.map((g) => `${g.tool}/${g.category} (${g.findings.length})`).join(', ')}`);
        ordered = ordered.slice(0, limits.runs);
    }
    for (const group of ordered) {
        if (group.findings.length > limits.resultsPerRun) {
            const cut = group.findings.splice(limits.resultsPerRun);
            dropped.push(`${cut.length} ${group.tool}/${group.category} result(s) over the ${limits.resultsPerRun}-result limit, least severe first`);
        }
    }
    for (;;) {
        const sink = new FileSink(path, true);
        try {
            sink.write('{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[');
            ordered.forEach((group, i) => {
                if (i)
                    sink.write(',');
                writeRun(sink, group, suppressed, version);
            });
            sink.write(']}');
        }
        finally {
            sink.close();
        }
        const results = ordered.reduce((n, g) => n + g.findings.length, 0);
        if (sink.gzipBytes <= limits.gzipBytes)
            return { dropped, results, bytes: sink.bytes };
        // Over the gzipped limit: cut the least severe tenth of the largest run and write again.
        const largest = ordered.reduce((a, b) => (b.findings.length > a.findings.length ? b : a));
        if (largest.findings.length === 0)
            throw new Error(`SARIF without results is over ${limits.gzipBytes} bytes gzipped`);
        const cut = largest.findings.splice(Math.floor(largest.findings.length * 0.9));
        dropped.push(`${cut.length} ${largest.tool}/${largest.category} result(s) to stay under ${+(limits.gzipBytes / 1024 / 1024).toFixed(2)} MB gzipped`);
    }
}

;// CONCATENATED MODULE: ../../packages/findings/src/gate.ts









/** Expands the report globs; a glob that matches nothing is the user's mistake, never a silent pass. */
function expandReports(patterns, root) {
    const files = [];
    for (const raw of patterns) {
        const prefix = /^([a-z-]+):(?!\/\/)(.+)$/.exec(raw);
        const format = prefix && FORMATS[prefix[1]] ? prefix[1] : undefined;
        const pattern = format ? prefix?.[2] : raw;
        const matches = (0,dist/* globSync */.AZ)(pattern, { cwd: root, absolute: true, dot: true, onlyFiles: true });
        if (matches.length === 0)
            throw new errors/* UserError */.yo(`reports: '${raw}' matches no file under ${root}; expected a path or glob of scanner reports`);
        for (const file of matches.sort())
            if (!files.some((f) => f.file === file))
                files.push({ file, format });
    }
    return files;
}
function countFindings(findings) {
    const counts = Object.fromEntries(model/* SEVERITIES */.oC.map((s) => [s, Object.fromEntries(model/* CATEGORIES */.R6.map((c) => [c, 0]))]));
    for (const f of findings)
        counts[f.severity][f.category]++;
    counts.total = findings.length;
    return counts;
}
/** Reads every report, dedups across tools, applies the policy and writes the merged SARIF. */
function runSecurityGate(options) {
    const files = expandReports(options.reports, options.root);
    const display = (file) => ((0,external_node_path_.isAbsolute)(file) ? (0,external_node_path_.relative)(options.root, file) : file);
    // Each report's findings go into the set as it is read; only their count is kept.
    const set = new FindingSet();
    const parsed = files.map(({ file, format }) => {
        const { findings, ...report } = readReport(file, format);
        const shown = [display(file)];
        for (const f of findings) {
            f.reports = shown;
            set.add(f);
        }
        return { ...report, file: shown[0], count: findings.length };
    });
    let suppressions = [];
    if (options.policy) {
        const path = (0,external_node_path_.resolve)(options.root, options.policy.path);
        if ((0,external_node_fs_.existsSync)(path))
            suppressions = parsePolicy((0,external_node_fs_.readFileSync)(path, 'utf8'), options.policy.path);
        else if (options.policy.required)
            throw new errors/* UserError */.yo(`policy ${options.policy.path}: file not found; expected a YAML file of suppressions`);
    }
    const findings = set.list();
    const verdict = applyPolicy(findings, parsed, {
        failOn: options.failOn,
        ignoreUnfixed: options.ignoreUnfixed,
        require: options.require,
        suppressions,
        now: options.now,
    });
    const suppressedBy = new Map(verdict.suppressed.map((s) => [s.finding.fingerprint, s.suppression]));
    const sarif = options.sarif ? writeSarif(findings, suppressedBy, options.version, options.sarif) : undefined;
    return {
        ...verdict,
        reports: parsed.map((r) => ({ file: r.file, format: r.format, tool: r.tool, findings: r.count, evidence: r.evidence })),
        findings,
        counts: countFindings(findings),
        sarif: options.sarif,
        sarifDropped: sarif?.dropped ?? [],
        sboms: parsed
            .filter((r) => r.sbom)
            .map((r) => ({
            file: r.file,
            format: r.sbom?.format ?? '',
            components: r.sbom?.components ?? 0,
            licenses: r.sbom?.licenses.length ?? 0,
        })),
    };
}

;// CONCATENATED MODULE: ../../packages/findings/src/report-json.ts

/**
 * A finding and its status as JSON text, written out field by field: faster than
 * a copy with the status added, for a hundred thousand of them. A test reads
 * it back against the Finding, so a field added to the model is not left out.
 */
function findingJson(shared, f, status, suppression) {
    return (`{"fingerprint":${JSON.stringify(f.fingerprint)},"status":"${status}",` +
        (suppression ? `"suppression":${JSON.stringify({ reason: suppression.reason, expires: suppression.expires })},` : '') +
        `"tools":${shared(f.tools)},"category":"${f.category}","severity":"${f.severity}",` +
        `"ruleId":${JSON.stringify(f.ruleId)},"title":${JSON.stringify(f.title)},"advisories":${f.advisories.length ? JSON.stringify(f.advisories) : '[]'}` +
        `${f.package ? `,"package":${JSON.stringify(f.package)}` : ''}${f.location ? `,"location":${JSON.stringify(f.location)}` : ''}` +
        `${f.verified !== undefined ? `,"verified":${f.verified}` : ''},"reports":${shared(f.reports)}}`);
}
/**
 * The `report` output: the verdict, then every finding once with its status
 * (and the suppression that hid it), a finding to a line, streamed to `path`.
 */
function writeReportJson(path, report) {
    const status = new Map();
    for (const f of report.blocking)
        status.set(f, 'blocking');
    for (const f of report.unfixed)
        status.set(f, 'unfixed');
    const suppressed = new Map(report.suppressed.map((s) => [s.finding, s.suppression]));
    const verdict = {
        decision: report.decision,
        reasons: report.reasons,
        missing: report.missing,
        counts: report.counts,
        reports: report.reports,
        sboms: report.sboms,
        sarif: report.sarif,
        sarifDropped: report.sarifDropped,
        expiredSuppressions: report.expired,
    };
    // Findings share their tool and report lists: each is serialized once.
    const shared = jsonMemo();
    const sink = new FileSink(path);
    try {
        sink.write('{');
        for (const [key, value] of Object.entries(verdict))
            if (value !== undefined)
                sink.write(`\n  "${key}": ${JSON.stringify(value)},`);
        sink.write('\n  "findings": [');
        report.findings.forEach((f, i) => {
            const suppression = suppressed.get(f);
            const json = findingJson(shared, f, suppression ? 'suppressed' : (status.get(f) ?? 'below-threshold'), suppression);
            sink.write(`${i ? ',' : ''}\n    ${json}`);
        });
        sink.write(report.findings.length ? '\n  ]\n}\n' : ']\n}\n');
    }
    finally {
        sink.close();
    }
}

// EXTERNAL MODULE: ../../packages/core/src/summary.ts
var summary = __webpack_require__(4195);
;// CONCATENATED MODULE: ../../packages/findings/src/summary.ts


const pkg = (f) => f.package
    ? `${f.package.name} ${f.package.version ?? ''}${f.package.fixedVersion ? ` → ${f.package.fixedVersion}` : ' (no fix)'}`.trim()
    : '';
const where = (f) => (f.location ? `${f.location.file}${f.location.line ? `:${f.location.line}` : ''}` : '');
/** Verdict first; counts by severity and category; what blocks; suppressions; which tools reported. */
function securitySummary(report) {
    const s = new summary/* Summary */.B().verdict(report.decision === 'pass' ? 'pass' : 'fail', report.decision === 'pass'
        ? `Security gate passed: ${report.counts.total} finding(s), none blocking`
        : `Security gate failed: ${report.reasons.join('; ')}`);
    const used = model/* CATEGORIES */.R6.filter((c) => model/* SEVERITIES */.oC.some((sev) => report.counts[sev][c] > 0));
    if (used.length)
        s.table(['Severity', ...used], model/* SEVERITIES */.oC.map((sev) => [sev, ...used.map((c) => report.counts[sev][c] || '')]));
    if (report.blocking.length) {
        s.heading(`Blocking (${report.blocking.length})`);
        s.table(['Severity', 'Finding', 'Package (installed → fixed)', 'Where', 'Advisories', 'Tools'], report.blocking
            .slice(0, 50)
            .map((f) => [f.severity, f.title, pkg(f), where(f), f.advisories.slice(0, 2).join(' '), f.tools.join(', ')]));
        if (report.blocking.length > 50)
            s.paragraph(`…and ${report.blocking.length - 50} more in the report.`);
    }
    if (report.unfixed.length)
        s.paragraph(`${report.unfixed.length} finding(s) at a failing severity have no fix yet and do not block (ignore-unfixed).`);
    if (report.suppressed.length || report.expired.length) {
        const lines = [
            ...report.suppressed.map(({ finding, suppression }) => `- suppressed: ${finding.title} (${finding.advisories[0] ?? finding.ruleId}) — ${suppression.reason}, until ${suppression.expires}`),
            ...report.expired.map((x) => `- ⚠️ expired ${x.expires}, no longer suppressing: ${x.advisory ?? x.rule ?? x.package ?? x.fingerprint} — ${x.reason} (line ${x.line})`),
        ];
        s.details(`Suppressions (${report.suppressed.length} used, ${report.expired.length} expired)`, lines.join('\n'));
    }
    s.details(`Reports (${report.reports.length})${report.missing.length ? ` · missing: ${report.missing.join(', ')}` : ''}`, new summary/* Summary */.B().table(['Tool', 'Format', 'File', 'Findings', 'Shows'], report.reports.map((r) => [r.tool, r.format, r.file, r.findings, r.evidence.join(', ')])));
    if (report.sboms.length)
        s.paragraph(`SBOM: ${report.sboms.map((b) => `${b.file} (${b.format}, ${b.components} components, ${b.licenses} licenses)`).join('; ')}`);
    if (report.sarifDropped.length)
        s.list(report.sarifDropped.map((d) => `SARIF: dropped ${d}`));
    return s;
}
/** The same for a terminal. */
function securityText(report) {
    const lines = [
        report.decision === 'pass' ? `PASS: ${report.counts.total} finding(s), none blocking` : `FAIL: ${report.reasons.join('; ')}`,
    ];
    for (const sev of SEVERITIES) {
        const total = CATEGORIES.reduce((n, c) => n + report.counts[sev][c], 0);
        if (total)
            lines.push(`  ${sev.padEnd(8)} ${total}  (${CATEGORIES.filter((c) => report.counts[sev][c])
                .map((c) => `${c} ${report.counts[sev][c]}`)
                .join(', ')})`);
    }
    for (const f of report.blocking.slice(0, 20))
        lines.push(`  ✖ ${f.severity} ${f.title} ${pkg(f)} ${where(f)} [${f.tools.join(', ')}]`.replace(/\s+$/, ''));
    if (report.blocking.length > 20)
        lines.push(`  …and ${report.blocking.length - 20} more`);
    for (const x of report.expired)
        lines.push(`  ⚠ suppression expired ${x.expires}: ${x.advisory ?? x.rule ?? x.package ?? x.fingerprint}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ../../packages/findings/src/index.ts













/***/ })

};

//# sourceMappingURL=58.index.js.map