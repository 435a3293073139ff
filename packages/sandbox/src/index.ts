export { type AppBehaviour, appBehaviourSchema, builtInVersions } from './app/behaviour.js';
export { type AppInstance, startSampleApp } from './app/sample-app.js';
export { Versions, versionOfImage } from './app/versions.js';
export { type Call, CallLog } from './calls.js';
export { loadSandboxConfig, parseSandboxConfig, type SandboxConfig, type SandboxConfigInput, sandboxConfigSchema } from './config.js';
export { type DeploymentFault, type FaultPlanInput, Faults, type RequestFault } from './faults.js';
export { railwaySdl } from './railway/server.js';
export { type EdgeProxy, type Route, startProxy } from './routing/proxy.js';
export { type RailwayServiceInfo, type Sandbox, type SandboxInfo, startSandbox, type VercelProjectInfo } from './sandbox.js';
