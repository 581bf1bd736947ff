import * as core from '@actions/core';

import { guardLines, inert } from './inert.js';

export { guardLines, inert };

/**
 * The action's log. Plain lines go through `guardLines`; annotations and debug lines are workflow
 * commands whose data `@actions/core` escapes (line breaks become %0A), so nothing in them can
 * start a line. Annotations carry a title so they read well in the run's summary.
 */
export const log = {
  info(message: string): void {
    core.info(guardLines(message));
  },
  debug(message: string): void {
    core.debug(message);
  },
  warning(message: string, title = 'Incident timeline'): void {
    core.warning(message, { title });
  },
  notice(message: string, title = 'Incident timeline'): void {
    core.notice(message, { title });
  },
  /** A titled, collapsible block of lines: one per incident, printed whole so targets never interleave. */
  group(title: string, lines: readonly string[]): void {
    core.startGroup(inert(title));
    for (const line of lines) core.info(guardLines(line));
    core.endGroup();
  },
};
