import * as core from '@actions/core';
import { mapInOrder, parallelTargets } from './concurrency.js';
import { errorMessage } from './errors.js';
import { checkReferenceCount } from './event-references.js';
import {
  createOnTarget,
  resultFor,
  updateOnTarget,
  type TargetResult,
  type WriteContext,
} from './event-writer.js';
import { collectFacts, type WorkflowFacts } from './facts.js';
import { getInputs, readFailOnError, type Inputs } from './inputs.js';
import { encodeFinishState, FINISH_STATE } from './job-end/state.js';
import { inert, log } from './log.js';
import { encodeEventData, environmentOf, renderEventText, statusOf } from './render.js';
import { emptyReport, outcomeOf, outputsOf, summaryMarkdown, type RunReport } from './report.js';
import { connect, startClock, type Session } from './session.js';
import { resolveTargets, TargetError } from './targets.js';

/** Everything checked and computed before the first AWS call. */
interface Plan {
  inputs: Inputs;
  facts: WorkflowFacts;
  text: string;
  eventData: string;
}

async function prepare(): Promise<Plan> {
  const inputs = await getInputs((name) => core.getInput(name));
  const facts = collectFacts();
  // A step that will be finished at job end says so until then.
  const status = statusOf(inputs, facts) || (inputs.finishOnJobEnd ? 'started' : '');
  const rendered = renderEventText(inputs, facts, {
    status,
    environment: environmentOf(inputs, facts),
  });
  const eventData = encodeEventData(rendered, inputs.encoding);
  if (inputs.write.kind === 'create') {
    checkReferenceCount(inputs, facts, inputs.write.eventType === 'Note');
  }
  if (inputs.targeting.kind === 'arns' && inputs.targeting.ignoredFilters.length > 0) {
    log.warning(
      `incident-arn is set, so ${inputs.targeting.ignoredFilters.join(', ')} ${inputs.targeting.ignoredFilters.length === 1 ? 'is' : 'are'} ignored.`,
    );
  }
  return { inputs, facts, text: rendered.text, eventData };
}

function describeWrite(inputs: Inputs, count: number): string {
  const what =
    inputs.write.kind === 'update'
      ? `Updating event ${inputs.write.eventId}`
      : `Posting a ${inputs.write.eventType}`;
  return `${inputs.dryRun ? `Dry run: ${what.toLowerCase()}` : what} on ${count} incident(s).`;
}

/** Prints one target's lines as a group, and its warnings as annotations. */
function printTarget(result: TargetResult): void {
  const head =
    result.action === 'failed'
      ? `failed: ${result.error}`
      : `${result.action}${result.eventId ? ` event ${inert(result.eventId)}` : ''}`;
  log.group(`${result.title ? `${result.title} ` : ''}${result.incidentArn}`, [
    ...result.lines,
    head,
  ]);
  for (const warning of result.warnings) log.warning(warning, 'Incident timeline: link-commit');
}

async function writeAll(plan: Plan, session: Session, report: RunReport): Promise<RunReport> {
  const { inputs, facts, eventData } = plan;
  const now = new Date();
  const { targets, notes } = await resolveTargets(session.api, inputs.targeting, {
    maxIncidents: inputs.maxIncidents,
    singleTarget: inputs.write.kind === 'update',
    readGivenArns: inputs.dryRun,
    now,
  });
  report.notes.push(...notes);
  for (const note of notes) log.notice(note);
  if (targets.length === 0) {
    report.message = 'No open incident matched the search; nothing was written.';
    if (inputs.ifNoIncident === 'fail') {
      return { ...report, outcome: 'failed', message: `${report.message} (if-no-incident: fail)` };
    }
    log.warning(`${report.message} Set if-no-incident: fail to fail the step instead.`);
    return { ...report, outcome: 'skipped' };
  }

  log.info(describeWrite(inputs, targets.length));
  const context: WriteContext = {
    api: session.api,
    inputs,
    facts,
    eventData,
    now,
    targetCount: targets.length,
    deadline: session.deadline,
  };
  const { write } = inputs;
  // Side by side, in order: results, outputs and the log keep the order of the targets, and one
  // target's failure does not stop the others.
  const results = await mapInOrder(
    targets,
    parallelTargets(),
    (target) => {
      if (inputs.dryRun) {
        const eventId = write.kind === 'update' ? write.eventId : '';
        return Promise.resolve({ ...resultFor(target), action: 'dry-run' as const, eventId });
      }
      return write.kind === 'create'
        ? createOnTarget(context, target, write)
        : updateOnTarget(context, target, {
            eventId: write.eventId,
            ...(write.eventTime ? { eventTime: write.eventTime } : {}),
            addReferences: true,
            tokenScope: '',
          });
    },
    printTarget,
  );
  return { ...report, results, outcome: outcomeOf(results, inputs.dryRun) };
}

/** Hands the created events to the job-end step. */
function saveForJobEnd(report: RunReport, startedAt: Date): void {
  const events = report.results
    .filter((r) => r.action === 'created' && r.eventId)
    .map((r) => ({ incidentArn: r.incidentArn, eventId: r.eventId }));
  if (events.length === 0) return;
  core.saveState(FINISH_STATE, encodeFinishState(startedAt, events));
  log.info(`When the job ends, ${events.length} event(s) will be updated with its outcome.`);
}

/** Sets the outputs and writes the job summary; a failure here is reported, never thrown. */
async function publish(report: RunReport): Promise<void> {
  try {
    for (const [name, value] of Object.entries(outputsOf(report))) core.setOutput(name, value);
  } catch (error) {
    log.warning(`Could not set the step outputs: ${inert(errorMessage(error))}`);
  }
  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary.addRaw(summaryMarkdown(report), true).write();
    } catch (error) {
      log.warning(`Could not write the job summary: ${inert(errorMessage(error))}`);
    }
  }
}

/** Why the run failed, or undefined when it did not. */
function failureOf(report: RunReport): string | undefined {
  const failed = report.results.filter((r) => r.action === 'failed');
  if (failed.length > 0) {
    const reasons = failed.map((r) => `${inert(r.incidentArn)}: ${r.error}`).join('\n');
    return `The event could not be written to ${failed.length} of ${report.results.length} incident(s):\n${reasons}`;
  }
  return report.outcome === 'failed' ? report.message : undefined;
}

/** The action's entry point: one run, one place that decides success or failure. */
export async function run(): Promise<void> {
  const startedAt = new Date();
  let failOnError = true;
  let report = emptyReport();
  try {
    failOnError = readFailOnError((name) => core.getInput(name));
    const plan = await prepare();
    report = { ...report, eventText: plan.text, eventType: eventTypeLabel(plan.inputs) };
    const session = await connect(plan.inputs, plan.facts, startClock());
    try {
      report = await writeAll(plan, session, report);
    } finally {
      session.api.close();
    }
    if (plan.inputs.finishOnJobEnd) saveForJobEnd(report, startedAt);
  } catch (error) {
    // Bad input, a failed search, a role that could not be assumed: nothing was written.
    const message = error instanceof TargetError ? error.message : errorMessage(error);
    report = { ...report, outcome: 'failed', message };
  }
  await publish(report);
  const failure = failureOf(report);
  if (failure === undefined) return;
  if (failOnError) core.setFailed(failure);
  else log.warning(`${failure} (fail-on-error is false, so the step succeeds)`);
}

function eventTypeLabel(inputs: Inputs): string {
  return inputs.write.kind === 'create' ? inputs.write.eventType : 'Update';
}
