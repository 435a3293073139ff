export const id = 289;
export const ids = [289];
export const modules = {

/***/ 3319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ isPast),
/* harmony export */   _: () => (/* binding */ isoDate)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5915);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6416);

/** A calendar date in YAML or JSON (`2026-12-31`, which YAML may hand over as a Date), as YYYY-MM-DD. */
const isoDate = zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .date */ .p6U()]), zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .transform */ .pdi((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
        ctx.issues.push({ code: 'custom', message: `'${text}' is not a date like 2026-12-31`, input: value });
        return zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
    }
    return text;
}));
/** An expiry date holds through the whole of its day, in UTC. */
function isPast(date, now) {
    return now.getTime() >= Date.parse(`${date}T00:00:00Z`) + 86_400_000;
}


/***/ }),

/***/ 9289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluateOrr: () => (/* reexport */ evaluateOrr),
  orrText: () => (/* reexport */ orrText)
});

// UNUSED EXPORTS: EXEMPTIONS_DEFAULT, KINDS, checklistAt, cleanHeading, coveragePercent, dockerfileProblems, documentScore, gaps, githubEvidence, inWindow, isExpired, loadChecklist, matchExemptions, orrInputs, orrSummary, orrTitle, parseExemptions, parseMarkdown, parseWindow, parseYamlChecklist, publishCheckRun, remediationFor, ruleFor, runOrrGate, score

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../core/src/errors.ts
var errors = __webpack_require__(319);
;// CONCATENATED MODULE: ../orr/src/evidence/context.ts
const pass = (detail) => ({ status: 'pass', detail });
const fail = (detail) => ({ status: 'fail', detail });
const skipped = (detail) => ({ status: 'skipped', detail });

;// CONCATENATED MODULE: ../orr/src/evidence/files.ts


const SKIP = new Set(['node_modules', '.git', 'vendor', '.venv']);
/** A path as written in the checklist: next to the checklist first, then from the repository root. */
function locate(ctx, path) {
    for (const base of [ctx.checklistDir, ctx.root]) {
        const candidate = (0,external_node_path_.resolve)(base, path);
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
    }
    return undefined;
}
function display(ctx, absolute) {
    return (0,external_node_path_.relative)(ctx.root, absolute) || '.';
}
/** Files below the root whose name passes `test`, skipping dependency and build folders. */
function findFiles(root, test, maxDepth = 6) {
    const found = [];
    const walk = (dir, depth) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir);
        }
        catch {
            return;
        }
        for (const name of entries) {
            if (SKIP.has(name))
                continue;
            const path = (0,external_node_path_.join)(dir, name);
            let isDir = false;
            try {
                isDir = (0,external_node_fs_.statSync)(path).isDirectory();
            }
            catch {
                continue;
            }
            if (isDir) {
                if (depth < maxDepth)
                    walk(path, depth + 1);
            }
            else if (test(name, path)) {
                found.push(path);
            }
        }
    };
    walk(root, 0);
    return found.sort();
}
function read(path) {
    return (0,external_node_fs_.readFileSync)(path, 'utf8');
}

;// CONCATENATED MODULE: ../orr/src/evidence/window.ts
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ZONES = {
    EDT: 'America/New_York',
    EST: 'America/New_York',
    ET: 'America/New_York',
    CDT: 'America/Chicago',
    CST: 'America/Chicago',
    CT: 'America/Chicago',
    MDT: 'America/Denver',
    MST: 'America/Denver',
    PDT: 'America/Los_Angeles',
    PST: 'America/Los_Angeles',
    PT: 'America/Los_Angeles',
    UTC: 'UTC',
    GMT: 'UTC',
    BST: 'Europe/London',
    CET: 'Europe/Berlin',
    CEST: 'Europe/Berlin',
};
function minutes(hour, minute, meridiem) {
    let h = Number(hour) % 12;
    if (!meridiem)
        h = Number(hour);
    else if (/pm/i.test(meridiem))
        h += 12;
    return h * 60 + Number(minute ?? 0);
}
/**
 * Reads a window as people write it: "Tuesday/Wednesday 10 AM – 12 PM EDT",
 * "Mon-Thu 09:00-16:00 Europe/Berlin". A named zone abbreviation stands for the
 * region (EDT → America/New_York), so daylight saving is followed.
 */
function parseWindow(text) {
    const expected = "expected days, hours and a time zone, e.g. 'Tuesday/Wednesday 10 AM – 12 PM EDT'";
    const t = text.trim();
    const dayPart = /^([A-Za-z]+(?:\s*[/,&-]\s*[A-Za-z]+|\s+and\s+[A-Za-z]+)*)/.exec(t)?.[1];
    const hours = /(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\s*(?:–|-|—|to)\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm)?/i.exec(t);
    const zoneText = /([A-Za-z_]+\/[A-Za-z_]+|\b[A-Z]{2,4})\s*\)?\s*$/.exec(t)?.[1];
    if (!dayPart || !hours || !zoneText)
        throw new Error(`window '${text}': ${expected}`);
    const tokens = dayPart.toLowerCase().split(/\s*(?:[/,&]|\band\b)\s*/);
    const days = new Set();
    for (const token of tokens) {
        const range = token.split(/\s*-\s*/);
        const index = (name) => DAYS.findIndex((d) => name.length >= 3 && d.startsWith(name));
        if (range.length === 2) {
            const a = index(range[0]);
            const b = index(range[1]);
            if (a < 0 || b < 0)
                throw new Error(`window '${text}': unknown day in '${token}'; ${expected}`);
            for (let d = a;; d = (d + 1) % 7) {
                days.add(d);
                if (d === b)
                    break;
            }
        }
        else {
            const d = index(token);
            if (d < 0)
                throw new Error(`window '${text}': unknown day '${token}'; ${expected}`);
            days.add(d);
        }
    }
    const endMeridiem = hours[6];
    const start = minutes(hours[1], hours[2], hours[3] ?? endMeridiem);
    const end = minutes(hours[4], hours[5], endMeridiem);
    const zone = ZONES[zoneText.toUpperCase()] ?? zoneText;
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
    }
    catch {
        throw new Error(`window '${text}': unknown time zone '${zoneText}'; ${expected}`);
    }
    if (end <= start)
        throw new Error(`window '${text}': the end is not after the start; ${expected}`);
    return { text: t, days: [...days].sort(), start, end, zone };
}
function inWindow(window, at) {
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: window.zone,
        weekday: 'long',
        hour: 'numeric',
        minute: 'numeric',
        hourCycle: 'h23',
    }).formatToParts(at);
    const get = (type) => parts.find((p) => p.type === type)?.value ?? '';
    const day = DAYS.indexOf(get('weekday').toLowerCase());
    const minute = Number(get('hour')) * 60 + Number(get('minute'));
    return window.days.includes(day) && minute >= window.start && minute < window.end;
}

;// CONCATENATED MODULE: ../orr/src/evidence/checks.ts




/** Scanner names and how a workflow shows it runs them. */
const SCANNERS = {
    trufflehog: /trufflehog|trufflesecurity\//i,
    gitleaks: /gitleaks/i,
    trivy: /trivy|aquasecurity\//i,
    codeql: /codeql|github\/codeql-action/i,
    syft: /syft|anchore\/sbom-action/i,
    cosign: /cosign|sigstore\//i,
    grype: /grype|anchore\/scan-action/i,
    snyk: /snyk/i,
    semgrep: /semgrep/i,
    checkov: /checkov/i,
    'osv-scanner': /osv-scanner|google\/osv-scanner/i,
    dependabot: /dependabot/i,
    'npm-audit': /npm audit/i,
};
const SBOM_NAME = /(^|[._-])(sbom|bom)([._-].*)?\.json$|\.spdx\.json$|\.cdx\.json$|\.spdx$|cyclonedx.*\.(json|xml)$/i;
const DOCKERFILE = /^Dockerfile(\..+)?$|\.Dockerfile$/i;
const dockerfiles = (ctx) => findFiles(ctx.root, (name) => DOCKERFILE.test(name));
const workflows = (ctx) => findFiles((0,external_node_path_.join)(ctx.root, '.github', 'workflows'), (name) => /\.ya?ml$/.test(name), 1);
const needsArgs = (n, usage) => (args) => (args.length >= n ? undefined : `expected ${usage}`);
const KINDS = {
    file: {
        usage: 'file PATH [PATH…] (any one exists)',
        validate: needsArgs(1, 'at least one path'),
        async check(args, ctx) {
            for (const path of args) {
                const found = locate(ctx, path);
                if (found)
                    return pass(`${display(ctx, found)} exists`);
            }
            return fail(`${args.join(', ')} not found next to the checklist or at the repository root`);
        },
    },
    changed: {
        usage: 'changed PATH (changed in this pull request)',
        validate: needsArgs(1, 'a path'),
        async check(args, ctx) {
            if (!ctx.github)
                return skipped('needs github-token to read the pull request');
            const files = await ctx.github.changedFiles();
            if (!files)
                return skipped('not a pull request');
            const hit = files.find((f) => args.some((a) => f === a || (0,external_node_path_.basename)(f) === a));
            return hit ? pass(`${hit} changed in this pull request`) : fail(`${args.join(', ')} not changed in this pull request`);
        },
    },
    dockerfile: {
        usage: 'dockerfile [PATH]',
        validate: () => undefined,
        async check(args, ctx) {
            const paths = args.length ? args.map((a) => locate(ctx, a)).filter((p) => Boolean(p)) : dockerfiles(ctx);
            if (paths.length === 0)
                return fail(args.length ? `${args.join(', ')} not found` : 'no Dockerfile in the repository');
            const problems = paths.flatMap((p) => {
                const found = dockerfileProblems(read(p));
                return found.length ? [`${display(ctx, p)}: ${found.join('; ')}`] : [];
            });
            return problems.length
                ? fail(problems.join(' · '))
                : pass(`${paths.map((p) => display(ctx, p)).join(', ')}: multi-stage, non-root, slim or distroless, pinned`);
        },
    },
    'workflow-scanners': {
        usage: `workflow-scanners NAME… (${Object.keys(SCANNERS).join(', ')})`,
        validate: (args) => {
            if (args.length === 0)
                return 'expected at least one scanner name';
            const unknown = args.filter((a) => !SCANNERS[a.toLowerCase()]);
            return unknown.length ? `unknown scanner ${unknown.join(', ')}; expected ${Object.keys(SCANNERS).join(', ')}` : undefined;
        },
        async check(args, ctx) {
            const files = workflows(ctx);
            if (files.length === 0)
                return fail('no workflows in .github/workflows');
            const text = files.map(read).join('\n');
            const missing = args.filter((a) => !SCANNERS[a.toLowerCase()].test(text));
            return missing.length ? fail(`no workflow runs ${missing.join(', ')}`) : pass(`workflows run ${args.join(', ')}`);
        },
    },
    sbom: {
        usage: 'sbom [PATH]',
        validate: () => undefined,
        async check(args, ctx) {
            const paths = args.length
                ? args.map((a) => locate(ctx, a)).filter((p) => Boolean(p))
                : findFiles(ctx.root, (name) => SBOM_NAME.test(name));
            for (const path of paths) {
                const text = read(path);
                if (/"spdxVersion"|"bomFormat"\s*:\s*"CycloneDX"|SPDXVersion:|<bom\b/.test(text))
                    return pass(`${display(ctx, path)} is an SBOM`);
            }
            if (paths.length)
                return fail(`${paths.map((p) => display(ctx, p)).join(', ')}: not SPDX or CycloneDX`);
            if (workflows(ctx).some((w) => SCANNERS.syft.test(read(w))))
                return pass('a workflow generates the SBOM with Syft');
            return fail('no SBOM file (SPDX or CycloneDX) and no workflow that generates one');
        },
    },
    coverage: {
        usage: 'coverage PERCENT [SUMMARY-FILE]',
        validate: (args) => args[0] && Number.isFinite(Number(args[0].replace('%', ''))) ? undefined : 'expected a percentage, e.g. coverage 80',
        async check(args, ctx) {
            const min = Number(args[0].replace('%', ''));
            const candidates = args[1]
                ? [args[1]]
                : ['coverage/coverage-summary.json', 'coverage/lcov.info', 'coverage/cobertura-coverage.xml', 'coverage.xml', 'lcov.info'];
            for (const candidate of candidates) {
                const path = locate(ctx, candidate);
                if (!path)
                    continue;
                const pct = coveragePercent(read(path));
                if (pct === undefined)
                    return fail(`${display(ctx, path)}: no line coverage total in it`);
                const shown = `${Math.round(pct * 10) / 10}%`;
                return pct >= min
                    ? pass(`${display(ctx, path)}: lines ${shown} ≥ ${min}%`)
                    : fail(`${display(ctx, path)}: lines ${shown} < ${min}%`);
            }
            return fail(`no coverage summary (${candidates.join(', ')})`);
        },
    },
    'health-endpoints': {
        usage: 'health-endpoints',
        validate: () => undefined,
        async check(_args, ctx) {
            const found = [];
            for (const name of ['railway.toml', 'railway.json']) {
                const path = locate(ctx, name);
                if (path && /healthcheck_?path/i.test(read(path)))
                    found.push(`${display(ctx, path)} healthcheckPath`);
            }
            for (const path of dockerfiles(ctx)) {
                if (/^\s*HEALTHCHECK\s+(?!NONE)/im.test(read(path)))
                    found.push(`${display(ctx, path)} HEALTHCHECK`);
            }
            return found.length ? pass(found.join(', ')) : fail('no healthcheckPath in railway.toml/railway.json and no Dockerfile HEALTHCHECK');
        },
    },
    approvals: {
        usage: 'approvals N',
        validate: (args) => Number.isInteger(Number(args[0])) && Number(args[0]) > 0 ? undefined : 'expected a whole number of approvals, e.g. approvals 2',
        async check(args, ctx) {
            if (!ctx.github)
                return skipped('needs github-token to read the reviews');
            const approvers = await ctx.github.approvers();
            if (!approvers)
                return skipped('not a pull request');
            const min = Number(args[0]);
            return approvers.length >= min
                ? pass(`${approvers.length} approval(s): ${approvers.join(', ')}`)
                : fail(`${approvers.length} approval(s)${approvers.length ? ` (${approvers.join(', ')})` : ''}, ${min} required`);
        },
    },
    'checks-green': {
        usage: 'checks-green',
        validate: () => undefined,
        async check(_args, ctx) {
            if (!ctx.github)
                return skipped('needs github-token to read the checks on the commit');
            const { total, failing } = await ctx.github.failingChecks(ctx.checkName);
            if (total === 0)
                return fail('no checks or statuses on the commit');
            return failing.length ? fail(`not green: ${failing.join(', ')}`) : pass(`${total} check(s) green`);
        },
    },
    window: {
        usage: "window 'Tuesday/Wednesday 10 AM – 12 PM EDT'",
        validate: (args) => {
            try {
                parseWindow(args.join(' '));
                return undefined;
            }
            catch (error) {
                return error.message;
            }
        },
        async check(args, ctx) {
            const window = parseWindow(args.join(' '));
            return inWindow(window, ctx.now)
                ? pass(`${ctx.now.toISOString()} is inside ${window.text}`)
                : fail(`${ctx.now.toISOString()} is outside ${window.text}`);
        },
    },
};
/** What is wrong with a Dockerfile against the hardening baseline; empty when nothing is. */
function dockerfileProblems(text) {
    const lines = text.split(/\r?\n/).map((l) => l.trim());
    const froms = lines
        .filter((l) => /^FROM\s/i.test(l))
        .map((l) => l.replace(/^FROM\s+(--platform=\S+\s+)?/i, '').split(/\s+/)[0]);
    const problems = [];
    if (froms.length < 2)
        problems.push('single-stage build');
    const stageNames = new Set(lines.flatMap((l) => /^FROM\s.+\sAS\s+(\S+)/i.exec(l)?.[1]?.toLowerCase() ?? []));
    for (const image of froms) {
        if (stageNames.has(image.toLowerCase()) || image === 'scratch')
            continue;
        if (!image.includes(':') && !image.includes('@'))
            problems.push(`base image ${image} has no tag`);
        else if (/:latest$/.test(image))
            problems.push(`base image ${image} uses latest`);
    }
    const final = froms.at(-1) ?? '';
    if (!/distroless|slim|alpine|scratch|chainguard|minimal|ubi-micro/i.test(final) && !stageNames.has(final.toLowerCase())) {
        problems.push(`final base ${final || '(none)'} is neither slim nor distroless`);
    }
    const lastStage = lines.slice(lines.map((l) => /^FROM\s/i.test(l)).lastIndexOf(true));
    const user = lastStage
        .filter((l) => /^USER\s/i.test(l))
        .at(-1)
        ?.split(/\s+/)[1];
    const distrolessNonroot = /distroless.*:nonroot|:.*-nonroot/i.test(final);
    if (!distrolessNonroot && (!user || /^(root|0)(:|$)/.test(user)))
        problems.push(user ? `runs as ${user}` : 'no non-root USER in the final stage');
    return problems;
}
/** Line coverage from an istanbul json-summary, an lcov file or a Cobertura report. */
function coveragePercent(text) {
    try {
        const json = JSON.parse(text);
        if (typeof json.total?.lines?.pct === 'number')
            return json.total.lines.pct;
    }
    catch {
        // not JSON
    }
    const hit = [...text.matchAll(/^LH:(\d+)/gm)].reduce((s, m) => s + Number(m[1]), 0);
    const found = [...text.matchAll(/^LF:(\d+)/gm)].reduce((s, m) => s + Number(m[1]), 0);
    if (found > 0)
        return (hit / found) * 100;
    const rate = /<coverage[^>]*\sline-rate="([\d.]+)"/.exec(text);
    if (rate)
        return Number(rate[1]) * 100;
    return undefined;
}

;// CONCATENATED MODULE: ../orr/src/evidence/rules.ts

const scannersIn = (text) => Object.keys(SCANNERS).filter((name) => new RegExp(`\\b${name}\\b`, 'i').test(text));
/**
 * Evidence read from an item's own words, for checklists without markers. Each
 * rule is narrow on purpose: a wrong guess would fail a true claim.
 */
const RULES = [
    (t) => (/changelog(\.md)?\b.*\bupdated|updated?\b.*\bchangelog/i.test(t) ? { kind: 'changed', args: ['CHANGELOG.md'] } : undefined),
    (t) => {
        const m = /coverage\s*(?:≥|>=|at least)\s*(\d+(?:\.\d+)?)\s*%/i.exec(t);
        return m ? { kind: 'coverage', args: [m[1]] } : undefined;
    },
    (t) => (/docker\s+images?\b.*\b(multi-stage|non-root|distroless)/i.test(t) ? { kind: 'dockerfile', args: [] } : undefined),
    (t) => /\bsbom\b.*\b(generated|published|attached)|\b(generated|published)\b.*\bsbom\b/i.test(t) ? { kind: 'sbom', args: [] } : undefined,
    (t) => (/health\s*checks?\s+(implemented|configured|declared)/i.test(t) ? { kind: 'health-endpoints', args: [] } : undefined),
    (t) => {
        const m = /(\d+)\s+approvals?\b/i.exec(t);
        return m ? { kind: 'approvals', args: [m[1]] } : undefined;
    },
    (t) => (/all\s+(ci\s+)?checks\s+(passing|green)|required\s+checks\s+green/i.test(t) ? { kind: 'checks-green', args: [] } : undefined),
    (t) => {
        const m = /deployment\s+window\b.*\(([^)]*\d[^)]*)\)/i.exec(t);
        return m ? { kind: 'window', args: [m[1]] } : undefined;
    },
    (t) => {
        if (!/(secrets?\s+in\s+code|secret\s+scan|image\s+signed|security\s+vulnerabilit|scan)/i.test(t))
            return undefined;
        const names = scannersIn(t);
        return names.length ? { kind: 'workflow-scanners', args: names } : undefined;
    },
    (t) => {
        const m = /\bsee\s+`([^`]+\.(?:md|txt|ya?ml))`|\b(SECURITY\.md)\b/.exec(t);
        return m ? { kind: 'file', args: [(m[1] ?? m[2])] } : undefined;
    },
];
function ruleFor(item) {
    const text = `${item.title} (${item.details})`;
    for (const rule of RULES) {
        const spec = rule(text);
        if (spec)
            return { ...spec, from: 'rule', source: item.source };
    }
    return undefined;
}

;// CONCATENATED MODULE: ../orr/src/evidence/index.ts






/** Checks every marker before anything runs: an unknown kind is the author's mistake. */
function validateMarkers(doc) {
    for (const item of doc.categories.flatMap((c) => c.items)) {
        const spec = item.evidence;
        if (!spec)
            continue;
        const kind = KINDS[spec.kind];
        const at = `${spec.source.file}:${spec.source.line}`;
        if (!kind)
            throw new errors/* UserError */.yo(`${at}: unknown evidence kind '${spec.kind}'; expected one of ${Object.keys(KINDS).join(', ')}`);
        const problem = kind.validate(spec.args);
        if (problem)
            throw new errors/* UserError */.yo(`${at}: evidence '${spec.kind}': ${problem}; usage: ${kind.usage}`);
    }
}
/** Runs each item's evidence (its marker, else a rule matched from its words), all at once. */
async function collectEvidence(doc, ctx) {
    const items = doc.categories.flatMap((c) => c.items);
    const results = new Map();
    await Promise.all(items.map(async (item) => {
        const spec = item.evidence ?? ruleFor(item);
        if (!spec)
            return;
        const kind = KINDS[spec.kind];
        if (!kind || kind.validate(spec.args))
            return;
        try {
            results.set(item, { spec, result: await kind.check(spec.args, ctx) });
        }
        catch (error) {
            // An API that would not answer leaves the claim unproven, not false.
            results.set(item, { spec, result: { status: 'skipped', detail: `could not check: ${error.message}` } });
        }
    }));
    return results;
}

// EXTERNAL MODULE: ../core/src/dates.ts
var dates = __webpack_require__(3319);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(1532);
;// CONCATENATED MODULE: ../orr/src/model.ts
const DEFAULT_BANDS = [
    { min: 90, max: 100, label: 'Excellent' },
    { min: 80, max: 89, label: 'Good' },
    { min: 70, max: 79, label: 'Needs improvement' },
    { min: 0, max: 69, label: 'Not ready' },
];
function slug(text) {
    return text
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
}

// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(3483);
;// CONCATENATED MODULE: ../orr/src/yaml-errors.ts


/** Parses YAML and a zod schema, turning either failure into one line with the file and line. */
function parseYamlFile(text, file, schema, expected) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, prettyErrors: false });
    const lineOfOffset = (offset) => counter.linePos(offset).line;
    if (doc.errors.length) {
        const error = doc.errors[0];
        const line = error?.pos ? lineOfOffset(error.pos[0]) : 1;
        throw new errors/* UserError */.yo(`${file}:${line}: not valid YAML (${error?.message.split('\n')[0]}); expected ${expected}`);
    }
    const lineOf = (path) => {
        for (let i = path.length; i >= 0; i--) {
            const node = doc.getIn(path.slice(0, i), true);
            if (node?.range)
                return lineOfOffset(node.range[0]);
        }
        return 1;
    };
    const result = schema.safeParse(doc.toJS());
    if (!result.success) {
        const issue = result.error.issues[0];
        const path = (issue?.path ?? []);
        throw new errors/* UserError */.yo(`${file}:${lineOf(path)}: ${path.join('.') || '(root)'}: ${issue?.message}; expected ${expected}`);
    }
    return { value: result.data, lineOf };
}

;// CONCATENATED MODULE: ../orr/src/exemptions.ts




const schema = schemas/* object */.Ikc({
    exemptions: schemas/* array */.YOg(schemas/* object */.Ikc({
        item: schemas/* string */.YjP().min(1),
        reason: schemas/* string */.YjP().min(1),
        approver: schemas/* string */.YjP().min(1),
        expires: dates/* isoDate */._,
    })),
});
const EXPECTED = 'exemptions: [{ item, reason, approver, expires: YYYY-MM-DD }]';
function parseExemptions(text, file) {
    const { value, lineOf } = parseYamlFile(text, file, schema, EXPECTED);
    return value.exemptions.map((e, i) => ({ ...e, source: { file, line: lineOf(['exemptions', i]) } }));
}
/** An exemption names an item by id or by title; one that names nothing is a typo worth stopping for. */
function matchExemptions(exemptions, doc) {
    const items = doc.categories.flatMap((c) => c.items);
    const matched = new Map();
    for (const exemption of exemptions) {
        const key = slug(exemption.item);
        const item = items.find((i) => i.id === key || slug(i.title) === key);
        if (!item) {
            throw new errors/* UserError */.yo(`${exemption.source.file}:${exemption.source.line}: exemption for '${exemption.item}' matches no checklist item; expected an item title or id from ${doc.file}`);
        }
        matched.set(item, exemption);
    }
    return matched;
}
function isExpired(exemption, now) {
    return (0,dates/* isPast */.R)(exemption.expires, now);
}

;// CONCATENATED MODULE: ../orr/src/weights.ts

const STOP = new Set(['and', 'the', 'of', '&', 'a']);
function words(text) {
    return text
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w && !STOP.has(w));
}
/** "operations" and "operational" are one word to a reader: compare their first seven letters. */
function sameWord(a, b) {
    if (a === b)
        return true;
    const n = Math.min(7, a.length, b.length);
    return n >= 5 && a.slice(0, n) === b.slice(0, n);
}
/** The category a weights-table row means: every word of the row appears in the heading. */
function matchCategory(row, categories) {
    const rowWords = words(row);
    if (rowWords.length === 0)
        return [];
    return categories.filter((c) => {
        const heading = words(c.name);
        return rowWords.every((w) => heading.some((h) => sameWord(w, h)));
    });
}
/**
 * Gives each category its weight from the table, or equal shares when there is no
 * table. Weights that do not add up to 100 are read as shares of their sum, and the
 * returned warning says so: the author's proportions are clear even when the
 * arithmetic is not (the reference ORR's add up to 105%).
 */
function applyWeights(categories, rows, table) {
    if (rows.length === 0) {
        for (const c of categories)
            c.weight = 100 / categories.length;
        return undefined;
    }
    const seen = new Map();
    for (const row of rows) {
        const matches = matchCategory(row.name, categories);
        const at = `${row.source.file}:${row.source.line}`;
        if (matches.length === 0) {
            throw new errors/* UserError */.yo(`${at}: the weights row '${row.name}' names no checklist category; expected one of ${categories.map((c) => `'${c.name}'`).join(', ')}`);
        }
        if (matches.length > 1) {
            throw new errors/* UserError */.yo(`${at}: the weights row '${row.name}' matches ${matches.map((c) => `'${c.name}'`).join(' and ')}; expected a name that matches one category`);
        }
        const category = matches[0];
        if (seen.has(category))
            throw new errors/* UserError */.yo(`${at}: '${category.name}' already has a weight on line ${seen.get(category)?.source.line}`);
        seen.set(category, row);
        category.weight = row.percent;
    }
    const missing = categories.filter((c) => !seen.has(c));
    const where = table ? `${table.file}:${table.line}` : rows[0]?.source.file;
    if (missing.length) {
        throw new errors/* UserError */.yo(`${where}: the weights table has no row for ${missing.map((c) => `'${c.name}' (line ${c.source.line})`).join(', ')}; expected a weight for every category`);
    }
    const total = rows.reduce((sum, r) => sum + r.percent, 0);
    if (total <= 0)
        throw new errors/* UserError */.yo(`${where}: the category weights add up to ${total}%; expected 100%`);
    if (Math.abs(total - 100) <= 0.01)
        return undefined;
    for (const c of categories)
        c.weight = (c.weight / total) * 100;
    return `${where}: the category weights add up to ${total}%; expected 100% (scored as shares of ${total})`;
}

;// CONCATENATED MODULE: ../orr/src/markdown.ts



const ITEM = /^(\s*)[-*+]\s+\[([ xX✓✔])\]\s+(.*)$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const MARKER = /<!--\s*(evidence|critical|weight|id)\b\s*:?\s*(.*?)\s*-->/gi;
const MIN_SCORE = /minimum\s+score(?:\s+to\s+proceed)?\s*:?\**\s*:?\s*(\d+(?:\.\d+)?)\s*(?:\/\s*100)?/i;
const BAND = /^\s*[-*]\s+\*{0,2}\s*(?:<\s*(\d+)|(\d+)\s*[-–]\s*(\d+))\s*:?\s*\*{0,2}\s*:?\s*(.+)$/;
const BOX_MARKED = /(?:☑|☒|✅|✔|✓|■|\[[xX]\])\s*\**\s*/;
/** Heading text without numbering, emoji or decoration: "### 1. Code Quality ✅" → "Code Quality". */
function cleanHeading(text) {
    return text
        .replace(/<!--.*?-->/g, '')
        .replace(/[*_`]/g, '')
        .replace(/\p{Extended_Pictographic}|\uFE0F|\u200D/gu, '')
        .replace(/^\s*(?:category\s+)?\d+[.):]?\s*/i, '')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Splits evidence arguments on spaces, keeping quoted strings whole. */
function splitArgs(text) {
    return [...text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}
function cells(line) {
    return line
        .trim()
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((c) => c.trim());
}
const plain = (text) => text.replace(/[*_`]|\\/g, '').trim();
function itemFrom(match, category, source) {
    const raw = match[3];
    const item = {
        id: '',
        category: category.name,
        title: '',
        details: '',
        checked: match[2] !== ' ',
        critical: /\[critical\]|\(critical\)/i.test(raw),
        weight: 1,
        source,
    };
    applyMarkers(item, raw, source);
    const text = raw
        .replace(MARKER, '')
        .replace(/\[critical\]|\(critical\)/gi, '')
        .trim();
    const bold = /^\*\*(.+?)\*\*\s*(.*)$/.exec(text);
    if (bold) {
        item.title = bold[1].trim();
        item.details = bold[2].trim();
    }
    else {
        const paren = text.indexOf(' (');
        item.title = paren > 0 ? text.slice(0, paren) : text;
        item.details = paren > 0 ? text.slice(paren + 1) : '';
    }
    item.title = plain(item.title);
    item.details = item.details.replace(/^\((.*)\)$/, '$1').trim();
    item.id ||= slug(`${category.name} ${item.title}`);
    return item;
}
function applyMarkers(item, text, source) {
    for (const m of text.matchAll(MARKER)) {
        const kind = m[1].toLowerCase();
        const value = m[2].trim();
        if (kind === 'critical')
            item.critical = true;
        else if (kind === 'id')
            item.id = slug(value);
        else if (kind === 'weight') {
            const weight = Number(value);
            if (!(weight > 0))
                throw new errors/* UserError */.yo(`${source.file}:${source.line}: weight marker '${value}' is not a positive number; expected <!-- weight: 2 -->`);
            item.weight = weight;
        }
        else {
            const [evidenceKind, ...args] = splitArgs(value);
            if (!evidenceKind)
                throw new errors/* UserError */.yo(`${source.file}:${source.line}: empty evidence marker; expected <!-- evidence: KIND ARGS -->`);
            item.evidence = { kind: evidenceKind.toLowerCase(), args, from: 'marker', source };
        }
    }
}
function criterionStatus(cell) {
    const text = cell.replace(/\*\*/g, '');
    const go = new RegExp(`${BOX_MARKED.source}GO\\b`).test(text.replace(/NO-GO/g, ''));
    const noGo = new RegExp(`${BOX_MARKED.source}NO-GO\\b`).test(text);
    if (go && noGo)
        return 'both';
    if (go)
        return 'go';
    if (noGo)
        return 'no-go';
    return 'unmarked';
}
/**
 * Reads an ORR checklist as teams write it: `###` categories (numbered or not, with
 * or without emoji), `- [ ]`/`* [x]` items with a bold title and details, a weights
 * table, the minimum score, score bands, a Go/No-Go table and "Gap:" sections.
 */
function markdown_parseMarkdown(text, file) {
    const lines = text.split(/\r?\n/);
    const categories = [];
    const criteria = [];
    const bands = [];
    const remediations = [];
    const weightRows = [];
    let weightsTable;
    let minScore;
    let title = '';
    let heading;
    let category;
    let gap;
    let lastItem;
    let fenced = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const number = i + 1;
        if (/^\s*(```|~~~)/.test(line)) {
            fenced = !fenced;
            continue;
        }
        if (fenced)
            continue;
        const h = HEADING.exec(line);
        if (h) {
            const text = cleanHeading(h[2]);
            if (!title && h[1].length === 1)
                title = text;
            heading = { text, line: number };
            category = undefined;
            lastItem = undefined;
            const g = /^gap\s*:\s*(.+)$/i.exec(text);
            gap = g ? { gap: g[1].trim(), remediation: '', source: { file, line: number } } : undefined;
            if (gap)
                remediations.push(gap);
            continue;
        }
        const item = ITEM.exec(line);
        if (item) {
            if (!category) {
                const name = heading?.text || 'Checklist';
                category = categories.find((c) => c.name === name);
                if (!category) {
                    category = { name, weight: 0, items: [], source: { file, line: heading?.line ?? number } };
                    categories.push(category);
                }
            }
            lastItem = itemFrom(item, category, { file, line: number });
            category.items.push(lastItem);
            continue;
        }
        // Markers and nested bullets below an item belong to it.
        if (lastItem && /^\s+\S/.test(line)) {
            applyMarkers(lastItem, line, { file, line: number });
            const detail = line
                .replace(MARKER, '')
                .replace(/^\s*[-*+]\s*/, '')
                .trim();
            if (detail)
                lastItem.details = [lastItem.details, detail].filter(Boolean).join('; ');
            continue;
        }
        if (line.trim() === '')
            continue;
        lastItem = undefined;
        if (/^\s*\|/.test(line) && /^\s*\|?\s*:?-{3,}/.test(lines[i + 1] ?? '')) {
            const table = { header: cells(line).map((c) => plain(c).toLowerCase()), rows: [], line: number };
            i += 2;
            while (i < lines.length && /^\s*\|/.test(lines[i])) {
                table.rows.push({ cells: cells(lines[i]), line: i + 1 });
                i++;
            }
            i--;
            readTable(table);
            continue;
        }
        const min = MIN_SCORE.exec(line);
        if (min && minScore === undefined)
            minScore = Number(min[1]);
        const band = BAND.exec(line);
        if (band) {
            const label = plain(band[4])
                .split(/\s+[-–—]\s+/)[0]
                ?.trim() ?? '';
            if (band[1])
                bands.push({ min: 0, max: Number(band[1]) - 1, label });
            else
                bands.push({ min: Number(band[2]), max: Number(band[3]), label });
        }
        if (gap) {
            const field = /^\s*\*\*(risk|remediation|timeline)\s*:?\*\*\s*:?\s*(.+)$/i.exec(line);
            if (field) {
                const key = field[1].toLowerCase();
                gap[key] = plain(field[2]);
            }
        }
    }
    function readTable(table) {
        const nameCol = table.header.findIndex((h) => h === 'category' || h === 'categories');
        const weightCol = table.header.findIndex((h) => h.startsWith('weight'));
        if (nameCol >= 0 && weightCol >= 0) {
            weightsTable = { file, line: table.line };
            for (const row of table.rows) {
                const name = plain(row.cells[nameCol] ?? '');
                if (!name || /^total$/i.test(name))
                    continue;
                const percent = Number.parseFloat(plain(row.cells[weightCol] ?? '').replace('%', ''));
                if (!Number.isFinite(percent)) {
                    throw new errors/* UserError */.yo(`${file}:${row.line}: the weight of '${name}' is '${row.cells[weightCol]}'; expected a percentage such as 15%`);
                }
                weightRows.push({ name, percent, source: { file, line: row.line } });
            }
            return;
        }
        const critCol = table.header.findIndex((h) => h.startsWith('criteri'));
        const statusCol = table.header.findIndex((h) => h === 'status' || h === 'decision');
        if (critCol >= 0 && statusCol >= 0) {
            const notesCol = table.header.findIndex((h) => h.startsWith('note'));
            for (const row of table.rows) {
                criteria.push({
                    name: plain(row.cells[critCol] ?? ''),
                    status: criterionStatus(row.cells[statusCol] ?? ''),
                    notes: notesCol >= 0 ? plain(row.cells[notesCol] ?? '') : '',
                    source: { file, line: row.line },
                });
            }
        }
    }
    if (categories.length === 0 || categories.every((c) => c.items.length === 0)) {
        throw new errors/* UserError */.yo(`${file}: no checklist items found; expected '- [ ] **Item** (details)' lines under category headings`);
    }
    const warning = applyWeights(categories, weightRows, weightsTable);
    return {
        file,
        title: title || 'Operational Readiness Review',
        categories,
        criteria,
        minScore,
        bands: bands.length ? bands : DEFAULT_BANDS,
        remediations,
        warnings: warning ? [warning] : [],
    };
}

;// CONCATENATED MODULE: ../orr/src/score.ts

const round = (n) => Math.round(n * 100) / 100;
const score_STOP = new Set([
    'the',
    'and',
    'not',
    'has',
    'have',
    'with',
    'for',
    'are',
    'all',
    'any',
    'run',
    'see',
    'done',
    'missing',
    'incomplete',
    'configured',
]);
function stems(text) {
    return new Set(text
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 2 && !score_STOP.has(w))
        .map((w) => w.slice(0, 5)));
}
/** The "Gap:" section that speaks of an item: the most words in common, one at least. */
function remediationFor(item, remediations) {
    const mine = stems(`${item.title} ${item.details}`);
    let best;
    let bestScore = 0;
    for (const r of remediations) {
        const shared = [...stems(r.gap)].filter((s) => mine.has(s)).length;
        if (shared > bestScore) {
            best = r;
            bestScore = shared;
        }
    }
    return best;
}
function bandOf(score, bands) {
    const whole = Math.floor(score);
    return bands.find((b) => whole >= b.min && whole <= b.max)?.label ?? '';
}
function criterionDecision(c, score) {
    const threshold = /score\s*(?:≥|>=|at least)\s*(\d+(?:\.\d+)?)/i.exec(c.name);
    if (threshold) {
        const min = Number(threshold[1]);
        // The gate computes this one itself: a box ticked by hand proves nothing.
        return score >= min
            ? { name: c.name, decision: 'go', reason: `score ${round(score)} ≥ ${min}`, source: c.source }
            : { name: c.name, decision: 'no-go', reason: `score ${round(score)} < ${min}`, source: c.source };
    }
    switch (c.status) {
        case 'go':
            return { name: c.name, decision: 'go', reason: 'marked GO', source: c.source };
        case 'no-go':
            return { name: c.name, decision: 'no-go', reason: 'marked NO-GO', source: c.source };
        case 'both':
            return { name: c.name, decision: 'no-go', reason: 'both GO and NO-GO are marked', source: c.source };
        default:
            return { name: c.name, decision: 'no-go', reason: 'neither GO nor NO-GO is marked', source: c.source };
    }
}
/**
 * Per category, met items over all items (by item weight) times the category's
 * weight; an item is met when ticked and not disproved by its evidence, or exempt
 * and not expired. Go needs the score, every criterion GO and no critical gap.
 */
function score_score(input) {
    const { doc } = input;
    const items = [];
    let exactTotal = 0;
    const categories = doc.categories.map((category) => {
        const totalWeight = category.items.reduce((s, i) => s + i.weight, 0);
        let earned = 0;
        let met = 0;
        for (const item of category.items) {
            const points = (item.weight / totalWeight) * category.weight;
            const ev = input.evidence.get(item);
            const exemption = input.exemptions.get(item);
            const expired = exemption ? isExpired(exemption, input.now) : false;
            let state;
            if (exemption && !expired)
                state = 'exempt';
            else if (item.checked && ev?.result.status === 'fail')
                state = 'claimed-not-evidenced';
            else if (item.checked)
                state = 'met';
            else if (exemption && expired)
                state = 'exemption-expired';
            else
                state = 'unchecked';
            if (state === 'met' || state === 'exempt') {
                earned += points;
                met++;
            }
            const remediation = state === 'met' || state === 'exempt' ? undefined : remediationFor(item, doc.remediations);
            items.push({
                id: item.id,
                title: item.title,
                category: category.name,
                checked: item.checked,
                critical: item.critical,
                state,
                points: round(points),
                ...(ev ? { evidence: { kind: ev.spec.kind, from: ev.spec.from, status: ev.result.status, detail: ev.result.detail } } : {}),
                ...(exemption
                    ? { exemption: { reason: exemption.reason, approver: exemption.approver, expires: exemption.expires, expired } }
                    : {}),
                suggested: !item.checked && ev?.result.status === 'pass',
                ...(remediation ? { remediation: remediation.remediation } : {}),
                source: item.source,
            });
        }
        exactTotal += earned;
        return { name: category.name, weight: round(category.weight), met, total: category.items.length, points: round(earned) };
    });
    // Rounded once, from the exact points, so the total matches a hand computation.
    const total = exactTotal;
    const criteria = doc.criteria.map((c) => criterionDecision(c, total));
    const reasons = [];
    if (total < input.minScore)
        reasons.push(`score ${round(total)} is below the minimum ${input.minScore}`);
    for (const c of criteria.filter((x) => x.decision === 'no-go'))
        reasons.push(`${c.name}: ${c.reason}`);
    for (const item of items.filter((i) => i.critical && i.state !== 'met' && i.state !== 'exempt'))
        reasons.push(`critical item not met: ${item.title}`);
    return {
        file: doc.file,
        title: doc.title,
        score: round(total),
        minScore: input.minScore,
        band: bandOf(total, doc.bands),
        decision: reasons.length ? 'no-go' : 'go',
        reasons,
        categories,
        items,
        criteria,
        evidence: input.evidenceChecked,
        warnings: doc.warnings,
    };
}

;// CONCATENATED MODULE: ../orr/src/yaml-form.ts





const yaml_form_schema = schemas/* object */.Ikc({
    title: schemas/* string */.YjP().optional(),
    minScore: schemas/* number */.aig().min(0).max(100).optional(),
    categories: schemas/* array */.YOg(schemas/* object */.Ikc({
        name: schemas/* string */.YjP().min(1),
        weight: schemas/* number */.aig().min(0).max(100).optional(),
        items: schemas/* array */.YOg(schemas/* object */.Ikc({
            title: schemas/* string */.YjP().min(1),
            id: schemas/* string */.YjP().optional(),
            details: schemas/* string */.YjP().default(''),
            done: schemas/* boolean */.zMY().default(false),
            critical: schemas/* boolean */.zMY().default(false),
            weight: schemas/* number */.aig().positive().default(1),
            evidence: schemas/* string */.YjP().optional(),
        }))
            .min(1),
    }))
        .min(1),
    criteria: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP().min(1), status: schemas/* enum */.k5n(['go', 'no-go', 'unmarked']).default('unmarked'), notes: schemas/* string */.YjP().default('') }))
        .default([]),
    remediations: schemas/* array */.YOg(schemas/* object */.Ikc({ gap: schemas/* string */.YjP(), remediation: schemas/* string */.YjP(), risk: schemas/* string */.YjP().optional(), timeline: schemas/* string */.YjP().optional() }))
        .default([]),
});
const yaml_form_EXPECTED = 'categories: [{ name, weight, items: [{ title, done, critical, evidence }] }]';
/** The same model as the Markdown checklist, for teams that keep it as `.golive/orr.yml`. */
function yaml_form_parseYamlChecklist(text, file) {
    const { value, lineOf } = parseYamlFile(text, file, yaml_form_schema, yaml_form_EXPECTED);
    const categories = value.categories.map((c, ci) => ({
        name: c.name,
        weight: 0,
        source: { file, line: lineOf(['categories', ci]) },
        items: c.items.map((item, ii) => {
            const source = { file, line: lineOf(['categories', ci, 'items', ii]) };
            const [kind, ...args] = item.evidence ? splitArgs(item.evidence) : [];
            const evidence = kind ? { kind: kind.toLowerCase(), args, from: 'marker', source } : undefined;
            return {
                id: slug(item.id ?? `${c.name} ${item.title}`),
                category: c.name,
                title: item.title,
                details: item.details,
                checked: item.done,
                critical: item.critical,
                weight: item.weight,
                evidence,
                source,
            };
        }),
    }));
    const weighted = value.categories.filter((c) => c.weight !== undefined);
    const warning = applyWeights(categories, weighted.map((c) => ({
        name: c.name,
        percent: c.weight,
        source: { file, line: lineOf(['categories', value.categories.indexOf(c), 'weight']) },
    })), weighted.length ? { file, line: lineOf(['categories']) } : undefined);
    return {
        file,
        title: value.title ?? 'Operational Readiness Review',
        categories,
        criteria: value.criteria.map((c, i) => ({ ...c, source: { file, line: lineOf(['criteria', i]) } })),
        minScore: value.minScore,
        bands: DEFAULT_BANDS,
        remediations: value.remediations.map((r, i) => ({ ...r, source: { file, line: lineOf(['remediations', i]) } })),
        warnings: warning ? [warning] : [],
    };
}

;// CONCATENATED MODULE: ../orr/src/evaluate.ts








function readText(path, what, expected) {
    if (!(0,external_node_fs_.existsSync)(path))
        throw new errors/* UserError */.yo(`${what} ${path}: file not found; expected ${expected}`);
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${what} ${path}: cannot be read (${error.code}); expected ${expected}`);
    }
}
/** Parses a checklist, Markdown or YAML by its extension. */
function loadChecklist(root, checklist) {
    const path = (0,external_node_path_.resolve)(root, checklist);
    const text = readText(path, 'checklist', 'an ORR checklist in Markdown or YAML');
    return /\.ya?ml$/i.test((0,external_node_path_.extname)(path)) ? yaml_form_parseYamlChecklist(text, checklist) : markdown_parseMarkdown(text, checklist);
}
/** The whole review: parse, check markers, run evidence, apply exemptions, score and decide. */
async function evaluateOrr(options) {
    const doc = loadChecklist(options.root, options.checklist);
    validateMarkers(doc);
    let exemptions = new Map();
    if (options.exemptions) {
        const path = (0,external_node_path_.resolve)(options.root, options.exemptions.path);
        if (options.exemptions.required || (0,external_node_fs_.existsSync)(path)) {
            const text = readText(path, 'exemptions', 'a YAML list of exemptions');
            exemptions = matchExemptions(parseExemptions(text, options.exemptions.path), doc);
        }
    }
    const evidence = options.evidence
        ? await collectEvidence(doc, {
            root: options.root,
            checklistDir: (0,external_node_path_.dirname)((0,external_node_path_.resolve)(options.root, options.checklist)),
            now: options.now,
            github: options.github,
            checkName: options.checkName,
        })
        : new Map();
    return score_score({
        doc,
        minScore: options.minScore ?? doc.minScore ?? 80,
        evidence,
        evidenceChecked: options.evidence,
        exemptions,
        now: options.now,
    });
}
/** The score a checklist text claims, without evidence: the base branch's, for comparison. */
function documentScore(text, file, minScore) {
    const doc = /\.ya?ml$/i.test(extname(file)) ? parseYamlChecklist(text, file) : parseMarkdown(text, file);
    return score({
        doc,
        minScore: minScore ?? doc.minScore ?? 80,
        evidence: new Map(),
        evidenceChecked: false,
        exemptions: new Map(),
        now: new Date(),
    }).score;
}

;// CONCATENATED MODULE: ../orr/src/summary.ts

const fmt = (n) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
/** "ORR 84/100 — GO": the check run's title and the summary's first words. */
function orrTitle(report) {
    return `ORR ${fmt(report.score)}/100 — ${report.decision === 'go' ? 'GO' : 'NO-GO'}`;
}
/** What is left to do, the items that would add the most points first. */
function gaps(report) {
    return report.items
        .filter((i) => i.state !== 'met' && i.state !== 'exempt')
        .sort((a, b) => b.points - a.points || Number(b.critical) - Number(a.critical));
}
const STATE = {
    met: 'met',
    exempt: 'exempt',
    unchecked: 'unchecked',
    'claimed-not-evidenced': 'claimed, not evidenced',
    'exemption-expired': 'exemption expired',
};
/** The job summary and the check run's text: decision first, then categories, gaps and detail. */
function orrSummary(report, base) {
    const delta = base
        ? ` (${report.score - base.score >= 0 ? '+' : ''}${fmt(Math.round((report.score - base.score) * 100) / 100)} against ${base.ref})`
        : '';
    const summary = new Summary().verdict(report.decision === 'go' ? 'pass' : 'fail', `${orrTitle(report)}${delta} · ${report.band} · minimum ${report.minScore}`);
    if (report.reasons.length)
        summary.list(report.reasons);
    if (report.warnings.length)
        summary.list(report.warnings.map((w) => `⚠️ ${w}`));
    summary.table(['Category', 'Weight', 'Met', 'Points'], report.categories.map((c) => [c.name, `${fmt(c.weight)}%`, `${c.met}/${c.total}`, `${fmt(c.points)} / ${fmt(c.weight)}`]));
    const open = gaps(report);
    if (open.length) {
        summary.heading('Gaps, by points they would add');
        summary.table(['Item', 'Category', '+Points', 'State', 'Remediation'], open
            .slice(0, 25)
            .map((i) => [
            `${i.critical ? '🔴 ' : ''}${i.title}`,
            i.category,
            fmt(i.points),
            STATE[i.state] + (i.evidence?.status === 'fail' ? `: ${i.evidence.detail}` : ''),
            i.remediation ?? '',
        ]));
        if (open.length > 25)
            summary.paragraph(`…and ${open.length - 25} more in the report.`);
    }
    const suggested = report.items.filter((i) => i.suggested);
    if (suggested.length)
        summary.details(`Evidenced but unchecked (${suggested.length}): tick them`, suggested.map((i) => `- ${i.title}: ${i.evidence?.detail}`).join('\n'));
    if (report.criteria.length) {
        summary.details('Go/No-Go criteria', new Summary().table(['Criterion', 'Decision', 'Why'], report.criteria.map((c) => [c.name, c.decision.toUpperCase(), c.reason])));
    }
    const checked = report.items.filter((i) => i.evidence);
    if (checked.length) {
        summary.details(`Evidence (${checked.length} items)`, new Summary().table(['Item', 'Check', 'Result'], checked.map((i) => [i.title, `${i.evidence?.kind} (${i.evidence?.from})`, `${i.evidence?.status}: ${i.evidence?.detail}`])));
    }
    else if (!report.evidence) {
        summary.paragraph('Evidence checks were turned off: the score is what the checklist claims.');
    }
    summary.mermaid([
        'xychart-beta',
        '  title "Points by category"',
        `  x-axis [${report.categories.map((c) => JSON.stringify(c.name.slice(0, 18))).join(', ')}]`,
        `  y-axis "points" 0 --> ${Math.ceil(Math.max(...report.categories.map((c) => c.weight), 1))}`,
        `  bar [${report.categories.map((c) => fmt(c.weight)).join(', ')}]`,
        `  bar [${report.categories.map((c) => fmt(c.points)).join(', ')}]`,
    ].join('\n'));
    return summary;
}
/** The same report for a terminal. */
function orrText(report) {
    const lines = [`${orrTitle(report)} · ${report.band} · minimum ${report.minScore} · ${report.file}`];
    for (const reason of report.reasons)
        lines.push(`  ✖ ${reason}`);
    for (const warning of report.warnings)
        lines.push(`  ⚠ ${warning}`);
    lines.push('');
    const width = Math.max(...report.categories.map((c) => c.name.length));
    for (const c of report.categories)
        lines.push(`  ${c.name.padEnd(width)}  ${`${c.met}/${c.total}`.padStart(5)}  ${fmt(c.points).padStart(5)} / ${fmt(c.weight)}`);
    const open = gaps(report);
    if (open.length) {
        lines.push('', 'Gaps, by points they would add:');
        for (const i of open.slice(0, 15)) {
            const note = i.evidence?.status === 'fail' ? ` — ${i.evidence.detail}` : '';
            lines.push(`  +${fmt(i.points)}  ${i.critical ? '[critical] ' : ''}${i.title} (${STATE[i.state]}${note}) ${i.source.file}:${i.source.line}`);
        }
        if (open.length > 15)
            lines.push(`  …and ${open.length - 15} more`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ../orr/src/index.ts













/***/ })

};

//# sourceMappingURL=289.index.js.map