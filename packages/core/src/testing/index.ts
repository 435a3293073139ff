export { startHttpServer, type TestServer, unusedPort } from './http-server.js';
export { type BundleOptions, type BundleRun, parseOutputFile, repoRoot, runBundle } from './run-bundle.js';
export { tempTree } from './temp-tree.js';
export { selfSignedCertificate } from './tls.js';
