import { quoteInput } from '../runtime/errors.js';

/**
 * The job's outcome, from the `job-status` input. Its default, `${{ job.status }}`, is evaluated
 * by the runner when each stage of the action starts (actions/runner: ActionRunner.RunAsync loads
 * the inputs for every stage, and `job` is one of the contexts an input default may use), so in
 * the job-end step it holds the job's status at its end: no API call, token or permission.
 */
export type OutcomeWord = 'succeeded' | 'failed' | 'cancelled' | 'finished';

export interface JobOutcome {
  word: OutcomeWord;
  /** Why the outcome is not known, when `word` is `finished`. */
  unknownBecause?: string;
}

/** The runner's job statuses, in the words of the `status` input (a Map: own entries only). */
const STATUS_WORDS = new Map<string, OutcomeWord>([
  ['success', 'succeeded'],
  ['failure', 'failed'],
  ['cancelled', 'cancelled'],
]);

/** Every word the job-end step may write: the main step checks that each of them fits. */
export const OUTCOME_WORDS: readonly OutcomeWord[] = [
  'succeeded',
  'failed',
  'cancelled',
  'finished',
];

export function jobOutcome(jobStatus: string): JobOutcome {
  const status = jobStatus.trim();
  const word = STATUS_WORDS.get(status.toLowerCase());
  if (word) return { word };
  return {
    word: 'finished',
    unknownBecause:
      status === ''
        ? 'job-status is empty'
        : `job-status is ${quoteInput(status.slice(0, 40))}, not success, failure or cancelled`,
  };
}
