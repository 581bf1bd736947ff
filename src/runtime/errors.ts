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

/**
 * Several inputs refused at once: one run reports every bad input of the step, each as its own
 * InputError would, so that a workflow is fixed in one push.
 */
export class InputErrors extends SafeError {
  constructor(readonly errors: readonly InputError[]) {
    super(
      `${errors.length} inputs are not accepted (nothing was sent):\n${errors.map((e) => `- ${e.message}`).join('\n')}`,
    );
    this.name = 'InputErrors';
  }
}

/** Every bad input of a step: `take` keeps a refusal and goes on with a stand-in value. */
export class InputProblems {
  private readonly found: InputError[] = [];

  get count(): number {
    return this.found.length;
  }

  /** `check()`, or `fallback` when it refuses its input (the refusal is kept for `throwIfAny`). */
  take<T>(check: () => T, fallback: T): T {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      this.found.push(error);
      return fallback;
    }
  }

  async takeAsync<T>(check: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await check();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      this.found.push(error);
      return fallback;
    }
  }

  /** Throws the one refusal as it is, or one error that lists them all. */
  throwIfAny(): void {
    if (this.found.length === 1) throw this.found[0]!;
    if (this.found.length > 1) throw new InputErrors(this.found);
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
