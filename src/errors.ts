import { inert } from './inert.js';

/**
 * A problem with what the user wrote in the workflow. Raised before any AWS call, and reported
 * as-is: the message already names the input and what it accepts.
 */
export class InputError extends Error {
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
