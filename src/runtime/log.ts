import * as core from '@actions/core';

import { cut, guardLines, inert } from './inert.js';

export { guardLines, inert };

/**
 * A last bound on one message, whatever was put into it: each outside text in it is already cut
 * where it is quoted, so only a message made of very many pieces comes near it.
 */
export const MAX_LOG_MESSAGE = 16_000;
const bounded = (message: string) => cut(message, MAX_LOG_MESSAGE);

/**
 * The action's log. Plain lines go through `guardLines`; annotations and debug lines are workflow
 * commands whose data `@actions/core` escapes (line breaks become %0A), so nothing in them can
 * start a line. Annotations carry a title so they read well in the run's summary.
 */
export const log = {
  info(message: string): void {
    core.info(guardLines(bounded(message)));
  },
  debug(message: string): void {
    core.debug(bounded(message));
  },
  warning(message: string, title = 'Incident timeline'): void {
    core.warning(bounded(message), { title });
  },
  notice(message: string, title = 'Incident timeline'): void {
    core.notice(bounded(message), { title });
  },
  /** A titled, collapsible block of lines: one per incident, printed whole so targets never interleave. */
  group(title: string, lines: readonly string[]): void {
    core.startGroup(inert(title));
    for (const line of lines) core.info(guardLines(bounded(line)));
    core.endGroup();
  },
};
