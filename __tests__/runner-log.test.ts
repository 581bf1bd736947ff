/**
 * `runnerLog` (scripts/lib/harness.mjs): what `npm start` prints of a step, shown as the runner's
 * log viewer shows it, with no raw workflow command left.
 */
import { describe, expect, it } from 'vitest';
import { runnerLog } from '../scripts/lib/harness.mjs';

describe('a step log as the runner shows it', () => {
  it('applies masks, hides debug lines, folds groups and words annotations', () => {
    const stdout = [
      '::add-mask::ghs_secret',
      '::debug::CreateTimelineEvent arn',
      'Posting with ghs_secret',
      '::group::Checkout latency arn:x',
      'created event e1',
      '::endgroup::',
      '::warning title=Incident timeline::No open incident matched%0Asecond line',
      '::error::The step was cancelled',
      'done',
    ].join('\n');
    expect(runnerLog(stdout)).toBe(
      [
        'Posting with ***',
        '▼ Checkout latency arn:x',
        '  created event e1',
        'Warning: Incident timeline: No open incident matched',
        '  second line',
        'Error: The step was cancelled',
        'done',
      ].join('\n'),
    );
    expect(runnerLog(stdout)).not.toMatch(/^::/m);
  });
});
