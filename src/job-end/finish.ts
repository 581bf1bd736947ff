import * as core from '@actions/core';
import { mapInOrder, parallelTargets } from '../concurrency.js';
import { errorMessage } from '../errors.js';
import { updateOnTarget, type TargetResult } from '../event-writer.js';
import { collectFacts } from '../facts.js';
import { getInputs } from '../inputs.js';
import { inert, log } from '../log.js';
import { encodeEventData, environmentOf, formatDuration, renderEventText } from '../render.js';
import { outcomeOf, summaryMarkdown } from '../report.js';
import { connect, startClock } from '../session.js';
import { readJobOutcome } from './job-outcome.js';
import { decodeFinishState } from './state.js';

/**
 * The job-end step of `finish-on-job-end: true` (`runs.post`, `post-if: always()`): updates, in
 * place, each event the main step created, with the job's outcome and duration. Everything that
 * goes wrong here is a warning: the job's result is what it is, and this step never changes it.
 */
export async function finish(saved: string): Promise<void> {
  try {
    await finishEvents(saved);
  } catch (error) {
    log.warning(
      `The events could not be finished: ${inert(errorMessage(error))}`,
      'Incident timeline: job end',
    );
  }
}

async function finishEvents(saved: string): Promise<void> {
  const endedAt = new Date();
  const state = decodeFinishState(saved);
  if (typeof state === 'string') {
    log.warning(`Nothing to finish: ${state}.`, 'Incident timeline: job end');
    return;
  }
  const inputs = await getInputs((name) => core.getInput(name));
  const facts = collectFacts();
  const clock = startClock();
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);

  const outcome = await readJobOutcome({
    apiUrl: facts.apiUrl,
    token,
    repository: facts.repository,
    runId: facts.runId,
    runAttempt: facts.runAttempt,
    runnerName: facts.runnerName,
    deadline: clock.deadline,
  });
  if (!outcome.known) {
    log.warning(
      `The job's outcome could not be read, so the events say 'finished': ${outcome.why}. To fix: ${outcome.fix}.`,
      'Incident timeline: job end',
    );
  }
  const durationMs = endedAt.getTime() - Date.parse(state.startedAt);
  const rendered = renderEventText(inputs, facts, {
    status: outcome.word,
    environment: environmentOf(inputs, facts),
    durationMs,
  });
  const eventData = encodeEventData(rendered, inputs.encoding);

  const session = await connect(inputs, facts, clock);
  let results: TargetResult[];
  try {
    const context = {
      api: session.api,
      inputs,
      facts,
      eventData,
      now: endedAt,
      targetCount: state.events.length,
      deadline: session.deadline,
    };
    results = await mapInOrder(
      state.events,
      parallelTargets(),
      (event) =>
        updateOnTarget(
          context,
          { arn: event.incidentArn, title: '' },
          {
            eventId: event.eventId,
            addReferences: false,
            tokenScope: ':job-end',
          },
        ),
      (result) => {
        log.group(result.incidentArn, [
          ...result.lines,
          result.action === 'failed'
            ? `not finished: ${result.error}`
            : `event ${inert(result.eventId)} updated: ${outcome.word}`,
        ]);
      },
    );
  } finally {
    session.api.close();
  }

  const failed = results.filter((r) => r.action === 'failed');
  for (const r of failed) {
    log.warning(
      `Event ${inert(r.eventId)} of ${inert(r.incidentArn)} could not be finished: ${r.error}`,
      'Incident timeline: job end',
    );
  }
  const took = formatDuration(durationMs);
  const heading = outcome.known
    ? `Timeline event finished: ${outcome.word} in ${took}`
    : `Timeline event finished in ${took} (the job's outcome could not be read)`;
  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      const report = {
        outcome: outcomeOf(results, false),
        eventText: rendered.text,
        eventType: 'Update',
        results,
        message: outcome.known ? '' : `The job's outcome could not be read: ${outcome.why}.`,
        notes: [],
      };
      await core.summary.addRaw(summaryMarkdown(report, heading), true).write();
    } catch (error) {
      log.warning(`Could not write the job summary: ${inert(errorMessage(error))}`);
    }
  }
}
