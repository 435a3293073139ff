export const id = 548;
export const ids = [548];
export const modules = {

/***/ 8548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadSandboxConfig: () => (/* reexport */ loadSandboxConfig),
  parseSandboxConfig: () => (/* reexport */ parseSandboxConfig),
  startSandbox: () => (/* reexport */ startSandbox)
});

// UNUSED EXPORTS: CallLog, Faults, Fleet, Versions, appBehaviourSchema, builtInVersions, findPrometheus, generateTraffic, railwaySdl, sandboxConfigSchema, startPrometheus, startProxy, startSampleApp, versionOfImage

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ../core/src/errors.ts
var errors = __webpack_require__(319);
// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(3483);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(1532);
;// CONCATENATED MODULE: ../sandbox/src/app/behaviour.ts

/** How one version of the sample app behaves; every field has a healthy default. */
const appBehaviourSchema = schemas/* object */.Ikc({
    /** Share of /api and page requests answered 500, from 0 to 1. */
    errorRate: schemas/* number */.aig().min(0).max(1).default(0),
    /** Added latency per request: a uniform draw in [latencyMs - jitter, latencyMs + jitter]. */
    latencyMs: schemas/* number */.aig().min(0).default(5),
    latencyJitterMs: schemas/* number */.aig().min(0).default(3),
    /** Health endpoints answer 503 for this long after start. */
    slowStartMs: schemas/* number */.aig().min(0).default(0),
    /** The process dies this long after start. */
    crashAfterMs: schemas/* number */.aig().min(0).optional(),
    /** False: the health endpoints never answer 200. */
    healthy: schemas/* boolean */.zMY().default(true),
    /** False: no CSP, framing, nosniff or HSTS headers. */
    securityHeaders: schemas/* boolean */.zMY().default(true),
});
/** The versions every sandbox knows: blue and green are healthy; the rest show one failure each. */
const builtInVersions = {
    blue: {},
    green: {},
    slow: { latencyMs: 400, latencyJitterMs: 100 },
    errors: { errorRate: 0.3 },
    broken: { healthy: false },
    crashing: { crashAfterMs: 1500 },
    'slow-start': { slowStartMs: 3000 },
    insecure: { securityHeaders: false },
};

;// CONCATENATED MODULE: ../sandbox/src/faults.ts




/** A fault on an API call: by API and operation (a GraphQL field, or `METHOD /path`). */
const requestFaultSchema = schemas/* object */.Ikc({
    api: schemas/* enum */.k5n(['railway', 'vercel', 'github']),
    /** Railway: a root field such as `serviceInstanceDeployV2`; REST: `POST /v13/deployments` or a path prefix `/v2/files`. */
    match: schemas/* string */.YjP().min(1),
    status: schemas/* number */.aig().int().min(100).max(599).optional(),
    /** Seconds, sent as Retry-After with the status. */
    retryAfter: schemas/* number */.aig().min(0).optional(),
    latencyMs: schemas/* number */.aig().min(0).optional(),
    /** Never answer (the client's time-out must fire). */
    hang: schemas/* boolean */.zMY().optional(),
    /** Close the connection without an answer. */
    reset: schemas/* boolean */.zMY().optional(),
    /** Answer 200 with a body that is not the JSON the client expects. */
    malformed: schemas/* boolean */.zMY().optional(),
    /** Fail this many times, then behave; unlimited when absent. */
    times: schemas/* number */.aig().int().min(1).optional(),
});
/** A fault on what a deployment does once created. */
const deploymentFaultSchema = schemas/* object */.Ikc({
    platform: schemas/* enum */.k5n(['railway', 'vercel']),
    /** Railway service or Vercel project name. */
    service: schemas/* string */.YjP().min(1),
    kind: schemas/* enum */.k5n(['build-failure', 'crash-after-start', 'never-healthy']),
    times: schemas/* number */.aig().int().min(1).optional(),
});
const faultPlanSchema = schemas/* object */.Ikc({
    requests: schemas/* array */.YOg(requestFaultSchema).default([]),
    deployments: schemas/* array */.YOg(deploymentFaultSchema).default([]),
});
/** The faults in force; each one with `times` is used up as it fires. */
class Faults {
    requests = [];
    deployments = [];
    load(plan) {
        const parsed = faultPlanSchema.parse(plan);
        this.requests.push(...parsed.requests);
        this.deployments.push(...parsed.deployments);
    }
    /** Reads a plan from a YAML or JSON file; a bad one is a UserError naming the file. */
    loadFile(path) {
        let plan;
        try {
            plan = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(path, 'utf8'));
        }
        catch (error) {
            throw new errors/* UserError */.yo(`fault plan ${path}: ${error.message.split('\n')[0]}`);
        }
        const result = faultPlanSchema.safeParse(plan);
        if (!result.success) {
            const issue = result.error.issues[0];
            throw new errors/* UserError */.yo(`fault plan ${path}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
        }
        this.load(result.data);
    }
    clear() {
        this.requests = [];
        this.deployments = [];
    }
    list() {
        return { requests: [...this.requests], deployments: [...this.deployments] };
    }
    /** The fault for this call, if any, counting it as fired. */
    takeRequest(api, operation) {
        const fault = this.requests.find((f) => f.api === api && matches(f.match, operation));
        if (fault)
            this.use(this.requests, fault);
        return fault;
    }
    takeDeployment(platform, service) {
        const fault = this.deployments.find((f) => f.platform === platform && f.service === service);
        if (fault)
            this.use(this.deployments, fault);
        return fault;
    }
    use(list, fault) {
        if (fault.times === undefined)
            return;
        fault.times -= 1;
        if (fault.times <= 0)
            list.splice(list.indexOf(fault), 1);
    }
}
/** `POST /v13/deployments` matches exactly or as a prefix; a bare path matches any method. */
function matches(pattern, operation) {
    if (pattern === operation)
        return true;
    const [method, path] = operation.includes(' ') ? operation.split(' ', 2) : ['', operation];
    const [pMethod, pPath] = pattern.includes(' ') ? pattern.split(' ', 2) : ['', pattern];
    if (pMethod && pMethod !== method)
        return false;
    return Boolean(pPath && path?.startsWith(pPath));
}
/**
 * Acts out a request fault. Returns true when the response is handled (the
 * caller stops); false when the fault only added latency.
 */
async function actOut(fault, res, errorBody) {
    if (fault.latencyMs)
        await new Promise((r) => setTimeout(r, fault.latencyMs));
    // Never answered: the connection stays open until the client gives up or the sandbox stops.
    if (fault.hang)
        return true;
    if (fault.reset) {
        res.socket?.destroy();
        return true;
    }
    if (fault.malformed) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"truncated": ');
        return true;
    }
    if (fault.status) {
        const headers = { 'content-type': 'application/json' };
        if (fault.retryAfter !== undefined)
            headers['retry-after'] = String(fault.retryAfter);
        res.writeHead(fault.status, headers);
        res.end(JSON.stringify(errorBody(fault.status)));
        return true;
    }
    return false;
}

;// CONCATENATED MODULE: ../sandbox/src/timings.ts

/** How long the simulated platforms take; short by default so tests and demos are quick. */
const timingsSchema = schemas/* object */.Ikc({
    initializeMs: schemas/* number */.aig().min(0).default(100),
    buildMs: schemas/* number */.aig().min(0).default(400),
    /** Pause between healthcheck attempts while DEPLOYING. */
    healthcheckIntervalMs: schemas/* number */.aig().min(10).default(200),
    /** From READY to promote/rollback jobs succeeding on Vercel. */
    aliasMs: schemas/* number */.aig().min(0).default(300),
    /** A rolling-release stage with a duration of one minute lasts this long. */
    minuteMs: schemas/* number */.aig().min(1).default(1000),
});

;// CONCATENATED MODULE: ../sandbox/src/config.ts







const railwayServiceSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1),
    /** The image the service runs; its tag picks the sample app's version. */
    image: schemas/* string */.YjP().min(1).default('ghcr.io/golive-example/shop-api:blue'),
    healthcheckPath: schemas/* string */.YjP().nullable().default('/healthz'),
    /** Seconds, as Railway counts them. */
    healthcheckTimeout: schemas/* number */.aig().int().min(1).default(10),
    overlapSeconds: schemas/* number */.aig().int().min(0).default(0),
    drainingSeconds: schemas/* number */.aig().int().min(0).default(0),
    restartPolicyMaxRetries: schemas/* number */.aig().int().min(0).default(0),
});
const railwayProjectSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1),
    environments: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).default(['production', 'staging']),
    services: schemas/* array */.YOg(railwayServiceSchema).prefault([{ name: 'api' }]),
});
const vercelProjectSchema = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1),
    /** The version the current production deployment runs. */
    version: schemas/* string */.YjP().default('blue'),
    framework: schemas/* string */.YjP().nullable().default('nextjs'),
});
const sandboxConfigSchema = schemas/* object */.Ikc({
    railway: schemas/* object */.Ikc({ projects: schemas/* array */.YOg(railwayProjectSchema).prefault([{ name: 'shop' }]) }).prefault({}),
    vercel: schemas/* object */.Ikc({
        team: schemas/* object */.Ikc({ id: schemas/* string */.YjP().default('team_golivesandbox'), slug: schemas/* string */.YjP().default('golive-example') }).prefault({}),
        projects: schemas/* array */.YOg(vercelProjectSchema).prefault([{ name: 'shop-web' }]),
    })
        .prefault({}),
    github: schemas/* object */.Ikc({
        owner: schemas/* string */.YjP().default('golive-example'),
        repo: schemas/* string */.YjP().default('shop'),
        pulls: schemas/* array */.YOg(schemas/* object */.Ikc({
            number: schemas/* number */.aig().int().min(1),
            title: schemas/* string */.YjP().default('Change'),
            headSha: schemas/* string */.YjP().default('1111111111111111111111111111111111111111'),
            headRef: schemas/* string */.YjP().default('feature'),
            baseSha: schemas/* string */.YjP().default('0000000000000000000000000000000000000000'),
            baseRef: schemas/* string */.YjP().default('main'),
            files: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
            reviews: schemas/* array */.YOg(schemas/* object */.Ikc({ user: schemas/* string */.YjP(), state: schemas/* enum */.k5n(['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED']) }))
                .default([]),
        }))
            .default([]),
        statuses: schemas/* array */.YOg(schemas/* object */.Ikc({ sha: schemas/* string */.YjP(), context: schemas/* string */.YjP(), state: schemas/* enum */.k5n(['success', 'failure', 'pending', 'error']) }))
            .default([]),
        /** Repository files by ref, then path: what the contents API serves. */
        files: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())).default({}),
    })
        .prefault({}),
    versions: schemas/* record */.g1P(schemas/* string */.YjP(), appBehaviourSchema.partial()).default({}),
    timings: timingsSchema.prefault({}),
    rateLimitPerSecond: schemas/* number */.aig().int().min(1).default(50),
    /** Start Prometheus when its binary is on PATH. */
    prometheus: schemas/* boolean */.zMY().default(true),
    faults: faultPlanSchema.prefault({}),
});
function parseSandboxConfig(input, source = 'sandbox config') {
    const result = sandboxConfigSchema.safeParse(input ?? {});
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new errors/* UserError */.yo(`${source}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
    }
    return result.data;
}
function loadSandboxConfig(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        throw new errors/* UserError */.yo(`sandbox config ${path}: cannot read the file; expected a YAML or JSON sandbox config`);
    }
    let data;
    try {
        data = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`sandbox config ${path}: not valid YAML: ${error.message.split('\n')[0]}`);
    }
    return parseSandboxConfig(data, `sandbox config ${path}`);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ../sandbox/src/app/fleet.ts
/** Every app instance running in the sandbox, so Prometheus can scrape them all. */
class Fleet {
    members = new Set();
    listeners = [];
    add(app, labels) {
        const member = { app, labels };
        this.members.add(member);
        app.onStop(() => {
            this.members.delete(member);
            this.changed();
        });
        this.changed();
    }
    list() {
        return [...this.members];
    }
    onChange(listener) {
        this.listeners.push(listener);
    }
    changed() {
        for (const listener of this.listeners)
            listener();
    }
}

;// CONCATENATED MODULE: ../sandbox/src/app/versions.ts

/** Behaviour by version name: the built-in ones, overridden or extended by the sandbox config. */
class Versions {
    table;
    constructor(custom = {}) {
        this.table = { ...builtInVersions, ...custom };
    }
    /** An unknown version runs healthy: a team's own tag such as `v1.4.2` still deploys. */
    behaviour(version) {
        return appBehaviourSchema.parse(this.table[version] ?? {});
    }
    names() {
        return Object.keys(this.table);
    }
}
/** The version an image runs: its tag (`shop-api:green` → `green`), or `latest`. */
function versionOfImage(image) {
    if (!image)
        return 'latest';
    const tag = image.slice(image.lastIndexOf('/') + 1).split(':')[1];
    return tag?.split('@')[0] || 'latest';
}

;// CONCATENATED MODULE: ../sandbox/src/calls.ts
class CallLog {
    calls = [];
    record(call) {
        this.calls.push({ ...call, at: Date.now() });
    }
    of(api, operation) {
        return this.calls.filter((c) => c.api === api &&
            (operation === undefined || (typeof operation === 'string' ? c.operation === operation : operation.test(c.operation))));
    }
    clear() {
        this.calls.length = 0;
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ../core/src/testing/http-server.ts

/** A throwaway HTTP server on 127.0.0.1 and a free port, for tests. */
async function startHttpServer(handler) {
    const server = (0,external_node_http_.createServer)(handler);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}`,
        port,
        server,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
/** A port with nothing listening: bound, read and released. */
async function unusedPort() {
    const probe = await startHttpServer(() => { });
    await probe.close();
    return probe.port;
}

;// CONCATENATED MODULE: ../sandbox/src/http/router.ts
/** A small method + path router: `/:version/projects/:id` style patterns. */
class Router {
    routes = [];
    on(method, path, handler) {
        const keys = [];
        // `:name` is one segment; `:name*` is the rest of the path, slashes and all.
        const source = path.replace(/\/:([A-Za-z]+)(\*?)/g, (_m, key, rest) => {
            keys.push(key);
            return rest ? '/(.+)' : '/([^/]+)';
        });
        this.routes.push({ method, pattern: new RegExp(`^${source}/?$`), keys, handler });
        return this;
    }
    /** Finds the route for a request; undefined when none matches. */
    match(method, pathname) {
        for (const route of this.routes) {
            if (route.method !== method)
                continue;
            const m = route.pattern.exec(pathname);
            if (!m)
                continue;
            const params = {};
            route.keys.forEach((key, i) => {
                params[key] = decodeURIComponent(m[i + 1]);
            });
            return { handler: route.handler, params };
        }
        return undefined;
    }
}
function context(req, res, params = {}) {
    let cached;
    const body = () => {
        cached ??= new Promise((resolve, reject) => {
            const chunks = [];
            req.on('data', (c) => chunks.push(c));
            req.on('end', () => resolve(Buffer.concat(chunks)));
            req.on('error', reject);
        });
        return cached;
    };
    return {
        req,
        res,
        url: new URL(req.url ?? '/', 'http://127.0.0.1'),
        params,
        body,
        async json() {
            const raw = (await body()).toString('utf8');
            return (raw ? JSON.parse(raw) : {});
        },
    };
}
function sendJson(res, status, body, headers = {}) {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
}

;// CONCATENATED MODULE: ../sandbox/src/control.ts



/**
 * The sandbox's own API, for tests and people driving a running sandbox:
 * `POST /faults` adds a fault plan, `DELETE /faults` clears it, `GET /faults`
 * and `GET /calls` show what is set and what was called.
 */
async function startControlApi(faults, calls) {
    const router = new Router()
        .on('GET', '/faults', (ctx) => sendJson(ctx.res, 200, faults.list()))
        .on('POST', '/faults', async (ctx) => {
        const result = faultPlanSchema.safeParse(await ctx.json().catch(() => undefined));
        if (!result.success) {
            const issue = result.error.issues[0];
            sendJson(ctx.res, 400, { error: `${issue?.path.join('.') || '(root)'}: ${issue?.message}` });
            return;
        }
        faults.load(result.data);
        sendJson(ctx.res, 200, faults.list());
    })
        .on('DELETE', '/faults', (ctx) => {
        faults.clear();
        sendJson(ctx.res, 200, faults.list());
    })
        .on('GET', '/calls', (ctx) => sendJson(ctx.res, 200, calls.calls));
    return startHttpServer((req, res) => {
        const ctx = context(req, res);
        const route = router.match(req.method ?? 'GET', ctx.url.pathname);
        if (!route) {
            sendJson(res, 404, { error: 'not found' });
            return;
        }
        ctx.params = route.params;
        Promise.resolve(route.handler(ctx)).catch((error) => sendJson(res, 500, { error: String(error) }));
    });
}

;// CONCATENATED MODULE: ../sandbox/src/github/server.ts



class GitHubError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
/**
 * The GitHub REST endpoints golive calls, answered in GitHub's shapes, every call
 * recorded so tests can assert what was created, updated or never duplicated.
 */
async function startGitHubApi(options) {
    const { store } = options;
    const router = new Router();
    const server = await startHttpServer((req, res) => {
        handle(req, res).catch((error) => {
            if (!res.headersSent)
                sendJson(res, 500, { message: String(error) });
        });
    });
    const api = server.url;
    const repoUrl = `${api}/repos/${store.fullName}`;
    const html = `https://github.com/${store.fullName}`;
    const user = { login: 'golive-bot', id: 1, node_id: 'U_golive', type: 'Bot', site_admin: false };
    const now = () => new Date().toISOString();
    const repo = (ctx) => {
        if (`${ctx.params.owner}/${ctx.params.repo}` !== store.fullName)
            throw new GitHubError(404, 'Not Found');
    };
    const find = (list, id) => {
        const item = list.find((x) => x.id === id);
        if (!item)
            throw new GitHubError(404, 'Not Found');
        return item;
    };
    const required = (body, ...names) => {
        for (const name of names)
            if (body[name] === undefined)
                throw new GitHubError(422, `Invalid request.\n\n"${name}" wasn't supplied.`);
    };
    // Check runs
    router.on('POST', '/repos/:owner/:repo/check-runs', async (ctx) => {
        repo(ctx);
        const body = await ctx.json();
        required(body, 'name', 'head_sha');
        const id = store.id();
        const run = {
            id,
            node_id: `CR_${id}`,
            head_sha: body.head_sha,
            external_id: body.external_id ?? '',
            url: `${repoUrl}/check-runs/${id}`,
            html_url: `${html}/runs/${id}`,
            details_url: body.details_url ?? null,
            status: body.conclusion ? 'completed' : (body.status ?? 'queued'),
            conclusion: body.conclusion ?? null,
            started_at: body.started_at ?? now(),
            completed_at: body.conclusion ? (body.completed_at ?? now()) : null,
            output: {
                title: null,
                summary: null,
                text: null,
                annotations_count: 0,
                ...body.output,
                annotations_url: `${repoUrl}/check-runs/${id}/annotations`,
            },
            name: body.name,
            check_suite: { id: 1 },
            app: { id: 1, slug: 'github-actions', name: 'GitHub Actions' },
            pull_requests: [],
        };
        store.checkRuns.push(run);
        sendJson(ctx.res, 201, run);
    });
    router.on('PATCH', '/repos/:owner/:repo/check-runs/:id', async (ctx) => {
        repo(ctx);
        const run = find(store.checkRuns, Number(ctx.params.id));
        const body = await ctx.json();
        Object.assign(run, body, { output: { ...run.output, ...body.output } });
        if (body.conclusion)
            Object.assign(run, { status: 'completed', completed_at: body.completed_at ?? now() });
        sendJson(ctx.res, 200, run);
    });
    router.on('GET', '/repos/:owner/:repo/check-runs/:id', (ctx) => {
        repo(ctx);
        sendJson(ctx.res, 200, find(store.checkRuns, Number(ctx.params.id)));
    });
    router.on('GET', '/repos/:owner/:repo/commits/:ref/check-runs', (ctx) => {
        repo(ctx);
        const name = ctx.url.searchParams.get('check_name');
        const runs = store.checkRuns.filter((r) => r.head_sha === ctx.params.ref && (!name || r.name === name));
        sendJson(ctx.res, 200, { total_count: runs.length, check_runs: runs });
    });
    router.on('GET', '/repos/:owner/:repo/commits/:ref/check-suites', (ctx) => {
        repo(ctx);
        const runs = store.checkRuns.filter((r) => r.head_sha === ctx.params.ref);
        const suites = runs.length
            ? [
                {
                    id: 1,
                    node_id: 'CS_1',
                    head_sha: ctx.params.ref,
                    status: runs.every((r) => r.status === 'completed') ? 'completed' : 'in_progress',
                    conclusion: suiteConclusion(runs),
                    app: { slug: 'github-actions' },
                },
            ]
            : [];
        sendJson(ctx.res, 200, { total_count: suites.length, check_suites: suites });
    });
    // Commit statuses
    router.on('GET', '/repos/:owner/:repo/commits/:ref/statuses', (ctx) => {
        repo(ctx);
        sendJson(ctx.res, 200, statusesOf(ctx.params.ref));
    });
    router.on('GET', '/repos/:owner/:repo/commits/:ref/status', (ctx) => {
        repo(ctx);
        const statuses = statusesOf(ctx.params.ref);
        const states = statuses.map((s) => s.state);
        const state = states.some((s) => s === 'failure' || s === 'error')
            ? 'failure'
            : states.every((s) => s === 'success') && states.length
                ? 'success'
                : 'pending';
        sendJson(ctx.res, 200, {
            state,
            sha: ctx.params.ref,
            total_count: statuses.length,
            statuses,
            repository: { full_name: store.fullName },
        });
    });
    router.on('POST', '/repos/:owner/:repo/statuses/:sha', async (ctx) => {
        repo(ctx);
        const body = await ctx.json();
        store.statuses.push({ sha: ctx.params.sha, context: body.context ?? 'default', state: body.state });
        sendJson(ctx.res, 201, statusesOf(ctx.params.sha)[0]);
    });
    function statusesOf(sha) {
        return store.statuses
            .filter((s) => s.sha === sha)
            .map((s, i) => ({
            id: i + 1,
            node_id: `SC_${i + 1}`,
            state: s.state,
            context: s.context,
            description: null,
            target_url: null,
            created_at: now(),
            updated_at: now(),
        }))
            .reverse();
    }
    // Pull requests
    const pullOf = (ctx) => {
        repo(ctx);
        const pull = store.pulls.find((p) => p.number === Number(ctx.params.number));
        if (!pull)
            throw new GitHubError(404, 'Not Found');
        return pull;
    };
    router.on('GET', '/repos/:owner/:repo/pulls/:number', (ctx) => {
        const pull = pullOf(ctx);
        sendJson(ctx.res, 200, {
            id: pull.number * 10,
            number: pull.number,
            state: 'open',
            title: pull.title,
            html_url: `${html}/pull/${pull.number}`,
            user,
            head: { sha: pull.headSha, ref: pull.headRef, repo: { full_name: store.fullName } },
            base: { sha: pull.baseSha, ref: pull.baseRef, repo: { full_name: store.fullName } },
            changed_files: pull.files.length,
        });
    });
    router.on('GET', '/repos/:owner/:repo/pulls/:number/reviews', (ctx) => {
        const pull = pullOf(ctx);
        sendJson(ctx.res, 200, pull.reviews.map((r, i) => ({
            id: i + 1,
            node_id: `PRR_${i + 1}`,
            user: { ...user, login: r.user, type: 'User' },
            state: r.state,
            commit_id: pull.headSha,
            submitted_at: now(),
            body: '',
        })));
    });
    router.on('GET', '/repos/:owner/:repo/pulls/:number/files', (ctx) => {
        const pull = pullOf(ctx);
        sendJson(ctx.res, 200, pull.files.map((filename, i) => ({
            sha: `${i}`.padStart(40, '0'),
            filename,
            status: 'modified',
            additions: 1,
            deletions: 0,
            changes: 1,
        })));
    });
    // Repository contents
    router.on('GET', '/repos/:owner/:repo/contents/:path*', (ctx) => {
        repo(ctx);
        const ref = ctx.url.searchParams.get('ref') ?? 'main';
        const path = ctx.params.path;
        const content = store.files.get(ref)?.get(path);
        if (content === undefined)
            throw new GitHubError(404, 'Not Found');
        const bytes = Buffer.from(content);
        sendJson(ctx.res, 200, {
            type: 'file',
            encoding: 'base64',
            size: bytes.length,
            name: path.split('/').pop(),
            path,
            content: bytes.toString('base64'),
            sha: 'f'.repeat(40),
            url: `${repoUrl}/contents/${path}?ref=${ref}`,
            html_url: `${html}/blob/${ref}/${path}`,
            download_url: null,
        });
    });
    // Deployments
    router.on('POST', '/repos/:owner/:repo/deployments', async (ctx) => {
        repo(ctx);
        const body = await ctx.json();
        required(body, 'ref');
        const id = store.id();
        const deployment = {
            id,
            node_id: `DE_${id}`,
            url: `${repoUrl}/deployments/${id}`,
            statuses_url: `${repoUrl}/deployments/${id}/statuses`,
            sha: /^[0-9a-f]{40}$/.test(String(body.ref)) ? body.ref : '0123456789abcdef0123456789abcdef01234567',
            ref: body.ref,
            task: body.task ?? 'deploy',
            payload: body.payload ?? {},
            environment: body.environment ?? 'production',
            description: body.description ?? null,
            creator: user,
            production_environment: body.production_environment ?? body.environment === 'production',
            transient_environment: body.transient_environment ?? false,
            created_at: now(),
            updated_at: now(),
        };
        store.deployments.push(deployment);
        sendJson(ctx.res, 201, deployment);
    });
    router.on('GET', '/repos/:owner/:repo/deployments', (ctx) => {
        repo(ctx);
        const q = ctx.url.searchParams;
        const list = store.deployments
            .filter((d) => (!q.get('environment') || d.environment === q.get('environment')) && (!q.get('sha') || d.sha === q.get('sha')))
            .reverse();
        sendJson(ctx.res, 200, list.slice(0, Number(q.get('per_page') ?? 30)));
    });
    router.on('POST', '/repos/:owner/:repo/deployments/:id/statuses', async (ctx) => {
        repo(ctx);
        const deployment = find(store.deployments, Number(ctx.params.id));
        const body = await ctx.json();
        required(body, 'state');
        const id = store.id();
        const status = {
            id,
            node_id: `DES_${id}`,
            deployment_id: deployment.id,
            state: body.state,
            description: body.description ?? '',
            environment: body.environment ?? deployment.environment,
            environment_url: body.environment_url ?? '',
            log_url: body.log_url ?? '',
            target_url: body.log_url ?? '',
            creator: user,
            created_at: now(),
            updated_at: now(),
            url: `${repoUrl}/deployments/${deployment.id}/statuses/${id}`,
            deployment_url: deployment.url,
        };
        store.deploymentStatuses.push(status);
        sendJson(ctx.res, 201, status);
    });
    router.on('GET', '/repos/:owner/:repo/deployments/:id/statuses', (ctx) => {
        repo(ctx);
        const deployment = find(store.deployments, Number(ctx.params.id));
        sendJson(ctx.res, 200, store.deploymentStatuses.filter((s) => s.deployment_id === deployment.id).reverse());
    });
    // Issues and comments
    router.on('POST', '/repos/:owner/:repo/issues', async (ctx) => {
        repo(ctx);
        const body = await ctx.json();
        required(body, 'title');
        const number = store.issues.length + 1;
        const issue = {
            id: store.id(),
            node_id: `I_${number}`,
            number,
            title: body.title,
            body: body.body ?? null,
            state: 'open',
            labels: (body.labels ?? []).map((name, i) => ({ id: i + 1, name, color: 'ededed' })),
            assignees: [],
            user,
            url: `${repoUrl}/issues/${number}`,
            html_url: `${html}/issues/${number}`,
            comments: 0,
            created_at: now(),
            updated_at: now(),
            closed_at: null,
        };
        store.issues.push(issue);
        sendJson(ctx.res, 201, issue);
    });
    router.on('GET', '/repos/:owner/:repo/issues', (ctx) => {
        repo(ctx);
        const q = ctx.url.searchParams;
        const state = q.get('state') ?? 'open';
        const labels = q.get('labels')?.split(',').filter(Boolean) ?? [];
        const list = store.issues
            .filter((i) => state === 'all' || i.state === state)
            .filter((i) => labels.every((l) => i.labels.some((x) => x.name === l)))
            .reverse();
        sendJson(ctx.res, 200, list);
    });
    const issueOf = (ctx) => {
        repo(ctx);
        const issue = store.issues.find((i) => i.number === Number(ctx.params.number));
        if (!issue)
            throw new GitHubError(404, 'Not Found');
        return issue;
    };
    router.on('GET', '/repos/:owner/:repo/issues/:number', (ctx) => sendJson(ctx.res, 200, issueOf(ctx)));
    router.on('PATCH', '/repos/:owner/:repo/issues/:number', async (ctx) => {
        const issue = issueOf(ctx);
        const body = await ctx.json();
        Object.assign(issue, body, { updated_at: now(), ...(body.state === 'closed' ? { closed_at: now() } : {}) });
        sendJson(ctx.res, 200, issue);
    });
    router.on('POST', '/repos/:owner/:repo/issues/:number/comments', async (ctx) => {
        const issue = issueOf(ctx);
        const body = await ctx.json();
        required(body, 'body');
        const id = store.id();
        const comment = {
            id,
            node_id: `IC_${id}`,
            body: body.body,
            user,
            issue_url: issue.url,
            html_url: `${issue.html_url}#issuecomment-${id}`,
            created_at: now(),
            updated_at: now(),
            url: `${repoUrl}/issues/comments/${id}`,
        };
        store.comments.push(comment);
        issue.comments = issue.comments + 1;
        sendJson(ctx.res, 201, comment);
    });
    router.on('GET', '/repos/:owner/:repo/issues/:number/comments', (ctx) => {
        const issue = issueOf(ctx);
        sendJson(ctx.res, 200, store.comments.filter((c) => c.issue_url === issue.url));
    });
    router.on('PATCH', '/repos/:owner/:repo/issues/comments/:id', async (ctx) => {
        repo(ctx);
        const comment = find(store.comments, Number(ctx.params.id));
        Object.assign(comment, await ctx.json(), { updated_at: now() });
        sendJson(ctx.res, 200, comment);
    });
    async function handle(req, res) {
        const ctx = context(req, res);
        const operation = `${req.method} ${ctx.url.pathname}`;
        const record = (status, body) => options.calls.record({ api: 'github', operation, status, body });
        const token = /^(?:token|Bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
        if (token !== options.token) {
            record(401);
            sendJson(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
            return;
        }
        const fault = options.faults.takeRequest('github', operation);
        if (fault && (await actOut(fault, res, () => ({ message: 'Server Error' })))) {
            record(fault.status ?? 0);
            return;
        }
        const route = router.match(req.method ?? 'GET', ctx.url.pathname);
        if (!route) {
            record(404);
            sendJson(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
            return;
        }
        ctx.params = route.params;
        try {
            await route.handler(ctx);
            const body = req.method === 'GET' ? undefined : await ctx.json().catch(() => undefined);
            record(res.statusCode, body);
        }
        catch (error) {
            if (!(error instanceof GitHubError))
                throw error;
            record(error.status);
            sendJson(res, error.status, {
                message: error.message,
                documentation_url: 'https://docs.github.com/rest',
                status: String(error.status),
            });
        }
    }
    return server;
}
function suiteConclusion(runs) {
    if (runs.some((r) => r.status !== 'completed'))
        return null;
    if (runs.some((r) => r.conclusion === 'failure' || r.conclusion === 'timed_out' || r.conclusion === 'cancelled'))
        return 'failure';
    return 'success';
}

;// CONCATENATED MODULE: ../sandbox/src/github/store.ts
class GitHubStore {
    owner;
    repo;
    nextId = 1000;
    pulls = [];
    statuses = [];
    checkRuns = [];
    deployments = [];
    deploymentStatuses = [];
    issues = [];
    comments = [];
    /** File contents by ref (branch name or sha), then path. */
    files = new Map();
    constructor(owner, repo) {
        this.owner = owner;
        this.repo = repo;
    }
    id() {
        return this.nextId++;
    }
    get fullName() {
        return `${this.owner}/${this.repo}`;
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ../sandbox/src/prometheus.ts





/** The `prometheus` binary on PATH, if there is one. */
function findPrometheus(path = process.env.PATH ?? '') {
    for (const dir of path.split(external_node_path_.delimiter)) {
        const candidate = (0,external_node_path_.join)(dir, 'prometheus');
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return candidate;
        }
        catch {
            // not in this directory
        }
    }
    return undefined;
}
/**
 * Starts a real Prometheus on loopback scraping every app in the fleet each
 * second. Targets are a file_sd file rewritten as apps come and go.
 */
async function startPrometheus(binary, fleet, readyWithinMs = 20_000) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'golive-prometheus-'));
    const targetsFile = (0,external_node_path_.join)(dir, 'targets.json');
    const writeTargets = () => {
        const targets = fleet.list().map(({ app, labels }) => ({ targets: [new URL(app.url).host], labels: { ...labels } }));
        // Written whole then renamed, so Prometheus never reads half a file.
        (0,external_node_fs_.writeFileSync)(`${targetsFile}.tmp`, JSON.stringify(targets));
        (0,external_node_fs_.renameSync)(`${targetsFile}.tmp`, targetsFile);
    };
    writeTargets();
    fleet.onChange(writeTargets);
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'prometheus.yml'), [
        'global:',
        '  scrape_interval: 1s',
        '  evaluation_interval: 1s',
        'scrape_configs:',
        '  - job_name: golive-sandbox',
        '    file_sd_configs:',
        `      - files: ['${targetsFile}']`,
        '        refresh_interval: 1s',
        '',
    ].join('\n'));
    const port = await unusedPort();
    const child = (0,external_node_child_process_.spawn)(binary, [
        `--config.file=${(0,external_node_path_.join)(dir, 'prometheus.yml')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        `--storage.tsdb.path=${(0,external_node_path_.join)(dir, 'data')}`,
        '--log.level=warn',
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    child.stderr?.on('data', (chunk) => {
        log = (log + chunk.toString()).slice(-2000);
    });
    const exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const stop = async () => {
        if (child.exitCode === null && child.signalCode === null) {
            child.kill('SIGTERM');
            const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
            await exited;
            clearTimeout(timer);
        }
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    };
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + readyWithinMs;
    while (Date.now() < deadline) {
        if (child.exitCode !== null)
            break;
        try {
            const res = await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(1000) });
            await res.arrayBuffer();
            if (res.ok)
                return { url, stop };
        }
        catch {
            // not listening yet
        }
        await new Promise((r) => setTimeout(r, 100));
    }
    await stop();
    throw new Error(`Prometheus did not become ready within ${readyWithinMs} ms: ${log.trim() || 'no output'}`);
}

// EXTERNAL MODULE: ../core/src/sleep.ts
var sleep = __webpack_require__(1145);
// EXTERNAL MODULE: ../../node_modules/prom-client/index.js
var prom_client = __webpack_require__(3890);
;// CONCATENATED MODULE: ../sandbox/src/app/sample-app.ts


const SECURITY_HEADERS = {
    'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'strict-transport-security': 'max-age=63072000; includeSubDomains',
    'referrer-policy': 'strict-origin-when-cross-origin',
};
const ORDERS = [
    { id: 'ord_1', item: 'espresso', quantity: 2 },
    { id: 'ord_2', item: 'croissant', quantity: 1 },
];
/**
 * The sample service every sandbox deployment runs: health endpoints, an API,
 * static pages and Prometheus metrics, behaving as its version says.
 */
async function startSampleApp(options) {
    const { behaviour, version, deploymentId } = options;
    const random = options.random ?? Math.random;
    const registry = new prom_client.Registry();
    registry.setDefaultLabels({ version, deployment: deploymentId });
    const requests = new prom_client.Counter({
        name: 'http_requests_total',
        help: 'HTTP requests by route and status',
        labelNames: ['method', 'route', 'status'],
        registers: [registry],
    });
    const duration = new prom_client.Histogram({
        name: 'http_request_duration_seconds',
        help: 'HTTP request duration',
        labelNames: ['route'],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
        registers: [registry],
    });
    new prom_client.Gauge({ name: 'app_info', help: 'Version of the running app', registers: [registry] }).set(1);
    const startedAt = Date.now();
    let crashed = false;
    const crashListeners = [];
    const stopListeners = [];
    let stopped = false;
    const notifyStopped = () => {
        if (stopped)
            return;
        stopped = true;
        for (const listener of stopListeners)
            listener();
    };
    const handler = async (req, res) => {
        const url = new URL(req.url ?? '/', 'http://app');
        const route = routeOf(url.pathname, options.files);
        const t0 = performance.now();
        const headers = {
            'x-golive-version': version,
            'x-golive-deployment': deploymentId,
            ...(behaviour.securityHeaders ? SECURITY_HEADERS : {}),
        };
        const send = (status, body, type = 'application/json') => {
            requests.inc({ method: req.method ?? 'GET', route, status: String(status) });
            duration.observe({ route }, (performance.now() - t0) / 1000);
            res.writeHead(status, { ...headers, 'content-type': type, 'content-length': Buffer.byteLength(body) });
            res.end(body);
        };
        if (route === '/metrics') {
            const text = await registry.metrics();
            res.writeHead(200, { 'content-type': registry.contentType });
            res.end(text);
            return;
        }
        const jitter = behaviour.latencyJitterMs ? (random() * 2 - 1) * behaviour.latencyJitterMs : 0;
        const latency = Math.max(0, behaviour.latencyMs + jitter);
        if (latency > 0)
            await new Promise((r) => setTimeout(r, latency));
        if (route === '/healthz' || route === '/health/live' || route === '/health/ready') {
            const warming = Date.now() - startedAt < behaviour.slowStartMs;
            const ok = behaviour.healthy && !(warming && route !== '/health/live');
            send(ok ? 200 : 503, JSON.stringify({ status: ok ? 'ok' : warming ? 'starting' : 'unhealthy', version }));
            return;
        }
        if (random() < behaviour.errorRate) {
            send(500, JSON.stringify({ error: 'internal error', version }));
            return;
        }
        const file = options.files?.get(url.pathname === '/' ? '/index.html' : url.pathname);
        if (file) {
            const type = url.pathname.endsWith('.css')
                ? 'text/css'
                : url.pathname.endsWith('.js')
                    ? 'text/javascript'
                    : 'text/html; charset=utf-8';
            send(200, file.toString('utf8'), type);
        }
        else if (route === '/') {
            send(200, `<!doctype html><title>golive sample app</title><h1>golive sample app ${version}</h1>`, 'text/html; charset=utf-8');
        }
        else if (route === '/api/orders' && req.method === 'POST') {
            send(201, JSON.stringify({ id: `ord_${Date.now()}`, version }));
        }
        else if (route === '/api/orders') {
            send(200, JSON.stringify({ orders: ORDERS, version }));
        }
        else if (route === '/api/orders/:id') {
            const order = ORDERS.find((o) => o.id === url.pathname.split('/').pop());
            send(order ? 200 : 404, JSON.stringify(order ?? { error: 'not found' }));
        }
        else {
            send(404, JSON.stringify({ error: 'not found' }));
        }
    };
    const server = await startHttpServer((req, res) => {
        handler(req, res).catch(() => {
            if (!res.headersSent)
                res.writeHead(500);
            res.end();
        });
    });
    let crashTimer;
    if (behaviour.crashAfterMs !== undefined) {
        crashTimer = setTimeout(() => {
            crashed = true;
            void server.close();
            notifyStopped();
            for (const listener of crashListeners)
                listener();
        }, behaviour.crashAfterMs);
        crashTimer.unref();
    }
    return {
        url: server.url,
        port: server.port,
        version,
        deploymentId,
        startedAt,
        get crashed() {
            return crashed;
        },
        onCrash: (listener) => crashListeners.push(listener),
        onStop: (listener) => stopListeners.push(listener),
        stop: async () => {
            clearTimeout(crashTimer);
            notifyStopped();
            await server.close();
        },
    };
}
/** Route labels with bounded cardinality: ids collapse to a placeholder. */
function routeOf(pathname, files) {
    if (pathname.startsWith('/api/orders/'))
        return '/api/orders/:id';
    if (files?.has(pathname))
        return '/static';
    return ['/', '/healthz', '/health/live', '/health/ready', '/metrics', '/api/orders'].includes(pathname) ? pathname : 'other';
}

;// CONCATENATED MODULE: ../sandbox/src/railway/store.ts

const now = () => new Date().toISOString();
const newId = () => (0,external_node_crypto_.randomUUID)();
/** Everything the Railway simulator knows. Deployments are kept newest last. */
class RailwayStore {
    user = { id: newId(), email: 'ops@golive.example', name: 'golive sandbox', username: 'golive' };
    workspaceId = newId();
    projects = [];
    environments = [];
    services = [];
    instances = [];
    deployments = [];
    domains = [];
    projectTokens = [];
    /** Keyed by `environmentId/serviceId` (or `environmentId/` for shared variables). */
    variables = new Map();
    instance(environmentId, serviceId) {
        return this.instances.find((i) => i.environmentId === environmentId && i.serviceId === serviceId);
    }
    deploymentsOf(environmentId, serviceId) {
        return this.deployments.filter((d) => d.environmentId === environmentId && d.serviceId === serviceId);
    }
    variablesOf(environmentId, serviceId) {
        const key = `${environmentId}/${serviceId ?? ''}`;
        let vars = this.variables.get(key);
        if (!vars) {
            vars = {};
            this.variables.set(key, vars);
        }
        return vars;
    }
}

;// CONCATENATED MODULE: ../sandbox/src/railway/lifecycle.ts




/** Re-reads the status after an await: another call may have moved it on. */
function stillIn(d, status) {
    return d.status === status;
}
const IN_PROGRESS = ['INITIALIZING', 'QUEUED', 'WAITING', 'BUILDING', 'DEPLOYING'];
/**
 * Railway's deployment lifecycle: INITIALIZING → BUILDING → DEPLOYING → SUCCESS,
 * or FAILED (build error, healthcheck timeout: the previous deployment keeps
 * serving), CRASHED after start; one active deployment per service instance, the
 * superseded one REMOVING → REMOVED after the overlap.
 */
class RailwayLifecycle {
    store;
    versions;
    timings;
    faults;
    fleet;
    stopping = new AbortController();
    constructor(store, versions, timings, faults, fleet) {
        this.store = store;
        this.versions = versions;
        this.timings = timings;
        this.faults = faults;
        this.fleet = fleet;
    }
    create(instance, request) {
        const deployment = this.newDeployment(instance, request);
        const service = this.store.services.find((s) => s.id === instance.serviceId);
        const environment = this.store.environments.find((e) => e.id === instance.environmentId);
        void this.run(deployment, instance, `${environment?.name ?? ''}/${service?.name ?? ''}`, service?.name ?? '').catch(() => {
            // Stopping the sandbox aborts every lifecycle; nothing is left to report.
        });
        return deployment;
    }
    newDeployment(instance, request) {
        const service = this.store.services.find((s) => s.id === instance.serviceId);
        const at = now();
        const deployment = {
            id: newId(),
            projectId: service?.projectId ?? '',
            environmentId: instance.environmentId,
            serviceId: instance.serviceId,
            status: 'INITIALIZING',
            createdAt: at,
            updatedAt: at,
            statusUpdatedAt: at,
            meta: { ...request.meta, image: request.image, serviceManifest: { deploy: { numReplicas: instance.numReplicas } } },
            variables: { ...request.variables },
            image: request.image,
            canRollback: false,
            deploymentStopped: false,
            buildLogs: [],
            deployLogs: [],
            restarts: 0,
        };
        this.store.deployments.push(deployment);
        return deployment;
    }
    setStatus(d, status) {
        d.status = status;
        d.statusUpdatedAt = d.updatedAt = now();
    }
    log(lines, message, severity = 'info') {
        lines.push({ message, severity, timestamp: now() });
    }
    async wait(ms) {
        await (0,sleep/* sleep */.y)(ms, this.stopping.signal);
    }
    async run(d, instance, label, serviceName) {
        this.log(d.buildLogs, `Initializing deployment of ${label}`);
        await this.wait(this.timings.initializeMs);
        if (!stillIn(d, 'INITIALIZING'))
            return;
        this.setStatus(d, 'BUILDING');
        this.log(d.buildLogs, `Using image ${d.image ?? '(none)'}`);
        const fault = this.faults.takeDeployment('railway', serviceName);
        await this.wait(this.timings.buildMs);
        // A cancel may have come during the build.
        if (!stillIn(d, 'BUILDING'))
            return;
        if (fault?.kind === 'build-failure' || !d.image) {
            this.log(d.buildLogs, d.image
                ? 'ERROR: failed to build: process "/bin/sh -c npm run build" did not complete successfully: exit code: 1'
                : 'ERROR: no image configured for this service', 'error');
            this.setStatus(d, 'FAILED');
            return;
        }
        this.log(d.buildLogs, `Build time: ${(this.timings.buildMs / 1000).toFixed(2)} seconds`);
        d.canRollback = true;
        this.setStatus(d, 'DEPLOYING');
        const version = versionOfImage(d.image);
        const behaviour = { ...this.versions.behaviour(version) };
        if (fault?.kind === 'never-healthy')
            behaviour.healthy = false;
        if (fault?.kind === 'crash-after-start')
            behaviour.crashAfterMs = 300;
        await this.startApp(d, instance, version, behaviour);
        if (instance.healthcheckPath) {
            const passed = await this.healthcheck(d, instance);
            if (!stillIn(d, 'DEPLOYING'))
                return;
            if (!passed) {
                this.setStatus(d, 'FAILED');
                await d.app?.stop();
                d.app = undefined;
                return;
            }
        }
        if (!stillIn(d, 'DEPLOYING'))
            return;
        this.activate(d, instance);
    }
    async startApp(d, instance, version, behaviour) {
        this.log(d.deployLogs, 'Starting Container');
        d.app = await startSampleApp({ version, deploymentId: d.id, behaviour });
        const service = this.store.services.find((s) => s.id === d.serviceId)?.name ?? '';
        const environment = this.store.environments.find((e) => e.id === d.environmentId)?.name ?? '';
        this.fleet.add(d.app, { platform: 'railway', service, environment, version, deployment: d.id });
        this.log(d.deployLogs, `listening on port ${d.app.port} (version ${version})`);
        d.app.onCrash(() => this.crashed(d, instance, version, behaviour));
    }
    async healthcheck(d, instance) {
        const windowMs = (instance.healthcheckTimeout ?? 300) * 1000;
        this.log(d.buildLogs, '====================\nStarting Healthcheck\n====================');
        this.log(d.buildLogs, `Path: ${instance.healthcheckPath}`);
        this.log(d.buildLogs, `Retry window: ${instance.healthcheckTimeout ?? 300}s`);
        const started = Date.now();
        for (let attempt = 1;; attempt++) {
            if (d.status !== 'DEPLOYING' || !d.app)
                return false;
            let ok = false;
            try {
                const res = await fetch(`${d.app.url}${instance.healthcheckPath}`, { signal: AbortSignal.timeout(2000) });
                await res.arrayBuffer();
                ok = res.status === 200;
            }
            catch {
                ok = false;
            }
            if (ok) {
                this.log(d.buildLogs, '[1/1] Healthcheck succeeded!');
                return true;
            }
            const left = windowMs - (Date.now() - started);
            if (left <= 0) {
                this.log(d.buildLogs, '1/1 replicas never became healthy!', 'error');
                this.log(d.buildLogs, 'Healthcheck failed!', 'error');
                return false;
            }
            this.log(d.buildLogs, `Attempt #${attempt} failed with service unavailable. Continuing to retry for ${Math.ceil(left / 1000)}s`);
            await this.wait(Math.min(this.timings.healthcheckIntervalMs, left));
        }
    }
    /** The new deployment takes the traffic; the one it replaces goes after the overlap. */
    activate(d, instance) {
        this.setStatus(d, 'SUCCESS');
        this.log(d.deployLogs, 'Deployment is active');
        if (d.app)
            instance.proxy.setRoute({ stable: { url: d.app.url, deploymentId: d.id } });
        const superseded = this.store
            .deploymentsOf(d.environmentId, d.serviceId)
            .filter((other) => other !== d && (other.status === 'SUCCESS' || other.status === 'CRASHED' || other.status === 'SLEEPING'));
        for (const old of superseded)
            void this.retire(old, (instance.overlapSeconds ?? 0) * 1000, (instance.drainingSeconds ?? 0) * 1000).catch(() => { });
    }
    /** SUCCESS → REMOVING → REMOVED: the overlap, SIGTERM, the draining window, then gone. */
    async retire(d, overlapMs = 0, drainingMs = 0) {
        if (overlapMs)
            await this.wait(overlapMs);
        if (d.status === 'REMOVED' || d.status === 'REMOVING')
            return;
        this.setStatus(d, 'REMOVING');
        this.log(d.deployLogs, 'Stopping Container');
        await this.wait(Math.max(50, drainingMs));
        await d.app?.stop();
        d.app = undefined;
        d.deploymentStopped = true;
        this.setStatus(d, 'REMOVED');
        const instance = this.store.instance(d.environmentId, d.serviceId);
        if (instance?.proxy.route.stable?.deploymentId === d.id)
            instance.proxy.setRoute({});
    }
    crashed(d, instance, version, behaviour) {
        this.log(d.deployLogs, 'Process exited with code 1', 'error');
        d.app = undefined;
        if (d.status !== 'SUCCESS' && d.status !== 'DEPLOYING')
            return;
        const retries = instance.restartPolicyType === 'NEVER' ? 0 : instance.restartPolicyMaxRetries;
        if (d.restarts < retries) {
            d.restarts++;
            this.log(d.deployLogs, `Restarting container (attempt ${d.restarts} of ${retries})`);
            void this.startApp(d, instance, version, behaviour)
                .then(() => {
                if (d.status === 'SUCCESS' && d.app)
                    instance.proxy.setRoute({ stable: { url: d.app.url, deploymentId: d.id } });
            })
                .catch(() => { });
            return;
        }
        this.setStatus(d, 'CRASHED');
    }
    cancel(d) {
        if (!IN_PROGRESS.includes(d.status) || d.status === 'DEPLOYING')
            return false;
        this.setStatus(d, 'REMOVED');
        this.log(d.buildLogs, 'Deployment cancelled');
        return true;
    }
    /** deploymentRestart: the same deployment, a fresh container. */
    async restart(d, instance) {
        if (d.status !== 'CRASHED' && d.status !== 'SUCCESS')
            return false;
        await d.app?.stop();
        const version = versionOfImage(d.image);
        const behaviour = this.versions.behaviour(version);
        d.restarts = 0;
        await this.startApp(d, instance, version, behaviour);
        this.setStatus(d, 'SUCCESS');
        if (d.app)
            instance.proxy.setRoute({ stable: { url: d.app.url, deploymentId: d.id } });
        return true;
    }
    /** A deployment that is already running when the sandbox starts, as a team's current production. */
    async seed(instance, request) {
        // No build: the first deployment predates the sandbox.
        const d = this.newDeployment(instance, request);
        d.status = 'DEPLOYING';
        d.canRollback = true;
        const version = versionOfImage(d.image);
        await this.startApp(d, instance, version, this.versions.behaviour(version));
        this.activate(d, instance);
        return d;
    }
    async stop() {
        this.stopping.abort();
        await Promise.all(this.store.deployments.map((d) => d.app?.stop()));
    }
}

;// CONCATENATED MODULE: ../sandbox/src/routing/proxy.ts



/**
 * A public URL in front of deployments, as a platform's edge is: promote,
 * rollback and canary stages change what it serves, observable from outside.
 */
async function startProxy(options) {
    let route = {};
    const cookie = options.stickyCookie ?? `_golive_${(0,external_node_crypto_.createHash)('sha1').update(options.name).digest('hex').slice(0, 8)}`;
    const handler = (req, res) => {
        const url = new URL(req.url ?? '/', 'http://edge');
        let backend = route.stable;
        const setCookie = [];
        if (route.canary && route.canaryPercent !== undefined) {
            const force = url.searchParams.get('vcrrForceCanary') === 'true' ? 0 : url.searchParams.get('vcrrForceStable') === 'true' ? 99 : undefined;
            let bucket = force ?? Number(cookieValue(req.headers.cookie, cookie) ?? Number.NaN);
            if (!(bucket >= 0 && bucket < 100))
                bucket = Math.floor(Math.random() * 100);
            setCookie.push(`${cookie}=${bucket}; Path=/; HttpOnly; SameSite=Lax`);
            if (bucket < route.canaryPercent)
                backend = route.canary;
        }
        if (!backend) {
            res.writeHead(options.notFound.status, { 'content-type': 'text/plain; charset=utf-8' });
            res.end(options.notFound.body);
            return;
        }
        const target = new URL(backend.url);
        const upstream = (0,external_node_http_.request)({
            host: target.hostname,
            port: target.port,
            method: req.method,
            path: req.url,
            headers: { ...req.headers, host: target.host, 'x-forwarded-host': req.headers.host ?? '' },
        }, (answer) => {
            const headers = { ...answer.headers };
            if (setCookie.length)
                headers['set-cookie'] = [...(answer.headers['set-cookie'] ?? []), ...setCookie];
            res.writeHead(answer.statusCode ?? 502, headers);
            answer.pipe(res);
        });
        upstream.on('error', () => {
            if (res.headersSent) {
                res.destroy();
                return;
            }
            res.writeHead(options.badGateway.status, { 'content-type': 'text/plain; charset=utf-8' });
            res.end(options.badGateway.body);
        });
        req.pipe(upstream);
    };
    const server = await startHttpServer(handler);
    return {
        url: server.url,
        name: options.name,
        get route() {
            return route;
        },
        setRoute(next) {
            route = next;
        },
        close: () => server.close(),
    };
}
function cookieValue(header, name) {
    for (const part of header?.split(/;\s*/) ?? []) {
        const at = part.indexOf('=');
        if (part.slice(0, at) === name)
            return part.slice(at + 1);
    }
    return undefined;
}

;// CONCATENATED MODULE: ../sandbox/src/railway/seed.ts



/** Creates the configured projects, each service running its configured image in every environment. */
async function seedRailway(store, lifecycle, config) {
    const tokens = { account: `rw_acct_${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`, projects: [] };
    for (const p of config.railway.projects) {
        const at = now();
        const project = { id: newId(), name: p.name, description: null, workspaceId: store.workspaceId, createdAt: at, updatedAt: at };
        store.projects.push(project);
        for (const environmentName of p.environments) {
            const environment = { id: newId(), name: environmentName, projectId: project.id, createdAt: at, updatedAt: at };
            store.environments.push(environment);
            const token = `rw_proj_${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
            store.projectTokens.push({
                id: newId(),
                name: `golive ${environmentName}`,
                token,
                projectId: project.id,
                environmentId: environment.id,
                createdAt: at,
            });
            tokens.projects.push({ project: p.name, environment: environmentName, token });
        }
        for (const s of p.services) {
            const service = { id: newId(), name: s.name, projectId: project.id, createdAt: at, updatedAt: at };
            store.services.push(service);
            for (const environment of store.environments.filter((e) => e.projectId === project.id)) {
                const proxy = await startProxy({
                    name: `${s.name}-${environment.name}`,
                    notFound: { status: 404, body: 'Application not found' },
                    badGateway: { status: 502, body: 'Application failed to respond' },
                });
                const instance = {
                    id: newId(),
                    serviceId: service.id,
                    environmentId: environment.id,
                    source: { image: s.image, repo: null },
                    healthcheckPath: s.healthcheckPath,
                    healthcheckTimeout: s.healthcheckTimeout,
                    overlapSeconds: s.overlapSeconds,
                    drainingSeconds: s.drainingSeconds,
                    numReplicas: 1,
                    restartPolicyType: 'ON_FAILURE',
                    restartPolicyMaxRetries: s.restartPolicyMaxRetries,
                    sleepApplication: false,
                    startCommand: null,
                    region: 'us-west2',
                    createdAt: at,
                    updatedAt: at,
                    proxy,
                };
                store.instances.push(instance);
                store.domains.push({
                    id: newId(),
                    kind: 'service',
                    domain: new URL(proxy.url).host,
                    environmentId: environment.id,
                    serviceId: service.id,
                    projectId: project.id,
                    targetPort: null,
                    createdAt: at,
                    updatedAt: at,
                });
                await lifecycle.seed(instance, {
                    image: s.image,
                    variables: {},
                    meta: { reason: 'deploy', commitHash: (0,external_node_crypto_.randomBytes)(20).toString('hex') },
                });
            }
        }
    }
    return tokens;
}

// EXTERNAL MODULE: ../../node_modules/graphql/index.js
var graphql = __webpack_require__(353);
;// CONCATENATED MODULE: ../sandbox/src/http/rate-limit.ts
/** A fixed one-second window per credential, as the simulated APIs enforce it. */
class PerSecondLimit {
    limit;
    windows = new Map();
    constructor(limit) {
        this.limit = limit;
    }
    take(key) {
        const second = Math.floor(Date.now() / 1000);
        const window = this.windows.get(key);
        const count = window?.second === second ? window.count + 1 : 1;
        this.windows.set(key, { second, count });
        return { limited: count > this.limit, limit: this.limit, remaining: Math.max(0, this.limit - count), reset: second + 1 };
    }
}

;// CONCATENATED MODULE: ../sandbox/src/railway/resolvers.ts


const notAuthorized = () => new graphql/* GraphQLError */.eOn('Not Authorized');
const notFound = (what) => new graphql/* GraphQLError */.eOn(`${what} not found`);
/** Relay connection over a list, cursors being the node ids. */
function connection(items, args = {}) {
    let start = 0;
    if (args.after)
        start = items.findIndex((i) => i.id === args.after) + 1;
    const slice = items.slice(start, args.first ? start + args.first : undefined);
    return {
        edges: slice.map((node) => ({ cursor: node.id, node })),
        pageInfo: {
            startCursor: slice[0]?.id ?? null,
            endCursor: slice.at(-1)?.id ?? null,
            hasNextPage: start + slice.length < items.length,
            hasPreviousPage: start > 0,
        },
    };
}
/**
 * Root resolvers of the Railway simulator. Objects are returned as views whose
 * relation fields are functions, which graphql-js's default resolver calls.
 */
function createRoot(store, lifecycle) {
    const can = (ctx, projectId, environmentId) => {
        if (ctx.auth.kind === 'account')
            return;
        if (ctx.auth.kind === 'project' && ctx.auth.projectId === projectId && (!environmentId || environmentId === ctx.auth.environmentId))
            return;
        throw notAuthorized();
    };
    const accountOnly = (ctx) => {
        if (ctx.auth.kind !== 'account')
            throw notAuthorized();
    };
    const serviceDomainHost = (instance) => new URL(instance.proxy.url).host;
    const domainsOf = (environmentId, serviceId) => ({
        serviceDomains: store.domains
            .filter((d) => d.kind === 'service' && d.environmentId === environmentId && d.serviceId === serviceId)
            .map(domainView),
        customDomains: store.domains
            .filter((d) => d.kind === 'custom' && d.environmentId === environmentId && d.serviceId === serviceId)
            .map((d) => ({ ...domainView(d), status: { verified: true, certificateStatus: 'CERTIFICATE_STATUS_TYPE_VALID' } })),
    });
    const domainView = (d) => ({ ...d, suffix: d.kind === 'service' ? d.domain.split(':')[0] : null });
    const deploymentView = (d) => {
        const instance = store.instance(d.environmentId, d.serviceId);
        const host = instance ? serviceDomainHost(instance) : null;
        return {
            ...d,
            canRedeploy: d.status !== 'INITIALIZING' && d.status !== 'BUILDING',
            suggestAddServiceDomain: false,
            staticUrl: host,
            url: host,
            instances: [{ id: `${d.id}-0`, status: instanceStatus(d.status) }],
            service: () => serviceView(store.services.find((s) => s.id === d.serviceId)),
            environment: () => environmentView(store.environments.find((e) => e.id === d.environmentId)),
        };
    };
    const instanceView = (i) => {
        if (!i)
            return undefined;
        const service = store.services.find((s) => s.id === i.serviceId);
        const list = store.deploymentsOf(i.environmentId, i.serviceId);
        return {
            ...i,
            serviceName: service?.name,
            latestDeployment: () => {
                const latest = list.at(-1);
                return latest ? deploymentView(latest) : null;
            },
            activeDeployments: () => list.filter((d) => d.status === 'SUCCESS').map(deploymentView),
            domains: () => domainsOf(i.environmentId, i.serviceId),
            service: () => serviceView(service),
        };
    };
    const environmentView = (e) => e && {
        ...e,
        isEphemeral: false,
        serviceInstances: (args) => connection(store.instances.filter((i) => i.environmentId === e.id).map((i) => instanceView(i)), args),
    };
    const serviceView = (s) => s && {
        ...s,
        icon: null,
        project: () => projectView(store.projects.find((p) => p.id === s.projectId)),
        serviceInstances: (args) => connection(store.instances.filter((i) => i.serviceId === s.id).map((i) => instanceView(i)), args),
    };
    const projectView = (p) => p && {
        ...p,
        baseEnvironmentId: store.environments.find((e) => e.projectId === p.id)?.id ?? null,
        environments: (args) => connection(store.environments.filter((e) => e.projectId === p.id).map((e) => environmentView(e)), args),
        services: (args) => connection(store.services.filter((s) => s.projectId === p.id).map((s) => serviceView(s)), args),
    };
    const findDeployment = (id, ctx) => {
        const d = store.deployments.find((x) => x.id === id);
        if (!d)
            throw ctx.auth.kind === 'none' ? notAuthorized() : notFound('Deployment');
        can(ctx, d.projectId, d.environmentId);
        return d;
    };
    const findInstance = (environmentId, serviceId, ctx) => {
        const instance = store.instance(environmentId, serviceId);
        if (!instance)
            throw ctx.auth.kind === 'none' ? notAuthorized() : notFound('ServiceInstance');
        const service = store.services.find((s) => s.id === serviceId);
        can(ctx, service?.projectId ?? '', environmentId);
        return instance;
    };
    const deployInstance = (instance, meta) => lifecycle.create(instance, {
        image: instance.source.image,
        variables: { ...store.variablesOf(instance.environmentId, null), ...store.variablesOf(instance.environmentId, instance.serviceId) },
        meta,
    });
    const logs = (lines, args) => {
        const filtered = args.filter ? lines.filter((l) => l.message.includes(args.filter)) : lines;
        return args.limit ? filtered.slice(-args.limit) : filtered;
    };
    const variablesChanged = (environmentId, serviceId, skipDeploys) => {
        if (skipDeploys)
            return;
        for (const instance of store.instances.filter((i) => i.environmentId === environmentId && (!serviceId || i.serviceId === serviceId))) {
            if (store.deploymentsOf(instance.environmentId, instance.serviceId).some((d) => d.status === 'SUCCESS')) {
                deployInstance(instance, { reason: 'variables changed' });
            }
        }
    };
    return {
        me: (_, ctx) => {
            accountOnly(ctx);
            return store.user;
        },
        projectToken: (_, ctx) => {
            if (ctx.auth.kind !== 'project')
                throw new graphql/* GraphQLError */.eOn('Project Token not found');
            const { tokenId } = ctx.auth;
            const token = store.projectTokens.find((t) => t.id === tokenId);
            return {
                ...token,
                displayToken: `${token?.token.slice(0, 4)}…`,
                project: () => projectView(store.projects.find((p) => p.id === token?.projectId)),
                environment: () => environmentView(store.environments.find((e) => e.id === token?.environmentId)),
            };
        },
        project: ({ id }, ctx) => {
            const p = store.projects.find((x) => x.id === id);
            if (!p)
                throw ctx.auth.kind === 'none' ? notAuthorized() : new graphql/* GraphQLError */.eOn('Project not found');
            can(ctx, p.id);
            return projectView(p);
        },
        environment: ({ id }, ctx) => {
            const e = store.environments.find((x) => x.id === id);
            if (!e)
                throw notFound('Environment');
            can(ctx, e.projectId, e.id);
            return environmentView(e);
        },
        environments: (args, ctx) => {
            can(ctx, args.projectId);
            const visible = store.environments.filter((e) => e.projectId === args.projectId && (ctx.auth.kind !== 'project' || e.id === ctx.auth.environmentId));
            return connection(visible.map((e) => environmentView(e)), args);
        },
        service: ({ id }, ctx) => {
            const s = store.services.find((x) => x.id === id);
            if (!s)
                throw notFound('Service');
            can(ctx, s.projectId);
            return serviceView(s);
        },
        serviceInstance: ({ environmentId, serviceId }, ctx) => instanceView(findInstance(environmentId, serviceId, ctx)),
        deployments: (args, ctx) => {
            const { input } = args;
            if (ctx.auth.kind === 'none')
                throw notAuthorized();
            const list = store.deployments
                .filter((d) => (!input.projectId || d.projectId === input.projectId) && (!input.environmentId || d.environmentId === input.environmentId))
                .filter((d) => (!input.serviceId || d.serviceId === input.serviceId) && (!input.status?.in || input.status.in.includes(d.status)))
                .filter((d) => !input.status?.notIn?.includes(d.status))
                .filter((d) => ctx.auth.kind === 'account' ||
                (ctx.auth.kind === 'project' && d.projectId === ctx.auth.projectId && d.environmentId === ctx.auth.environmentId))
                .reverse();
            return connection(list.map(deploymentView), args);
        },
        deployment: ({ id }, ctx) => deploymentView(findDeployment(id, ctx)),
        buildLogs: (args, ctx) => logs(findDeployment(args.deploymentId, ctx).buildLogs, args),
        deploymentLogs: (args, ctx) => logs(findDeployment(args.deploymentId, ctx).deployLogs, args),
        domains: (args, ctx) => {
            can(ctx, args.projectId, args.environmentId);
            return domainsOf(args.environmentId, args.serviceId);
        },
        variables: (args, ctx) => {
            can(ctx, args.projectId, args.environmentId);
            return {
                ...store.variablesOf(args.environmentId, null),
                ...(args.serviceId ? store.variablesOf(args.environmentId, args.serviceId) : {}),
            };
        },
        serviceInstanceDeployV2: (args, ctx) => {
            const instance = findInstance(args.environmentId, args.serviceId, ctx);
            return deployInstance(instance, args.commitSha ? { commitHash: args.commitSha, reason: 'deploy' } : { reason: 'deploy' }).id;
        },
        serviceInstanceDeploy: (args, ctx) => {
            deployInstance(findInstance(args.environmentId, args.serviceId, ctx), args.commitSha ? { commitHash: args.commitSha, reason: 'deploy' } : { reason: 'deploy' });
            return true;
        },
        serviceInstanceRedeploy: (args, ctx) => {
            const instance = findInstance(args.environmentId, args.serviceId, ctx);
            const latest = store.deploymentsOf(instance.environmentId, instance.serviceId).at(-1);
            lifecycle.create(instance, {
                image: latest?.image ?? instance.source.image,
                variables: latest?.variables ?? {},
                meta: { ...latest?.meta, reason: 'redeploy' },
            });
            return true;
        },
        deploymentRedeploy: ({ id }, ctx) => {
            const d = findDeployment(id, ctx);
            const instance = findInstance(d.environmentId, d.serviceId, ctx);
            return deploymentView(lifecycle.create(instance, { image: d.image, variables: d.variables, meta: { ...d.meta, reason: 'redeploy' } }));
        },
        deploymentRollback: ({ id }, ctx) => {
            const d = findDeployment(id, ctx);
            // canRollback is set once an image was built and kept; a build still running has none yet.
            if (!d.canRollback || ['INITIALIZING', 'QUEUED', 'WAITING', 'BUILDING', 'DEPLOYING'].includes(d.status)) {
                throw new graphql/* GraphQLError */.eOn('Deployment cannot be rolled back');
            }
            const instance = findInstance(d.environmentId, d.serviceId, ctx);
            lifecycle.create(instance, { image: d.image, variables: d.variables, meta: { ...d.meta, reason: 'rollback', rolledBackFrom: d.id } });
            return true;
        },
        deploymentRestart: async ({ id }, ctx) => {
            const d = findDeployment(id, ctx);
            if (!(await lifecycle.restart(d, findInstance(d.environmentId, d.serviceId, ctx))))
                throw new graphql/* GraphQLError */.eOn('Deployment cannot be restarted');
            return true;
        },
        deploymentRemove: ({ id }, ctx) => {
            const d = findDeployment(id, ctx);
            void lifecycle.retire(d).catch(() => { });
            return true;
        },
        deploymentCancel: ({ id }, ctx) => {
            if (!lifecycle.cancel(findDeployment(id, ctx)))
                throw new graphql/* GraphQLError */.eOn('Deployment cannot be cancelled');
            return true;
        },
        serviceInstanceUpdate: (args, ctx) => {
            const targets = store.instances.filter((i) => i.serviceId === args.serviceId && (!args.environmentId || i.environmentId === args.environmentId));
            if (targets.length === 0)
                throw notFound('ServiceInstance');
            for (const instance of targets) {
                findInstance(instance.environmentId, instance.serviceId, ctx);
                const { source, ...rest } = args.input;
                for (const [key, value] of Object.entries(rest))
                    if (value !== undefined)
                        Object.assign(instance, { [key]: value });
                if (source)
                    instance.source = { image: source.image ?? instance.source.image, repo: source.repo ?? instance.source.repo };
                instance.updatedAt = now();
            }
            return true;
        },
        variableUpsert: ({ input, }, ctx) => {
            can(ctx, input.projectId, input.environmentId);
            store.variablesOf(input.environmentId, input.serviceId ?? null)[input.name] = input.value;
            variablesChanged(input.environmentId, input.serviceId, input.skipDeploys);
            return true;
        },
        variableCollectionUpsert: ({ input, }, ctx) => {
            can(ctx, input.projectId, input.environmentId);
            const vars = store.variablesOf(input.environmentId, input.serviceId ?? null);
            if (input.replace)
                for (const key of Object.keys(vars))
                    delete vars[key];
            Object.assign(vars, input.variables);
            variablesChanged(input.environmentId, input.serviceId, input.skipDeploys);
            return true;
        },
        variableDelete: ({ input }, ctx) => {
            can(ctx, input.projectId, input.environmentId);
            delete store.variablesOf(input.environmentId, input.serviceId ?? null)[input.name];
            variablesChanged(input.environmentId, input.serviceId, false);
            return true;
        },
        serviceDomainCreate: ({ input }, ctx) => {
            const instance = findInstance(input.environmentId, input.serviceId, ctx);
            const existing = store.domains.find((d) => d.kind === 'service' && d.environmentId === input.environmentId && d.serviceId === input.serviceId);
            if (existing)
                throw new graphql/* GraphQLError */.eOn('Service already has a service domain');
            const service = store.services.find((s) => s.id === input.serviceId);
            const domain = {
                id: newId(),
                kind: 'service',
                domain: serviceDomainHost(instance),
                environmentId: input.environmentId,
                serviceId: input.serviceId,
                projectId: service?.projectId ?? '',
                targetPort: input.targetPort ?? null,
                createdAt: now(),
                updatedAt: now(),
            };
            store.domains.push(domain);
            return domainView(domain);
        },
        serviceDomainDelete: ({ id }, ctx) => deleteDomain(id, 'service', ctx),
        customDomainCreate: ({ input }, ctx) => {
            can(ctx, input.projectId, input.environmentId);
            findInstance(input.environmentId, input.serviceId, ctx);
            if (store.domains.some((d) => d.domain === input.domain))
                throw new graphql/* GraphQLError */.eOn('Domain is already in use');
            const domain = {
                id: newId(),
                kind: 'custom',
                ...input,
                targetPort: input.targetPort ?? null,
                createdAt: now(),
                updatedAt: now(),
            };
            store.domains.push(domain);
            return { ...domainView(domain), status: { verified: true, certificateStatus: 'CERTIFICATE_STATUS_TYPE_VALID' } };
        },
        customDomainDelete: ({ id }, ctx) => deleteDomain(id, 'custom', ctx),
    };
    function deleteDomain(id, kind, ctx) {
        const at = store.domains.findIndex((d) => d.id === id && d.kind === kind);
        const domain = store.domains[at];
        if (!domain)
            throw notFound('Domain');
        can(ctx, domain.projectId, domain.environmentId);
        store.domains.splice(at, 1);
        return true;
    }
}
function instanceStatus(status) {
    switch (status) {
        case 'SUCCESS':
            return 'RUNNING';
        case 'CRASHED':
            return 'CRASHED';
        case 'REMOVED':
            return 'REMOVED';
        case 'REMOVING':
            return 'REMOVING';
        case 'FAILED':
            return 'EXITED';
        default:
            return 'INITIALIZING';
    }
}

;// CONCATENATED MODULE: ../sandbox/src/railway/server.ts








const railwaySdl = (0,external_node_fs_.readFileSync)(new URL(/* asset import */ __webpack_require__(6529), __webpack_require__.b), 'utf8');
const traceId = () => String(BigInt(`0x${(0,external_node_crypto_.randomUUID)().replace(/-/g, '').slice(0, 15)}`));
function formatError(error, code) {
    return {
        message: error.message,
        ...(error.locations ? { locations: error.locations } : {}),
        ...(error.path ? { path: error.path } : {}),
        extensions: { code },
        traceId: traceId(),
    };
}
function rootFields(document, operationName) {
    const operation = document.definitions.find((d) => d.kind === graphql/* Kind */.b8C.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
    return operation?.selectionSet.selections.flatMap((s) => (s.kind === graphql/* Kind */.b8C.FIELD ? [s.name.value] : [])) ?? [];
}
/** Railway's public API: `POST /graphql/v2`, executed against golive's subset of the real schema. */
async function startRailwayApi(options) {
    const schema = (0,graphql/* buildSchema */.IV5)(railwaySdl);
    const root = createRoot(options.store, options.lifecycle);
    const rate = new PerSecondLimit(options.rateLimitPerSecond);
    const authOf = (req) => {
        const projectToken = req.headers['project-access-token'];
        if (typeof projectToken === 'string' && projectToken) {
            const token = options.store.projectTokens.find((t) => t.token === projectToken);
            return token
                ? { kind: 'project', projectId: token.projectId, environmentId: token.environmentId, tokenId: token.id }
                : { kind: 'bad-project-token' };
        }
        const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
        return bearer === options.accountToken ? { kind: 'account' } : { kind: 'none' };
    };
    const handle = async (req, res) => {
        const ctx = context(req, res);
        if (ctx.url.pathname !== '/graphql/v2' || req.method !== 'POST') {
            sendJson(res, 404, { message: 'Not Found', requestId: (0,external_node_crypto_.randomUUID)() });
            return;
        }
        const credential = String(req.headers['project-access-token'] ?? req.headers.authorization ?? 'anonymous');
        const decision = rate.take(credential);
        const rateHeaders = {
            'x-ratelimit-limit': String(decision.limit),
            'x-ratelimit-remaining': String(decision.remaining),
            'x-ratelimit-reset': new Date(decision.reset * 1000).toISOString(),
        };
        if (decision.limited) {
            options.calls.record({ api: 'railway', operation: '(rate limited)', status: 429 });
            sendJson(res, 429, { data: null }, { ...rateHeaders, 'retry-after': '1' });
            return;
        }
        let request;
        try {
            request = await ctx.json();
        }
        catch {
            sendJson(res, 400, {
                errors: [{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' }, traceId: traceId() }],
            });
            return;
        }
        let document;
        try {
            document = (0,graphql/* parse */.qgA)(request.query ?? '');
        }
        catch (error) {
            sendJson(res, 400, { errors: [formatError(error, 'GRAPHQL_PARSE_FAILED')] }, rateHeaders);
            return;
        }
        const invalid = (0,graphql/* validate */.tfT)(schema, document);
        if (invalid.length) {
            sendJson(res, 400, { errors: invalid.map((e) => formatError(e, 'GRAPHQL_VALIDATION_FAILED')) }, rateHeaders);
            return;
        }
        const fields = rootFields(document, request.operationName);
        for (const field of fields) {
            const fault = options.faults.takeRequest('railway', field);
            if (fault &&
                (await actOut(fault, res, () => ({ errors: [{ message: 'Problem processing request', traceId: traceId() }], data: null })))) {
                options.calls.record({ api: 'railway', operation: field, status: fault.status ?? 0, body: request.variables });
                return;
            }
        }
        const result = await (0,graphql/* execute */.g7Y)({
            schema,
            document,
            rootValue: root,
            contextValue: { auth: authOf(req) },
            variableValues: request.variables,
            operationName: request.operationName,
        });
        for (const field of fields)
            options.calls.record({ api: 'railway', operation: field, status: 200, body: request.variables });
        if (!('data' in result) || result.data === undefined) {
            sendJson(res, 400, { errors: (result.errors ?? []).map((e) => formatError(e, 'BAD_USER_INPUT')) }, rateHeaders);
            return;
        }
        const body = result.errors?.length
            ? { errors: result.errors.map((e) => formatError(e, 'INTERNAL_SERVER_ERROR')), data: result.data }
            : { data: result.data };
        sendJson(res, 200, body, rateHeaders);
    };
    return startHttpServer((req, res) => {
        handle(req, res).catch((error) => {
            if (!res.headersSent)
                sendJson(res, 500, { errors: [{ message: String(error), traceId: traceId() }] });
        });
    });
}

;// CONCATENATED MODULE: ../sandbox/src/vercel/store.ts

const vercelId = (prefix) => `${prefix}_${(0,external_node_crypto_.randomBytes)(14).toString('base64url').replace(/[-_]/g, 'x').slice(0, 24)}`;
class VercelStore {
    team;
    user = { id: vercelId('usr').replace('usr_', ''), username: 'golive' };
    projects = [];
    deployments = [];
    /** Uploaded files by sha1. */
    blobs = new Map();
    constructor(team) {
        this.team = team;
    }
    project(idOrName) {
        return this.projects.find((p) => p.id === idOrName || p.name === idOrName);
    }
    deployment(idOrUrl) {
        const host = idOrUrl.replace(/^https?:\/\//, '');
        return this.deployments.find((d) => d.id === idOrUrl || d.host === host || d.alias.includes(host));
    }
}

;// CONCATENATED MODULE: ../sandbox/src/vercel/platform.ts





/** A refusal with Vercel's error code and HTTP status. */
class VercelApiError extends Error {
    status;
    code;
    extra;
    constructor(status, code, message, extra = {}) {
        super(message);
        this.status = status;
        this.code = code;
        this.extra = extra;
    }
}
/**
 * Vercel's deployment and release behaviour: QUEUED → INITIALIZING → BUILDING →
 * READY (or ERROR, CANCELED); production domains move on auto-assign, promote and
 * rollback; rolling releases split production traffic by stage.
 */
class VercelPlatform {
    store;
    versions;
    timings;
    faults;
    fleet;
    stopping = new AbortController();
    constructor(store, versions, timings, faults, fleet) {
        this.store = store;
        this.versions = versions;
        this.timings = timings;
        this.faults = faults;
        this.fleet = fleet;
    }
    /** A new project with its production domain; a first deploy of a new name makes one, as Vercel does. */
    async addProject(name, framework) {
        const proxy = await startProxy({
            name,
            notFound: { status: 404, body: 'The deployment could not be found on Vercel.\n\nDEPLOYMENT_NOT_FOUND' },
            badGateway: { status: 502, body: 'An error occurred with this application.\n\nNO_RESPONSE_FROM_FUNCTION' },
            stickyCookie: `_vcrr_${(0,external_node_crypto_.createHash)('sha1').update(name).digest('hex').slice(0, 12)}`,
        });
        const project = {
            id: vercelId('prj'),
            name,
            accountId: this.store.team.id,
            framework,
            createdAt: Date.now(),
            updatedAt: Date.now(),
            autoAssignCustomDomains: true,
            rollingRelease: null,
            lastAliasRequest: null,
            productionDeploymentId: null,
            release: null,
            proxy,
        };
        this.store.projects.push(project);
        return project;
    }
    async create(request) {
        const { project } = request;
        const fault = this.faults.takeDeployment('vercel', project.name);
        const behaviour = { ...this.versions.behaviour(request.version) };
        if (fault?.kind === 'never-healthy')
            behaviour.healthy = false;
        if (fault?.kind === 'crash-after-start')
            behaviour.crashAfterMs = 300;
        const id = vercelId('dpl');
        const app = await startSampleApp({ version: request.version, deploymentId: id, behaviour, files: request.files });
        this.fleet.add(app, {
            platform: 'vercel',
            service: project.name,
            environment: request.target ?? 'preview',
            version: request.version,
            deployment: id,
        });
        const deployment = {
            id,
            name: request.name,
            projectId: project.id,
            ownerId: this.store.team.id,
            target: request.target,
            readyState: 'QUEUED',
            createdAt: Date.now(),
            meta: request.meta,
            alias: [],
            aliasAssigned: false,
            autoAssign: request.target === 'production' && project.autoAssignCustomDomains && !request.staged,
            servedProduction: false,
            version: request.version,
            files: request.files,
            app,
            host: new URL(app.url).host,
        };
        this.store.deployments.push(deployment);
        void this.build(deployment, project, fault?.kind === 'build-failure').catch(() => { });
        return deployment;
    }
    async build(d, project, fails) {
        await (0,sleep/* sleep */.y)(this.timings.initializeMs / 2, this.stopping.signal);
        if (d.readyState !== 'QUEUED')
            return;
        d.readyState = 'INITIALIZING';
        await (0,sleep/* sleep */.y)(this.timings.initializeMs / 2, this.stopping.signal);
        if (d.readyState !== 'INITIALIZING')
            return;
        d.readyState = 'BUILDING';
        d.buildingAt = Date.now();
        await (0,sleep/* sleep */.y)(this.timings.buildMs, this.stopping.signal);
        if (d.readyState !== 'BUILDING')
            return;
        if (fails) {
            d.readyState = 'ERROR';
            d.errorCode = 'BUILD_FAILED';
            d.errorMessage = 'Command "npm run build" exited with 1';
            await d.app?.stop();
            d.app = undefined;
            return;
        }
        d.readyState = 'READY';
        d.ready = Date.now();
        if (d.target !== 'production') {
            d.alias.push(`${project.name}-git-main-${this.store.team.slug}.vercel.app`);
            d.aliasAssigned = true;
            return;
        }
        if (!d.autoAssign) {
            d.readySubstate = 'STAGED';
            d.aliasAssigned = true;
            return;
        }
        if (project.rollingRelease && project.productionDeploymentId && !this.activeRelease(project)) {
            // A rolling release starts on ready; the canary's aliases wait for it.
            this.startRelease(project, d);
            return;
        }
        this.makeProduction(project, d);
    }
    cancel(d) {
        if (!['QUEUED', 'INITIALIZING', 'BUILDING'].includes(d.readyState)) {
            throw new VercelApiError(400, 'deployment_not_cancelable', `The deployment ${d.id} cannot be canceled because it is ${d.readyState}`);
        }
        d.readyState = 'CANCELED';
        void d.app?.stop();
        d.app = undefined;
    }
    /** The production domains now serve `d`. */
    makeProduction(project, d) {
        const previous = this.store.deployments.find((x) => x.id === project.productionDeploymentId);
        if (previous && previous !== d) {
            previous.alias = previous.alias.filter((a) => a !== productionDomain(project));
            if (previous.readySubstate === 'PROMOTED')
                previous.readySubstate = undefined;
        }
        project.productionDeploymentId = d.id;
        d.servedProduction = true;
        d.readySubstate = 'PROMOTED';
        if (!d.alias.includes(productionDomain(project)))
            d.alias.push(productionDomain(project));
        d.aliasAssigned = true;
        project.updatedAt = Date.now();
        if (d.app)
            project.proxy.setRoute({ stable: { url: d.app.url, deploymentId: d.id } });
    }
    activeRelease(project) {
        return project.release?.state === 'ACTIVE' ? project.release : undefined;
    }
    promote(project, d) {
        if (d.readyState !== 'READY')
            throw new VercelApiError(400, 'deployment_not_ready', `Deployment ${d.id} is not ready`);
        if (d.target !== 'production') {
            throw new VercelApiError(400, 'invalid_target', `Deployment ${d.id} is not a production deployment; create a production deployment from it instead`);
        }
        const release = this.activeRelease(project);
        if (release) {
            if (release.canaryDeploymentId === d.id) {
                this.completeRelease(project, release);
                return 201;
            }
            release.queuedDeploymentId = d.id;
            return 202;
        }
        if (project.rollingRelease && project.productionDeploymentId && project.productionDeploymentId !== d.id) {
            project.autoAssignCustomDomains = true;
            this.startRelease(project, d);
            return 201;
        }
        this.aliasJob(project, 'promote', d, () => {
            project.autoAssignCustomDomains = true;
            this.makeProduction(project, d);
        });
        return 201;
    }
    rollback(project, d, description) {
        if (d.readyState !== 'READY' || !d.servedProduction) {
            throw new VercelApiError(400, 'invalid_rollback_target', `Deployment ${d.id} has not served production and cannot be a rollback target`);
        }
        const release = this.activeRelease(project);
        project.autoAssignCustomDomains = false;
        if (description)
            project.rollbackDescription = { userId: this.store.user.id, username: this.store.user.username, description, createdAt: Date.now() };
        if (release) {
            clearTimeout(release.timer);
            release.state = 'ABORTED';
            release.activeIndex = null;
            release.updatedAt = Date.now();
            const canary = this.store.deployments.find((x) => x.id === release.canaryDeploymentId);
            if (canary)
                canary.readySubstate = undefined;
        }
        this.aliasJob(project, 'rollback', d, () => {
            this.makeProduction(project, d);
        }, release?.canaryDeploymentId);
    }
    /** Records the alias request, then moves the domains after a short job, as Vercel does. */
    aliasJob(project, type, d, apply, fromRollingReleaseId) {
        const request = {
            type,
            jobStatus: 'in-progress',
            fromDeploymentId: project.productionDeploymentId,
            toDeploymentId: d.id,
            requestedAt: Date.now(),
            ...(fromRollingReleaseId ? { fromRollingReleaseId } : {}),
        };
        project.lastAliasRequest = request;
        void (0,sleep/* sleep */.y)(this.timings.aliasMs, this.stopping.signal)
            .then(() => {
            if (project.lastAliasRequest !== request)
                return;
            apply();
            project.lastAliasRequest = { ...request, jobStatus: 'succeeded' };
        })
            .catch(() => { });
    }
    setReleaseConfig(project, body) {
        if (body.enabled === false) {
            project.rollingRelease = null;
            return null;
        }
        const advancementType = body.advancementType === 'automatic' ? 'automatic' : 'manual-approval';
        const stages = [...(body.stages ?? [])];
        if (stages.length === 0)
            throw new VercelApiError(400, 'bad_request', 'stages must have at least one stage before 100%');
        if (stages.at(-1)?.targetPercentage !== 100)
            stages.push({ targetPercentage: 100 });
        let last = 0;
        for (const [i, stage] of stages.entries()) {
            const final = i === stages.length - 1;
            if (!final && (stage.targetPercentage < 1 || stage.targetPercentage > 99 || stage.targetPercentage <= last)) {
                throw new VercelApiError(400, 'bad_request', 'stage percentages must rise from 1 to 99, then end at 100');
            }
            if (!final && advancementType === 'automatic' && !stage.duration)
                throw new VercelApiError(400, 'bad_request', 'automatic stages need a duration in minutes');
            last = stage.targetPercentage;
        }
        project.rollingRelease = {
            target: 'production',
            advancementType,
            stages: stages.map((s, i) => ({
                targetPercentage: s.targetPercentage,
                duration: i === stages.length - 1 || advancementType === 'manual-approval' ? null : (s.duration ?? null),
                requireApproval: advancementType === 'manual-approval' && i < stages.length - 1,
                linearShift: false,
            })),
        };
        project.updatedAt = Date.now();
        return project.rollingRelease;
    }
    startRelease(project, canary) {
        const active = this.activeRelease(project);
        if (active?.canaryDeploymentId === canary.id)
            return active;
        if (active)
            throw new VercelApiError(409, 'rolling_release_active', 'A rolling release is already in progress; complete or abort it first');
        const config = project.rollingRelease;
        if (!config)
            throw new VercelApiError(400, 'rolling_release_not_configured', 'Rolling releases are not enabled for this project');
        if (canary.readyState !== 'READY' || canary.target !== 'production') {
            throw new VercelApiError(400, 'invalid_canary', `Deployment ${canary.id} is not a ready production deployment`);
        }
        const release = {
            state: 'ACTIVE',
            substate: null,
            currentDeploymentId: project.productionDeploymentId,
            canaryDeploymentId: canary.id,
            queuedDeploymentId: null,
            advancementType: config.advancementType,
            stages: config.stages,
            activeIndex: 0,
            startedAt: Date.now(),
            updatedAt: Date.now(),
        };
        project.release = release;
        canary.readySubstate = 'ROLLING';
        this.applyStage(project, release);
        return release;
    }
    approveStage(project, canaryId, nextStageIndex) {
        const release = this.releaseFor(project, canaryId);
        if (nextStageIndex !== (release.activeIndex ?? -1) + 1 || nextStageIndex >= release.stages.length) {
            throw new VercelApiError(400, 'invalid_stage', `nextStageIndex must be ${(release.activeIndex ?? -1) + 1}`);
        }
        if (nextStageIndex === release.stages.length - 1) {
            this.completeRelease(project, release);
            return release;
        }
        release.activeIndex = nextStageIndex;
        this.applyStage(project, release);
        return release;
    }
    complete(project, canaryId) {
        const release = this.releaseFor(project, canaryId);
        this.completeRelease(project, release);
        return release;
    }
    releaseFor(project, canaryId) {
        const release = this.activeRelease(project);
        if (!release)
            throw new VercelApiError(400, 'no_active_rolling_release', 'There is no active rolling release for this project');
        if (release.canaryDeploymentId !== canaryId) {
            throw new VercelApiError(400, 'canary_mismatch', `The active rolling release's canary is ${release.canaryDeploymentId}, not ${canaryId}`);
        }
        return release;
    }
    completeRelease(project, release) {
        clearTimeout(release.timer);
        release.state = 'COMPLETE';
        release.activeIndex = release.stages.length - 1;
        release.updatedAt = Date.now();
        const canary = this.store.deployments.find((d) => d.id === release.canaryDeploymentId);
        if (canary)
            this.makeProduction(project, canary);
    }
    /** Routes the stage's share of production to the canary; automatic stages schedule the next. */
    applyStage(project, release) {
        const stage = release.stages[release.activeIndex ?? 0];
        const canary = this.store.deployments.find((d) => d.id === release.canaryDeploymentId);
        const stable = this.store.deployments.find((d) => d.id === release.currentDeploymentId);
        release.updatedAt = Date.now();
        if (canary?.app) {
            project.proxy.setRoute({
                stable: stable?.app ? { url: stable.app.url, deploymentId: stable.id } : undefined,
                canary: { url: canary.app.url, deploymentId: canary.id },
                canaryPercent: stage.targetPercentage,
            });
        }
        if (release.advancementType === 'automatic' && stage.duration) {
            release.timer = setTimeout(() => {
                if (release.state !== 'ACTIVE')
                    return;
                const next = (release.activeIndex ?? 0) + 1;
                if (next >= release.stages.length - 1)
                    this.completeRelease(project, release);
                else {
                    release.activeIndex = next;
                    this.applyStage(project, release);
                }
            }, stage.duration * this.timings.minuteMs);
            release.timer.unref();
        }
    }
    /** A production deployment already live when the sandbox starts. */
    async seed(project, version) {
        const d = await this.create({
            project,
            name: project.name,
            target: 'production',
            meta: { goliveVersion: version },
            files: new Map(),
            version,
        });
        d.readyState = 'READY';
        d.buildingAt = d.ready = d.createdAt;
        this.makeProduction(project, d);
        return d;
    }
    async stop() {
        this.stopping.abort();
        for (const project of this.store.projects)
            clearTimeout(project.release?.timer);
        await Promise.all(this.store.deployments.map((d) => d.app?.stop()));
        await Promise.all(this.store.projects.map((p) => p.proxy.close()));
    }
}
function productionDomain(project) {
    return new URL(project.proxy.url).host;
}

;// CONCATENATED MODULE: ../sandbox/src/vercel/views.ts

/** A deployment as `GET /v13/deployments/{id}` answers it. */
function deploymentView(store, d) {
    const project = store.projects.find((p) => p.id === d.projectId);
    return {
        id: d.id,
        name: d.name,
        url: d.host,
        inspectorUrl: `https://vercel.com/${store.team.slug}/${d.name}/${d.id.replace('dpl_', '')}`,
        projectId: d.projectId,
        ownerId: d.ownerId,
        target: d.target,
        readyState: d.readyState,
        status: d.readyState,
        ...(d.readySubstate ? { readySubstate: d.readySubstate } : {}),
        type: 'LAMBDAS',
        createdAt: d.createdAt,
        createdIn: 'iad1',
        buildingAt: d.buildingAt ?? d.createdAt,
        bootedAt: d.createdAt,
        ...(d.ready ? { ready: d.ready } : {}),
        buildSkipped: false,
        build: { env: [] },
        env: [],
        creator: { uid: store.user.id, username: store.user.username },
        meta: d.meta,
        alias: d.alias,
        aliasAssigned: d.aliasAssigned,
        aliasError: null,
        ...(d.errorCode ? { errorCode: d.errorCode, errorMessage: d.errorMessage, errorStep: 'build' } : {}),
        isInConcurrentBuildsQueue: false,
        isInSystemBuildsQueue: false,
        plan: 'pro',
        projectSettings: {},
        public: false,
        regions: ['iad1'],
        routes: null,
        version: 2,
        ...(project ? { project: { id: project.id, name: project.name, framework: project.framework } } : {}),
    };
}
/** A deployment as the list endpoints answer it. */
function listedDeploymentView(store, d) {
    const project = store.projects.find((p) => p.id === d.projectId);
    return {
        uid: d.id,
        name: d.name,
        url: d.host,
        created: d.createdAt,
        createdAt: d.createdAt,
        buildingAt: d.buildingAt ?? d.createdAt,
        ...(d.ready ? { ready: d.ready } : {}),
        state: d.readyState,
        readyState: d.readyState,
        ...(d.readySubstate ? { readySubstate: d.readySubstate } : {}),
        type: 'LAMBDAS',
        creator: { uid: store.user.id, username: store.user.username },
        inspectorUrl: `https://vercel.com/${store.team.slug}/${d.name}/${d.id.replace('dpl_', '')}`,
        meta: d.meta,
        target: d.target,
        aliasAssigned: d.aliasAssigned,
        aliasError: null,
        projectId: d.projectId,
        isRollbackCandidate: d.servedProduction && d.id !== project?.productionDeploymentId,
    };
}
function stageView(release, index) {
    if (index === null)
        return null;
    const stage = release.stages[index];
    if (!stage)
        return null;
    return {
        index,
        isFinalStage: index === release.stages.length - 1,
        targetPercentage: stage.targetPercentage,
        requireApproval: stage.requireApproval ?? false,
        duration: stage.duration ?? null,
        linearShift: stage.linearShift ?? false,
    };
}
function summary(store, id) {
    const d = id ? store.deployments.find((x) => x.id === id) : undefined;
    if (!d)
        return null;
    return {
        id: d.id,
        name: d.name,
        url: d.host,
        createdAt: d.createdAt,
        readyState: d.readyState,
        readyStateAt: d.ready ?? d.createdAt,
        target: d.target,
        source: 'cli',
    };
}
/** The rolling-release document, as GET, start, approve-stage and complete answer it. */
function releaseView(store, release) {
    if (!release)
        return null;
    const active = release.state === 'ABORTED' ? null : release.activeIndex;
    const stage = active === null ? undefined : release.stages[active];
    return {
        state: release.state,
        substate: release.substate,
        currentDeployment: summary(store, release.currentDeploymentId),
        canaryDeployment: summary(store, release.canaryDeploymentId),
        queuedDeploymentId: release.queuedDeploymentId,
        advancementType: release.advancementType,
        stages: release.stages.map((_, i) => stageView(release, i)),
        activeStage: stageView(release, active),
        nextStage: release.state === 'ACTIVE' ? stageView(release, (release.activeIndex ?? -1) + 1) : null,
        startedAt: release.startedAt,
        updatedAt: release.updatedAt,
        ...(stage ? { currentCanaryPercentage: stage.targetPercentage } : {}),
    };
}
/** A project as `GET /v9/projects/{idOrName}` answers it. */
function projectView(store, project) {
    const production = store.deployments.find((d) => d.id === project.productionDeploymentId);
    return {
        id: project.id,
        name: project.name,
        accountId: project.accountId,
        framework: project.framework,
        createdAt: project.createdAt,
        updatedAt: project.updatedAt,
        autoAssignCustomDomains: project.autoAssignCustomDomains,
        alias: [
            {
                domain: productionDomain(project),
                environment: 'production',
                target: 'PRODUCTION',
                createdAt: project.createdAt,
                deployment: null,
            },
        ],
        defaultResourceConfig: { fluid: false, functionDefaultRegions: ['iad1'] },
        resourceConfig: { fluid: false, functionDefaultRegions: ['iad1'] },
        deploymentExpiration: { expirationDays: 180 },
        directoryListing: false,
        nodeVersion: '22.x',
        live: false,
        lastAliasRequest: project.lastAliasRequest,
        ...(project.rollbackDescription ? { rollbackDescription: project.rollbackDescription } : {}),
        rollingRelease: project.rollingRelease,
        skewProtectionMaxAge: project.rollingRelease ? 86400 : 0,
        targets: production ? { production: targetView(store, production) } : {},
        latestDeployments: store.deployments
            .filter((d) => d.projectId === project.id)
            .slice(-5)
            .reverse()
            .map((d) => targetView(store, d)),
    };
}
function targetView(store, d) {
    return {
        id: d.id,
        url: d.host,
        name: d.name,
        createdAt: d.createdAt,
        createdIn: 'iad1',
        creator: { uid: store.user.id, username: store.user.username, email: 'ops@golive.example' },
        deploymentHostname: d.host,
        plan: 'pro',
        previewCommentsEnabled: false,
        private: true,
        readyState: d.readyState,
        ...(d.readySubstate ? { readySubstate: d.readySubstate } : {}),
        type: 'LAMBDAS',
        userId: store.user.id,
        target: d.target,
        alias: d.alias,
        aliasAssigned: d.aliasAssigned,
        aliasError: null,
        meta: d.meta,
        buildingAt: d.buildingAt ?? d.createdAt,
        ...(d.ready ? { readyAt: d.ready } : {}),
    };
}

;// CONCATENATED MODULE: ../sandbox/src/vercel/server.ts







/** Vercel's REST API for deployments, promote, rollback, aliases and rolling releases. */
async function startVercelApi(options) {
    const { platform } = options;
    const { store } = platform;
    const router = new Router();
    const rate = new PerSecondLimit(options.rateLimitPerSecond);
    const notFound = (what, id) => new VercelApiError(404, 'not_found', `Could not find the ${what}: ${id}`);
    const projectOf = (ctx) => {
        const id = ctx.params.project;
        const project = store.project(id);
        if (!project)
            throw notFound('project', id);
        return project;
    };
    const deploymentOf = (id) => {
        const d = store.deployment(id);
        if (!d)
            throw notFound('deployment', id);
        return d;
    };
    // Deployments
    router.on('POST', '/:version/deployments', async (ctx) => {
        const body = await ctx.json();
        const source = body.deploymentId ? deploymentOf(body.deploymentId) : undefined;
        const name = body.name ?? source?.name;
        if (!name)
            throw new VercelApiError(400, 'bad_request', "Invalid request: missing required property 'name'");
        const missing = (body.files ?? []).filter((f) => f.sha && !store.blobs.has(f.sha)).map((f) => f.sha);
        if (missing.length)
            throw new VercelApiError(400, 'missing_files', 'Missing files', { missing: [...new Set(missing)] });
        const files = new Map(source?.files ?? []);
        for (const f of body.files ?? []) {
            const data = f.sha ? store.blobs.get(f.sha) : Buffer.from(f.data ?? '', f.encoding === 'base64' ? 'base64' : 'utf8');
            if (data)
                files.set(`/${f.file.replace(/^\/+/, '')}`, data);
        }
        const project = store.project(body.project ?? name) ?? (await platform.addProject(name, null));
        const meta = { ...source?.meta, ...body.meta };
        const target = body.target === 'production' || body.target === 'staging' ? body.target : null;
        const d = await platform.create({
            project,
            name: project.name,
            target,
            meta,
            files,
            version: meta.goliveVersion ?? source?.version ?? 'latest',
            staged: body.autoAssignCustomDomains === false,
        });
        sendJson(ctx.res, 200, deploymentView(store, d));
    });
    router.on('GET', '/:version/deployments/:id', (ctx) => sendJson(ctx.res, 200, deploymentView(store, deploymentOf(ctx.params.id))));
    router.on('GET', '/:version/deployments', (ctx) => {
        const q = ctx.url.searchParams;
        const limit = Math.min(100, Number(q.get('limit') ?? 20));
        const until = q.get('until') ? Number(q.get('until')) : Number.POSITIVE_INFINITY;
        const project = q.get('projectId') ?? q.get('app');
        const states = q.get('state')?.split(',');
        const list = store.deployments
            .filter((d) => !project || d.projectId === project || d.name === project)
            .filter((d) => !q.get('target') || d.target === q.get('target'))
            .filter((d) => !states || states.includes(d.readyState))
            .filter((d) => q.get('rollbackCandidate') !== 'true' || d.servedProduction)
            .filter((d) => d.createdAt < until)
            .reverse();
        const page = list.slice(0, limit);
        sendJson(ctx.res, 200, {
            deployments: page.map((d) => listedDeploymentView(store, d)),
            pagination: { count: page.length, next: list.length > limit ? (page.at(-1)?.createdAt ?? null) : null, prev: null },
        });
    });
    router.on('PATCH', '/:version/deployments/:id/cancel', (ctx) => {
        const d = deploymentOf(ctx.params.id);
        platform.cancel(d);
        sendJson(ctx.res, 200, deploymentView(store, d));
    });
    router.on('DELETE', '/:version/deployments/:id', (ctx) => {
        const d = deploymentOf(ctx.params.id);
        void d.app?.stop();
        store.deployments.splice(store.deployments.indexOf(d), 1);
        sendJson(ctx.res, 200, { uid: d.id, state: 'DELETED' });
    });
    router.on('POST', '/:version/files', async (ctx) => {
        const digest = String(ctx.req.headers['x-vercel-digest'] ?? ctx.req.headers['x-now-digest'] ?? '');
        if (!digest)
            throw new VercelApiError(400, 'missing_digest', 'Missing `x-vercel-digest` header');
        const data = await ctx.body();
        const actual = (0,external_node_crypto_.createHash)('sha1').update(data).digest('hex');
        if (actual !== digest)
            throw new VercelApiError(400, 'invalid_file_digest', `The file's SHA1 (${actual}) does not match the digest header (${digest})`);
        store.blobs.set(digest, data);
        sendJson(ctx.res, 200, {});
    });
    router.on('POST', '/:version/deployments/:id/aliases', async (ctx) => {
        const d = deploymentOf(ctx.params.id);
        const { alias } = await ctx.json();
        if (!alias)
            throw new VercelApiError(400, 'bad_request', "Invalid request: missing required property 'alias'");
        const old = store.deployments.find((x) => x !== d && x.alias.includes(alias));
        if (old)
            old.alias = old.alias.filter((a) => a !== alias);
        if (!d.alias.includes(alias))
            d.alias.push(alias);
        sendJson(ctx.res, 200, {
            uid: `alias_${(0,external_node_crypto_.createHash)('sha1').update(alias).digest('hex').slice(0, 20)}`,
            alias,
            created: new Date().toISOString(),
            ...(old ? { oldDeploymentId: old.id } : {}),
        });
    });
    router.on('GET', '/:version/deployments/:id/aliases', (ctx) => {
        const d = deploymentOf(ctx.params.id);
        sendJson(ctx.res, 200, {
            aliases: d.alias.map((alias) => ({
                uid: `alias_${(0,external_node_crypto_.createHash)('sha1').update(alias).digest('hex').slice(0, 20)}`,
                alias,
                created: new Date(d.createdAt).toISOString(),
            })),
        });
    });
    // Projects, promote, rollback
    router.on('GET', '/:version/projects/:project', (ctx) => sendJson(ctx.res, 200, projectView(store, projectOf(ctx))));
    router.on('PATCH', '/:version/projects/:project', async (ctx) => {
        const project = projectOf(ctx);
        const body = await ctx.json();
        if (typeof body.autoAssignCustomDomains === 'boolean')
            project.autoAssignCustomDomains = body.autoAssignCustomDomains;
        if (body.framework !== undefined)
            project.framework = body.framework;
        project.updatedAt = Date.now();
        sendJson(ctx.res, 200, projectView(store, project));
    });
    router.on('POST', '/:version/projects/:project/promote/:deployment', (ctx) => {
        const status = platform.promote(projectOf(ctx), deploymentOf(ctx.params.deployment));
        ctx.res.writeHead(status).end();
    });
    router.on('POST', '/:version/projects/:project/rollback/:deployment', (ctx) => {
        platform.rollback(projectOf(ctx), deploymentOf(ctx.params.deployment), ctx.url.searchParams.get('description'));
        ctx.res.writeHead(201).end();
    });
    router.on('PATCH', '/:version/projects/:project/rollback/:deployment/update-description', async (ctx) => {
        const project = projectOf(ctx);
        const { description } = await ctx.json();
        project.rollbackDescription = {
            userId: store.user.id,
            username: store.user.username,
            description: description ?? '',
            createdAt: Date.now(),
        };
        ctx.res.writeHead(200).end();
    });
    for (const kind of ['promote', 'rollback']) {
        router.on('GET', `/:version/projects/:project/${kind}/aliases`, (ctx) => {
            const project = projectOf(ctx);
            const request = project.lastAliasRequest;
            const status = request?.jobStatus === 'succeeded' ? 'completed' : request?.jobStatus === 'failed' ? 'failed' : 'in-progress';
            const aliases = request && request.type === kind && ctx.url.searchParams.get('failedOnly') !== 'true'
                ? [{ status, alias: new URL(project.proxy.url).host, id: request.toDeploymentId }]
                : [];
            sendJson(ctx.res, 200, { aliases, pagination: { count: aliases.length, next: null, prev: null } });
        });
    }
    // Rolling releases
    router.on('GET', '/:version/projects/:project/rolling-release/config', (ctx) => sendJson(ctx.res, 200, { rollingRelease: projectOf(ctx).rollingRelease }));
    router.on('PATCH', '/:version/projects/:project/rolling-release/config', async (ctx) => {
        const config = platform.setReleaseConfig(projectOf(ctx), await ctx.json());
        sendJson(ctx.res, 200, { rollingRelease: config });
    });
    router.on('DELETE', '/:version/projects/:project/rolling-release/config', (ctx) => {
        projectOf(ctx).rollingRelease = null;
        sendJson(ctx.res, 200, {});
    });
    router.on('GET', '/:version/projects/:project/rolling-release/billing', (ctx) => {
        projectOf(ctx);
        sendJson(ctx.res, 200, {
            availableSlots: 'unlimited',
            reason: 'unlimited_slots',
            message: 'Rolling releases are available on this plan.',
        });
    });
    router.on('GET', '/:version/projects/:project/rolling-release', (ctx) => {
        const project = projectOf(ctx);
        const state = ctx.url.searchParams.get('state');
        const release = project.release && (!state || project.release.state === state) ? project.release : null;
        sendJson(ctx.res, 200, { rollingRelease: releaseView(store, release) });
    });
    router.on('POST', '/:version/projects/:project/rolling-release/start', async (ctx) => {
        const project = projectOf(ctx);
        const { canaryDeploymentId } = await ctx.json();
        const release = platform.startRelease(project, deploymentOf(canaryDeploymentId ?? ''));
        sendJson(ctx.res, 200, { rollingRelease: releaseView(store, release) });
    });
    router.on('POST', '/:version/projects/:project/rolling-release/approve-stage', async (ctx) => {
        const { canaryDeploymentId, nextStageIndex } = await ctx.json();
        const release = platform.approveStage(projectOf(ctx), canaryDeploymentId ?? '', Number(nextStageIndex));
        sendJson(ctx.res, 200, { rollingRelease: releaseView(store, release) });
    });
    router.on('POST', '/:version/projects/:project/rolling-release/complete', async (ctx) => {
        const { canaryDeploymentId } = await ctx.json();
        const release = platform.complete(projectOf(ctx), canaryDeploymentId ?? '');
        sendJson(ctx.res, 200, { rollingRelease: releaseView(store, release) });
    });
    const handle = async (req, res) => {
        const ctx = context(req, res);
        const operation = `${req.method} ${ctx.url.pathname}`;
        const token = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
        const record = (status) => options.calls.record({ api: 'vercel', operation, status });
        if (token !== options.token) {
            record(403);
            sendJson(res, 403, { error: { code: 'forbidden', message: 'Not authorized', invalidToken: true } });
            return;
        }
        const decision = rate.take(token);
        if (decision.limited) {
            record(429);
            const limit = { remaining: 0, reset: decision.reset, resetMs: decision.reset * 1000, total: decision.limit };
            sendJson(res, 429, { error: { code: 'rate_limited', message: 'Rate limit exceeded', limit } }, { 'retry-after': '1' });
            return;
        }
        const q = ctx.url.searchParams;
        const teamId = q.get('teamId');
        const slug = q.get('slug');
        if ((teamId && teamId !== store.team.id) || (slug && slug !== store.team.slug)) {
            record(403);
            sendJson(res, 403, { error: { code: 'forbidden', message: 'You do not have access to this team' } });
            return;
        }
        const fault = options.faults.takeRequest('vercel', operation);
        if (fault &&
            (await actOut(fault, res, (status) => ({
                error: { code: status === 429 ? 'rate_limited' : 'internal_server_error', message: 'Injected fault' },
            })))) {
            record(fault.status ?? 0);
            return;
        }
        const route = router.match(req.method ?? 'GET', ctx.url.pathname);
        if (!route || !/^\/v\d+\//.test(ctx.url.pathname)) {
            record(404);
            sendJson(res, 404, { error: { code: 'not_found', message: 'The requested URL was not found' } });
            return;
        }
        // Projects belong to the team: without its scope there is nothing to find.
        if (!teamId && !slug && ctx.url.pathname.includes('/projects/')) {
            record(404);
            sendJson(res, 404, { error: { code: 'not_found', message: `Could not find the project: ${ctx.url.pathname.split('/')[3]}` } });
            return;
        }
        try {
            ctx.params = route.params;
            await route.handler(ctx);
            record(res.statusCode);
        }
        catch (error) {
            if (!(error instanceof VercelApiError))
                throw error;
            record(error.status);
            sendJson(res, error.status, { error: { code: error.code, message: error.message, ...error.extra } });
        }
    };
    return startHttpServer((req, res) => {
        handle(req, res).catch((error) => {
            if (!res.headersSent)
                sendJson(res, 500, { error: { code: 'internal_server_error', message: String(error) } });
        });
    });
}

;// CONCATENATED MODULE: ../sandbox/src/sandbox.ts

















/**
 * Starts the whole stand-in world on loopback ports chosen free. `stop()` ends
 * every server, app and child process, and is safe to call twice.
 */
async function startSandbox(input = {}) {
    const config = parseSandboxConfig(input);
    // The plan's faults load after seeding, so the running versions are not affected.
    const faults = new Faults();
    const calls = new CallLog();
    const versions = new Versions(config.versions);
    const fleet = new Fleet();
    const closers = [];
    const stop = async () => {
        const pending = closers.splice(0).reverse();
        for (const close of pending)
            await close().catch(() => { });
    };
    try {
        const store = new RailwayStore();
        const lifecycle = new RailwayLifecycle(store, versions, config.timings, faults, fleet);
        closers.push(async () => {
            await lifecycle.stop();
            await Promise.all(store.instances.map((i) => i.proxy.close()));
        });
        const tokens = await seedRailway(store, lifecycle, config);
        const api = await startRailwayApi({
            store,
            lifecycle,
            faults,
            calls,
            accountToken: tokens.account,
            rateLimitPerSecond: config.rateLimitPerSecond,
        });
        closers.push(() => api.close());
        const vercel = new VercelPlatform(new VercelStore(config.vercel.team), versions, config.timings, faults, fleet);
        closers.push(() => vercel.stop());
        for (const p of config.vercel.projects)
            await vercel.seed(await vercel.addProject(p.name, p.framework), p.version);
        const vercelToken = `vc_${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
        const vercelApi = await startVercelApi({
            platform: vercel,
            faults,
            calls,
            token: vercelToken,
            rateLimitPerSecond: config.rateLimitPerSecond,
        });
        closers.push(() => vercelApi.close());
        const github = new GitHubStore(config.github.owner, config.github.repo);
        github.pulls.push(...config.github.pulls);
        github.statuses.push(...config.github.statuses);
        for (const [ref, files] of Object.entries(config.github.files))
            github.files.set(ref, new Map(Object.entries(files)));
        const githubToken = `ghs_${(0,external_node_crypto_.randomBytes)(18).toString('hex')}`;
        const githubApi = await startGitHubApi({ store: github, faults, calls, token: githubToken });
        closers.push(() => githubApi.close());
        faults.load(config.faults);
        const control = await startControlApi(faults, calls);
        closers.push(() => control.close());
        let prometheus;
        let prometheusNote;
        const binary = config.prometheus ? findPrometheus() : undefined;
        if (binary) {
            const handle = await startPrometheus(binary, fleet);
            closers.push(() => handle.stop());
            prometheus = { url: handle.url };
        }
        else {
            prometheusNote = config.prometheus
                ? 'prometheus is not on PATH; metrics are still served at each app URL /metrics'
                : 'prometheus: false in the sandbox config';
        }
        const services = store.instances.map((instance) => {
            const service = store.services.find((s) => s.id === instance.serviceId);
            const environment = store.environments.find((e) => e.id === instance.environmentId);
            const project = store.projects.find((p) => p.id === service?.projectId);
            return {
                project: project?.name ?? '',
                environment: environment?.name ?? '',
                service: service?.name ?? '',
                projectId: project?.id ?? '',
                environmentId: instance.environmentId,
                serviceId: instance.serviceId,
                url: instance.proxy.url,
            };
        });
        return {
            info: {
                controlUrl: control.url,
                railway: { apiUrl: api.url, graphqlUrl: `${api.url}/graphql/v2`, tokens, services },
                vercel: {
                    apiUrl: vercelApi.url,
                    token: vercelToken,
                    teamId: config.vercel.team.id,
                    teamSlug: config.vercel.team.slug,
                    projects: vercel.store.projects.map((p) => ({
                        name: p.name,
                        id: p.id,
                        url: p.proxy.url,
                        productionDeploymentId: p.productionDeploymentId,
                    })),
                },
                github: { apiUrl: githubApi.url, token: githubToken, owner: github.owner, repo: github.repo },
                ...(prometheus ? { prometheus } : { prometheusNote }),
            },
            config,
            faults,
            calls,
            railway: { store, lifecycle },
            vercel,
            github,
            fleet,
            stop,
        };
    }
    catch (error) {
        await stop();
        throw error;
    }
}

;// CONCATENATED MODULE: ../sandbox/src/index.ts














/***/ }),

/***/ 6529:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "94d58bb4634a6d5548ad.graphql";

/***/ })

};

//# sourceMappingURL=548.index.js.map