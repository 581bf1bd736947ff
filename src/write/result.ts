import type { Target } from '../find/targets.js';
import type { Warning } from './warning.js';

/**
 * `unchanged`: a reported deployment's event already shows a final state, which a run of a state
 * that is not final leaves as it is.
 */
export type TargetAction = 'created' | 'updated' | 'unchanged' | 'dry-run' | 'failed';

/** One entry of the `results` output, with what the run logs about it. */
export interface TargetResult {
  incidentArn: string;
  title: string;
  eventId: string;
  action: TargetAction;
  error: string;
  impact?: number;
  status?: string;
  /** The event was written by an earlier try of this step and found again, not written now. */
  reused?: boolean;
  /** The region the event was written in (or found in). */
  region?: string;
  /** Written again after a region failed with the first write's outcome unknown. */
  possibleDuplicate?: boolean;
  /**
   * The create's answer never came and neither sending it again nor looking for it settled
   * whether it landed: it may have been written (action `failed`, and the error says so). Its
   * intent stays saved for the job end, which resolves it.
   */
  unresolved?: boolean;
  /** Lines for this target's log group, and warnings (annotations). */
  lines: string[];
  warnings: Warning[];
}

/** A target's result before anything is written: failed, with nothing said yet. */
export function resultFor(target: Target): TargetResult {
  return {
    incidentArn: target.arn,
    title: target.title,
    eventId: '',
    action: 'failed',
    error: '',
    ...(target.impact !== undefined ? { impact: target.impact } : {}),
    ...(target.status ? { status: target.status } : {}),
    lines: [],
    warnings: [],
  };
}
