export type { Annotation } from './annotations.js';
export { isoDate, isPast } from './dates.js';
export { type Action, type ActionContext, defineAction } from './define-action.js';
export { formatDuration, parseDuration } from './duration.js';
export { Failure, isUserError, quoteValue, UserError } from './errors.js';
export { createGitHubClient, type GitHubClient, type GitHubEventContext, githubApiUrl, githubEventContext } from './github.js';
export { classifyFetchError, HttpError, type HttpErrorKind, type HttpRequest, type HttpResponse, request, requestJson } from './http.js';
export {
  describeInput,
  type InputDescription,
  InputError,
  type InputSchema,
  type InputShape,
  type Inputs,
  input,
  readInputs,
  splitList,
} from './inputs.js';
export { consoleSink, type LogSink, log, setLogSink, silentSink } from './log.js';
export { addSecret, clearSecrets, redact } from './redact.js';
export { backoffDelay, DEFAULT_RETRY, isIdempotent, parseRetryAfter, RETRYABLE_STATUS, type RetryPolicy } from './retry.js';
export { inputVariable } from './runner.js';
export { sleep } from './sleep.js';
export { cell, Summary, type Verdict } from './summary.js';
export { type ProbeResult, type WaitOptions, type WaitResult, waitFor } from './wait-for.js';
