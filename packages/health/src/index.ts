export { checkHealth, type HealthOptions, type HealthReport, type UrlReport } from './check-health.js';
export { parseExpectStatus, type StatusExpectation } from './expect-status.js';
export { healthInputs, healthOptions } from './health-inputs.js';
export { healthSummary } from './health-summary.js';
export { percentile } from './percentile.js';
export { type Probe, type ProbeOptions, probeUrl } from './probe.js';
export { checkSecurityHeaders, type HeaderFinding } from './security-headers.js';
