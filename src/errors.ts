import { inert } from './inert.js';

/**
 * An error whose message is safe to print as it is: the action wrote it, and every piece of outside
 * text in it was made inert where it entered (`inert`, `quoteInput`). The one type that says so:
 * any other error's message is outside text.
 */
export class SafeError extends Error {}

/** An error's message for the log and the summary: as it is when safe, else made inert. */
export function safeMessage(error: unknown): string {
  return error instanceof SafeError ? error.message : inert(errorMessage(error));
}

/**
 * A problem with what the user wrote in the workflow. Raised before any AWS call, and reported
 * as-is: the message already names the input and what it accepts.
 */
export class InputError extends SafeError {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`Input '${input}': ${message}`);
    this.name = 'InputError';
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * An input's value quoted in an error message: `'…'`, cut with a marker when long (a 125,000
 * character `sha` is not echoed whole), and on one line whatever it holds.
 */
export function quoteInput(value: string): string {
  return `'${inert(value)}'`;
}
