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
 * Where the log's lines go. Every message reaches a sink already bounded, and every plain line
 * already guarded (`guardLines`), so no sink can let outside text form a workflow command.
 */
export interface LogSink {
  info(line: string): void;
  debug(message: string): void;
  warning(message: string, title: string): void;
  notice(message: string, title: string): void;
  group(title: string, lines: readonly string[]): void;
}

/**
 * The runner's sink: annotations and debug lines are workflow commands whose data
 * `@actions/core` escapes (line breaks become %0A), so nothing in them can start a line.
 * Annotations carry a title so they read well in the run's summary.
 */
export const actionsSink: LogSink = {
  info: (line) => core.info(line),
  debug: (message) => core.debug(message),
  warning: (message, title) => core.warning(message, { title }),
  notice: (message, title) => core.notice(message, { title }),
  group(title, lines) {
    core.startGroup(title);
    for (const line of lines) core.info(line);
    core.endGroup();
  },
};

let sink: LogSink = actionsSink;

/** Sends the log elsewhere (the command's plain lines); returns the sink it replaced. */
export function setLogSink(next: LogSink): LogSink {
  const previous = sink;
  sink = next;
  return previous;
}

/** The action's log. Plain lines go through `guardLines`, whatever the sink. */
export const log = {
  info(message: string): void {
    sink.info(guardLines(bounded(message)));
  },
  debug(message: string): void {
    sink.debug(bounded(message));
  },
  warning(message: string, title = 'Incident timeline'): void {
    sink.warning(bounded(message), title);
  },
  notice(message: string, title = 'Incident timeline'): void {
    sink.notice(bounded(message), title);
  },
  /** A titled, collapsible block of lines: one per incident, printed whole so targets never interleave. */
  group(title: string, lines: readonly string[]): void {
    sink.group(
      inert(title),
      lines.map((line) => guardLines(bounded(line))),
    );
  },
};
