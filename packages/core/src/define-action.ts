import type { Annotation } from './annotations.js';
import { Failure, isUserError } from './errors.js';
import { HttpError } from './http.js';
import { describeInput, type InputShape, type Inputs, readInputs } from './inputs.js';
import { log } from './log.js';
import { addSecret, redact } from './redact.js';
import { fail, getInput, loadToolkit, maskSecret } from './runner.js';
import { Summary } from './summary.js';

export interface ActionContext {
  summary: Summary;
  setOutput(name: string, value: string | number | boolean | object): void;
  annotate(annotation: Annotation): void;
}

export interface ActionDefinition<S extends InputShape> {
  inputs: S;
  run(inputs: Inputs<S>, context: ActionContext): Promise<void>;
}

export interface Action<S extends InputShape> {
  inputs: S;
  /** Runs the action as the runner does; never throws, sets the exit code instead. */
  run(): Promise<void>;
}

/** One-line failures: the user's mistake, a "no" from a gate, a service that would not answer. */
function isOneLine(error: unknown): error is Error {
  return isUserError(error) || error instanceof Failure || error instanceof HttpError;
}

function report(error: unknown): void {
  if (isOneLine(error)) {
    fail(redact(error.message));
    return;
  }
  const bug = error instanceof Error ? error : new Error(String(error));
  fail(redact(`golive bug: ${bug.message}`));
  log.info(redact(bug.stack ?? bug.message));
}

export function defineAction<S extends InputShape>(definition: ActionDefinition<S>): Action<S> {
  return {
    inputs: definition.inputs,
    async run() {
      // A bug's stack should point at our sources, not the minified bundle.
      process.setSourceMapsEnabled(true);
      let inputs: Inputs<S>;
      try {
        for (const [name, schema] of Object.entries(definition.inputs)) {
          const value = describeInput(schema).secret ? getInput(name) : '';
          if (value) {
            maskSecret(value);
            addSecret(value);
          }
        }
        inputs = readInputs(definition.inputs, getInput);
      } catch (error) {
        report(error);
        return;
      }

      const actions = await loadToolkit();
      const summary = new Summary();
      const context: ActionContext = {
        summary,
        setOutput(name, value) {
          const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
          actions.setOutput(name, redact(text));
        },
        annotate({ level, message, title, file, line, endLine }) {
          const properties = { title, file, startLine: line, endLine };
          const text = redact(message);
          if (level === 'error') actions.error(text, properties);
          else if (level === 'warning') actions.warning(text, properties);
          else actions.notice(text, properties);
        },
      };
      try {
        await definition.run(inputs, context);
      } catch (error) {
        report(error);
      } finally {
        if (!summary.empty && process.env.GITHUB_STEP_SUMMARY) {
          await actions.summary.addRaw(redact(summary.toString())).write();
        }
      }
    },
  };
}
