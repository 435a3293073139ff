import { redact } from './redact.js';
import { loadedToolkit } from './runner.js';

/** Where progress and diagnostics go: the runner's log in an action, the terminal in the CLI. */
export interface LogSink {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
}

// defineAction loads the toolkit before an action logs anything; plain lines are
// the fallback for code that runs outside an action.
const actionsSink: LogSink = {
  info: (m) => (loadedToolkit()?.info ?? plain)(m),
  warning: (m) => (loadedToolkit()?.warning ?? plain)(m),
  debug: (m) => loadedToolkit()?.debug(m),
  startGroup: (n) => (loadedToolkit()?.startGroup ?? plain)(n),
  endGroup: () => loadedToolkit()?.endGroup(),
};

function plain(message: string): void {
  process.stdout.write(`${message}\n`);
}

export const consoleSink: LogSink = {
  info: (m) => process.stderr.write(`${m}\n`),
  warning: (m) => process.stderr.write(`warning: ${m}\n`),
  debug: (m) => {
    if (process.env.GOLIVE_DEBUG) process.stderr.write(`debug: ${m}\n`);
  },
  startGroup: (n) => process.stderr.write(`── ${n}\n`),
  endGroup: () => {},
};

export const silentSink: LogSink = { info() {}, warning() {}, debug() {}, startGroup() {}, endGroup() {} };

let sink: LogSink = actionsSink;

/** The CLI and tests swap the destination; actions keep the runner's log. */
export function setLogSink(next: LogSink): void {
  sink = next;
}

/** Every line passes through `redact`, so a secret never reaches a log, even locally. */
export const log = {
  info: (message: string) => sink.info(redact(message)),
  warning: (message: string) => sink.warning(redact(message)),
  debug: (message: string) => sink.debug(redact(message)),
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    sink.startGroup(redact(name));
    try {
      return await fn();
    } finally {
      sink.endGroup();
    }
  },
};
