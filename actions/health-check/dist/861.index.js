export const id = 861;
export const ids = [861];
export const modules = {

/***/ 4861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkHealth: () => (/* reexport */ checkHealth),
  healthSummary: () => (/* reexport */ healthSummary)
});

// UNUSED EXPORTS: checkSecurityHeaders, healthInputs, healthOptions, parseExpectStatus, percentile, probeUrl

// EXTERNAL MODULE: ../../packages/core/src/duration.ts
var duration = __webpack_require__(8283);
// EXTERNAL MODULE: ../../packages/core/src/log.ts
var log = __webpack_require__(9189);
// EXTERNAL MODULE: ../../packages/core/src/sleep.ts
var sleep = __webpack_require__(5240);
;// CONCATENATED MODULE: ../../packages/core/src/wait-for.ts



/**
 * golive's one polling helper: probe until done or the deadline passes, logging
 * what it waits for, the time elapsed and the last state whenever the state
 * changes and at least every 15 s. It returns rather than throws on time-out, so
 * the caller decides how a time-out reads.
 */
async function waitFor(probe, options) {
    const started = Date.now();
    const deadline = started + options.deadlineMs;
    const factor = options.factor ?? 1.5;
    const maxInterval = options.maxIntervalMs ?? Math.max(options.intervalMs, 30_000);
    const progressEvery = options.progressEveryMs ?? 15_000;
    let interval = options.intervalMs;
    let lastLogged = started;
    let lastState;
    for (let probes = 1;; probes++) {
        const result = await probe();
        const now = Date.now();
        const elapsedMs = now - started;
        if (result.done || now >= deadline) {
            return { ...result, elapsedMs, probes };
        }
        if (result.state !== lastState || now - lastLogged >= progressEvery) {
            log/* log */.Rm.info(`waiting for ${options.what}: ${(0,duration/* formatDuration */.a)(elapsedMs)} elapsed, last: ${result.state}`);
            lastLogged = now;
            lastState = result.state;
        }
        await (0,sleep/* sleep */.y)(Math.max(0, Math.min(interval, deadline - now, progressEvery)), options.signal);
        interval = Math.min(maxInterval, interval * factor);
    }
}

;// CONCATENATED MODULE: ../../packages/health/src/percentile.ts
/**
 * Nearest-rank percentile: the smallest sample with at least p % of the samples
 * at or below it. With few samples p95 is the slowest one, which is the honest
 * answer for a latency gate.
 */
function percentile(values, p) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[rank - 1];
}

// EXTERNAL MODULE: ../../packages/core/src/http.ts + 1 modules
var http = __webpack_require__(6332);
;// CONCATENATED MODULE: ../../packages/health/src/probe.ts

/** One GET, judged against the expected status and body. Never throws for the network. */
async function probeUrl(url, options) {
    try {
        const res = await (0,http/* request */.Em)({
            url,
            headers: { 'user-agent': 'golive-health-check', ...options.headers },
            timeoutMs: options.timeoutMs,
            deadlineMs: options.timeoutMs,
            // The caller polls; a retry here would hide flapping and skew latency.
            retry: 'never',
            what: 'GET',
        });
        const base = { status: res.status, ms: Math.round(res.ms), headers: res.headers };
        if (!options.expectStatus.matches(res.status)) {
            return { ...base, ok: false, reason: `status ${res.status}, expected ${options.expectStatus.text}` };
        }
        if (options.expectBody && !options.expectBody.test(res.body)) {
            return { ...base, ok: false, reason: `body does not match /${options.expectBody.source}/` };
        }
        return { ...base, ok: true };
    }
    catch (error) {
        if (error instanceof http/* HttpError */.j$)
            return { ok: false, reason: error.message.replace(/^GET to /, '') };
        throw error;
    }
}

;// CONCATENATED MODULE: ../../packages/health/src/security-headers.ts
/**
 * The baseline a production web front should send: HSTS on https, a
 * Content-Security-Policy, framing protection (X-Frame-Options or CSP
 * frame-ancestors) and `X-Content-Type-Options: nosniff`.
 */
function checkSecurityHeaders(url, headers) {
    const findings = [];
    if (new URL(url).protocol === 'https:') {
        const hsts = headers.get('strict-transport-security');
        const maxAge = hsts ? /max-age\s*=\s*"?(\d+)/i.exec(hsts) : null;
        if (!hsts)
            findings.push({ header: 'Strict-Transport-Security', problem: 'missing' });
        else if (!maxAge || Number(maxAge[1]) <= 0) {
            findings.push({ header: 'Strict-Transport-Security', problem: `has no positive max-age: '${hsts}'` });
        }
    }
    const csp = headers.get('content-security-policy');
    if (!csp)
        findings.push({ header: 'Content-Security-Policy', problem: 'missing' });
    const frameOptions = headers.get('x-frame-options')?.trim().toUpperCase();
    const frameAncestors = csp ? /(^|;)\s*frame-ancestors\s/i.test(csp) : false;
    if (!frameAncestors) {
        if (!frameOptions) {
            findings.push({ header: 'X-Frame-Options', problem: 'missing (and no CSP frame-ancestors)' });
        }
        else if (frameOptions !== 'DENY' && frameOptions !== 'SAMEORIGIN') {
            findings.push({ header: 'X-Frame-Options', problem: `is '${frameOptions}', expected DENY or SAMEORIGIN` });
        }
    }
    const nosniff = headers.get('x-content-type-options');
    if (!nosniff)
        findings.push({ header: 'X-Content-Type-Options', problem: 'missing' });
    else if (nosniff.trim().toLowerCase() !== 'nosniff') {
        findings.push({ header: 'X-Content-Type-Options', problem: `is '${nosniff}', expected nosniff` });
    }
    return findings;
}

;// CONCATENATED MODULE: ../../packages/health/src/check-health.ts




/** Probes every URL at once; each keeps trying until healthy or its wait runs out. */
async function checkHealth(options) {
    const urls = await Promise.all(options.urls.map((url) => checkUrl(url, options)));
    const p95s = urls.map((u) => u.p95Ms).filter((v) => v !== undefined);
    return {
        healthy: urls.every((u) => u.healthy),
        p95Ms: p95s.length ? Math.max(...p95s) : undefined,
        urls,
    };
}
async function checkUrl(url, options) {
    const probeOptions = {
        expectStatus: options.expectStatus,
        expectBody: options.expectBody,
        headers: options.headers,
        timeoutMs: options.timeoutMs,
    };
    const waited = await waitFor(async () => {
        const probe = await probeUrl(url, probeOptions);
        return { done: probe.ok, value: probe, state: probe.ok ? `status ${probe.status}` : (probe.reason ?? 'failed') };
    }, { what: `${url} to be healthy`, deadlineMs: options.waitMs, intervalMs: options.intervalMs, factor: 1 });
    const first = waited.value;
    const report = {
        url,
        healthy: false,
        problems: [],
        status: first.status,
        probes: waited.probes,
        waitedMs: waited.elapsedMs,
        samples: 0,
        failedSamples: 0,
    };
    if (!first.ok) {
        report.problems.push(`not healthy after ${(0,duration/* formatDuration */.a)(waited.elapsedMs)} (${waited.probes} probes): ${first.reason}`);
        return report;
    }
    log/* log */.Rm.info(`${url} is healthy (status ${first.status}) after ${(0,duration/* formatDuration */.a)(waited.elapsedMs)}`);
    // Sequential on purpose: concurrent samples would measure our own contention.
    const latencies = [first.ms ?? 0];
    const failures = [];
    for (let i = 0; i < options.samples; i++) {
        const sample = await probeUrl(url, probeOptions);
        if (sample.ms !== undefined)
            latencies.push(sample.ms);
        if (!sample.ok)
            failures.push(sample.reason ?? 'failed');
    }
    report.samples = options.samples;
    report.failedSamples = failures.length;
    report.p50Ms = percentile(latencies, 50);
    report.p95Ms = percentile(latencies, 95);
    report.maxMs = Math.max(...latencies);
    if (failures.length) {
        const distinct = [...new Set(failures)].slice(0, 3).join('; ');
        report.problems.push(`${failures.length} of ${options.samples} samples failed after the first success: ${distinct}`);
    }
    if (options.maxP95Ms !== undefined && (report.p95Ms ?? 0) > options.maxP95Ms) {
        report.problems.push(`p95 latency ${report.p95Ms} ms is over the limit of ${options.maxP95Ms} ms`);
    }
    if (options.securityHeaders && first.headers) {
        report.headerFindings = checkSecurityHeaders(url, first.headers);
        for (const finding of report.headerFindings)
            report.problems.push(`${finding.header} ${finding.problem}`);
    }
    report.healthy = report.problems.length === 0;
    return report;
}

// EXTERNAL MODULE: ../../packages/core/src/summary.ts
var src_summary = __webpack_require__(4195);
;// CONCATENATED MODULE: ../../packages/health/src/health-summary.ts

const ms = (value) => (value === undefined ? '—' : `${value} ms`);
/** The job summary and the CLI's report share this one rendering. */
function healthSummary(report) {
    const healthyCount = report.urls.filter((u) => u.healthy).length;
    const summary = new src_summary/* Summary */.B().verdict(report.healthy ? 'pass' : 'fail', report.healthy
        ? `Healthy: ${healthyCount} of ${report.urls.length} URLs`
        : `Not healthy: ${report.urls.length - healthyCount} of ${report.urls.length} URLs failed`);
    summary.table(['URL', 'Result', 'Status', 'p50', 'p95', 'Headers', 'Detail'], report.urls.map((u) => [
        u.url,
        u.healthy ? '✅ healthy' : '❌ unhealthy',
        u.status ?? '—',
        ms(u.p50Ms),
        ms(u.p95Ms),
        headerCell(u.headerFindings),
        u.problems.join('; ') || `${u.samples} samples, ${u.probes} probe(s)`,
    ]));
    summary.details('Report (JSON)', `\`\`\`json\n${JSON.stringify(report.urls, null, 2)}\n\`\`\``);
    return summary;
}
function headerCell(findings) {
    if (!findings)
        return 'not checked';
    return findings.length ? findings.map((f) => `${f.header} ${f.problem}`).join('; ') : 'ok';
}

;// CONCATENATED MODULE: ../../packages/health/src/index.ts









/***/ })

};

//# sourceMappingURL=861.index.js.map