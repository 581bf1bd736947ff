import { Cancellation } from './runtime/cancel.js';
import { mapInOrder } from './runtime/concurrency.js';
import { errorMessage, InputError, quoteInput, safeMessage } from './runtime/errors.js';
import { checkReferenceCount } from './write/event-references.js';
import type { WriteContext } from './write/event-writer.js';
import { writeOnTarget } from './write/write-on-target.js';
import { deploymentLink } from './write/related-links.js';
import { resultFor, type TargetResult } from './write/result.js';
import { readCommitSubject } from './read/commit-subject.js';
import type { WorkflowFacts } from './read/facts.js';
import { MAX_COMMIT_SUBJECT } from './parse/commit-message.js';
import {
  getInputs,
  intendedWrite,
  readFailOnError,
  type Inputs,
  type Stage,
  type WriteMode,
} from './read/inputs.js';
import { FinishStateRecorder, JobEndStateError } from './job-end/state.js';
import { inert, log } from './runtime/log.js';
import { actionsHost, type Host } from './host.js';
import { warningTitle } from './write/warning.js';
import type { ResponsePlanRef } from './parse/arn.js';
import { checkResponsePlan, type PlanCheck } from './find/response-plan-check.js';
import {
  checkFitsAtJobEnd,
  encodeEventData,
  environmentOf,
  formatDuration,
  renderEventText,
  statusOf,
  textIdentity,
  usesCommitSubject,
  type RenderContext,
  type TextIdentity,
} from './text/render.js';
import {
  emptyReport,
  outcomeOf,
  outputsOf,
  summaryMarkdown,
  type RunReport,
  type SummaryLinks,
} from './report/report.js';
import { connect, startClock, type Clock, type Session } from './aws/session.js';
import { implausibleTime } from './parse/time.js';
import { readRunEnvironment, type RunEnvironment } from './read/run-environment.js';
import { resolveTargets, type Resolution } from './find/targets.js';

/** Everything checked and computed before the first AWS call. */
interface Prepared {
  stage: Stage;
  /** What started the run: the runner, or the command. */
  host: Host;
  /** What the run took from the environment, once. */
  environment: RunEnvironment;
  inputs: Inputs;
  facts: WorkflowFacts;
  /** The commit's subject, read beside the AWS calls when the payload did not carry it. */
  subject: Promise<string>;
  /** The text and its wire form, with the commit's subject once known. */
  render(subject: string): { text: string; eventData: string };
  /** The text as it identifies the write, whatever the subject's read gives. */
  identity: TextIdentity;
}

/** The longest subject a text may get (for checking its length before the subject is read). */
const LONGEST_SUBJECT = 'x'.repeat(MAX_COMMIT_SUBJECT);

const JOB_END_TITLE = 'Incident timeline: job end';

/** The status and duration the text is rendered with: the job's outcome at job end. */
function renderContext(inputs: Inputs, facts: WorkflowFacts, now: Date): RenderContext {
  const environment = environmentOf(inputs, facts);
  const { write } = inputs;
  if (write.kind === 'job-end') {
    const durationMs = now.getTime() - write.startedAt.getTime();
    return { status: write.outcome.word, environment, durationMs };
  }
  const { deployment } = facts;
  if (intendedWrite(write).kind === 'deployment' && deployment) {
    // A reported deployment's time, from its creation to this state: the same in every try.
    const { createdAt, stateAt } = deployment;
    const durationMs =
      createdAt && stateAt ? { durationMs: stateAt.getTime() - createdAt.getTime() } : {};
    return {
      status: statusOf(inputs, facts),
      environment,
      ...durationMs,
      ongoing: !deployment.final,
    };
  }
  // A step that will be finished at job end says so until then.
  const finishes = write.kind === 'create' && write.finishOnJobEnd;
  return { status: statusOf(inputs, facts) || (finishes ? 'started' : ''), environment };
}

/**
 * The commit's subject: from the payload, from the main step's state at job end, or read from
 * GitHub beside the AWS calls (never failing: without it, a debug line says why).
 */
function commitSubject(
  inputs: Inputs,
  facts: WorkflowFacts,
  clock: Clock,
  host: Host,
): Promise<string> {
  const { write } = inputs;
  if (write.kind === 'job-end') return Promise.resolve(write.commitSubject);
  if (facts.commitSubject || !usesCommitSubject(inputs, facts)) {
    return Promise.resolve(facts.commitSubject);
  }
  const token = host.getInput('github-token');
  if (token) host.setSecret(token);
  return readCommitSubject(facts, token, clock.deadline).then((read) => {
    if ('why' in read) log.debug(`{commit_subject} is empty: ${read.why}.`);
    return read.subject;
  });
}

async function prepare(
  stage: Stage,
  now: Date,
  clock: Clock,
  environment: RunEnvironment,
  host: Host,
): Promise<Prepared> {
  const inputs = await getInputs((name) => host.getInput(name), environment.env, stage);
  const facts = host.facts({ sha: inputs.sha, jobInstance: inputs.jobInstance });
  const context = renderContext(inputs, facts, now);
  const render = (subject: string, when = '') => {
    const rendered = renderEventText(inputs, { ...facts, commitSubject: subject }, context);
    return { text: rendered.text, eventData: encodeEventData(rendered, inputs.encoding, when) };
  };
  const write = intendedWrite(inputs.write);
  // Checked before any call, with the longest subject the text may get.
  const pending = !facts.commitSubject && write.kind !== 'job-end';
  const checked =
    pending && usesCommitSubject(inputs, facts)
      ? { ...facts, commitSubject: LONGEST_SUBJECT }
      : facts;
  render(
    checked.commitSubject,
    checked === facts
      ? ''
      : ` with {commit_subject} as long as it may be (${MAX_COMMIT_SUBJECT} characters; it is read later)`,
  );
  if (write.kind === 'deployment') {
    // The deployment is one more related item the event references.
    const links = facts.deployment ? [deploymentLink(facts.deployment)] : [];
    checkReferenceCount(
      { ...inputs, links: [...inputs.links, ...links] },
      facts,
      write.eventType === 'Note',
    );
  }
  if (write.kind === 'create') {
    checkReferenceCount(inputs, facts, write.eventType === 'Note');
    if (write.finishOnJobEnd) checkFitsAtJobEnd(inputs, checked, environmentOf(inputs, facts));
  }
  if (write.kind !== 'job-end' && write.eventTime) {
    const typo = implausibleTime('event-time', write.eventTime, now);
    if (typo) log.warning(typo);
  }
  if (inputs.targeting.kind === 'arns' && inputs.targeting.ignoredFilters.length > 0) {
    const ignored = inputs.targeting.ignoredFilters;
    log.warning(
      `incident-arn is set, so ${ignored.join(', ')} ${ignored.length === 1 ? 'is' : 'are'} ignored. Remove ${ignored.length === 1 ? 'it' : 'them'}, or incident-arn to search.`,
    );
  }
  if (write.kind === 'job-end' && write.outcome.unknownBecause) {
    log.warning(
      `The job's outcome is not known, so the events say 'finished': ${write.outcome.unknownBecause}. Leave job-status unset: its default, \${{ job.status }}, is the job's status, which the runner evaluates when the job-end step starts.`,
      JOB_END_TITLE,
    );
  }
  return {
    stage,
    host,
    environment,
    inputs,
    facts,
    subject: commitSubject(inputs, facts, clock, host),
    render,
    identity: textIdentity(inputs, facts, context),
  };
}

function describeWrite(write: WriteMode, count: number): string {
  const intended = intendedWrite(write);
  const what =
    intended.kind === 'create'
      ? `Posting a ${intended.eventType}`
      : intended.kind === 'deployment'
        ? `Updating the deployment's event, or posting it as a ${intended.eventType} if this is its first state,`
        : intended.kind === 'update'
          ? `Updating event ${intended.eventId}`
          : `Finishing the event with the job's outcome (${intended.outcome.word})`;
  // Only the first letter is lowered: the event type and ID keep their case.
  const dry = `Dry run: ${what.charAt(0).toLowerCase()}${what.slice(1)}`;
  return `${write.kind === 'dry-run' ? dry : what} on ${count} incident(s).`;
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
  for (const warning of result.warnings) log.warning(warning.text, warningTitle(warning));
}

/** `text` as the end of a sentence: one period, whether or not it ends with one already. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * Why a search by `response-plan` cannot match: the plan is in another account than the one the
 * credentials search (a plan ARN names its account), or no plan of that name exists.
 */
function missingPlan(
  plan: ResponsePlanRef,
  check: Extract<PlanCheck, { kind: 'missing' }>,
  region: string,
): string {
  const name = quoteInput(plan.name);
  const searched = check.searchedAccount;
  if (plan.accountId && searched && plan.accountId !== searched) {
    return `the plan ARN is in account ${plan.accountId}, but this step's credentials search account ${searched} (from ${region}), which lists only its own incidents. Use credentials of account ${plan.accountId} (such as role-to-assume with a role there), or give response-plan as ${name} to search account ${searched}. Nothing was written.`;
  }
  const closest =
    check.closest.length > 0
      ? `The closest names are: ${check.closest.join(', ')}.`
      : plan.accountId
        ? `The account searched has no response plans; check that this step's credentials are of account ${plan.accountId}, which the ARN names.`
        : 'The account has no response plans.';
  return `no response plan ${name} exists in this account (searched from ${region}), so no incident can match. ${closest} Nothing was written.`;
}

/**
 * No incident matched. A search by a response plan that does not exist is a mistake in the
 * workflow, not a quiet deploy: it fails, naming the closest plans. Otherwise the run is skipped,
 * by default with an info line and a line in the summary only, since no incident being open is
 * the usual state of a deploy.
 */
async function noTarget(
  prepared: Prepared,
  session: Session,
  resolution: Resolution,
  report: RunReport,
): Promise<RunReport> {
  const { inputs } = prepared;
  const search = inputs.targeting.kind === 'search' ? inputs.targeting : undefined;
  let unchecked = '';
  const responsePlan = search?.filters.responsePlan;
  if (responsePlan && !responsePlan.any) {
    const check = await checkResponsePlan(session.api, responsePlan);
    if (check.kind === 'missing') {
      throw new InputError('response-plan', missingPlan(responsePlan, check, session.api.region));
    }
    if (check.kind === 'unchecked') {
      unchecked = ` The response plan could not be checked: ${sentence(check.why)}`;
    }
  }
  const filters = search ? search.described.join(', ') : 'none';
  const message = `No open incident matched (${filters}); the search saw ${resolution.seen} open incident(s). Nothing was written.${unchecked}`;
  if (inputs.ifNoIncident === 'fail') {
    return { ...report, outcome: 'failed', message: `${message} (if-no-incident: fail)` };
  }
  // What to do when an incident should have matched.
  const fix = search
    ? ' If an incident should have matched, check those filters (and aws-region).'
    : '';
  if (inputs.ifNoIncident === 'warn') {
    log.warning(`${message}${fix} (if-no-incident: warn; skip makes this an info line)`);
  } else {
    log.info(`${message}${fix} Set if-no-incident: warn or fail to be told louder.`);
  }
  return { ...report, outcome: 'skipped', message };
}

async function writeAll(
  prepared: Prepared,
  session: Session,
  cancellation: Cancellation,
  startedAt: Date,
  report: RunReport,
): Promise<RunReport> {
  const { inputs } = prepared;
  const now = new Date();
  const { write } = inputs;
  const intended = intendedWrite(write);
  const resolution = await resolveTargets(session.api, inputs.targeting, {
    maxIncidents: inputs.maxIncidents,
    singleTarget: intended.kind === 'update',
    readGivenArns: write.kind === 'dry-run',
    now,
  });
  const { targets, notes } = resolution;
  // The subject's read ran beside the search; it has its own short budget.
  const subject = await prepared.subject;
  const facts = { ...prepared.facts, commitSubject: subject };
  const { text, eventData } = prepared.render(subject);
  report = {
    ...report,
    eventText: text,
    notes: [...report.notes, ...notes],
    links: summaryLinks(facts, session.api.region),
  };
  for (const note of notes) log.notice(note);
  if (targets.length === 0) return noTarget(prepared, session, resolution, report);

  log.info(describeWrite(write, targets.length));
  // Each create's intent is handed to the job-end step before it is sent, and its event as soon as
  // it exists (see the recorder): saving costs no AWS call.
  const recorder =
    write.kind === 'create' && write.finishOnJobEnd
      ? new FinishStateRecorder(
          startedAt,
          (name, value) => prepared.host.saveState(name, value),
          {
            eventType: write.eventType,
            eventTime: (write.eventTime ?? now).toISOString(),
            eventData,
          },
          targets.length,
          subject,
        )
      : undefined;
  const slots = new Map(targets.map((target, index) => [target, index]));
  const context: WriteContext = {
    api: session.api,
    inputs,
    facts,
    eventData,
    identity: prepared.identity,
    now,
    targetCount: targets.length,
    deadline: session.deadline,
    stopped: cancellation.reason,
    ...(recorder
      ? {
          intend: (target, event, region) =>
            recorder.intend(slots.get(target) ?? 0, {
              incidentArn: target.arn,
              clientToken: event.clientToken,
              ...(event.eventReferences ? { eventReferences: event.eventReferences } : {}),
              region,
            }),
        }
      : {}),
  };
  // Side by side, in order: results, outputs and the log keep the order of the targets, and one
  // target's failure does not stop the others.
  const results = await mapInOrder(
    targets,
    prepared.environment.parallelTargets,
    async (target) => {
      const result = cancellation.requested
        ? { ...resultFor(target), error: cancellation.reason() ?? '' }
        : await writeOnTarget(context, target, write);
      const slot = slots.get(target) ?? 0;
      if (recorder && result.action === 'created' && result.eventId) {
        const { incidentArn, eventId, title, impact, status, region } = result;
        recorder.written(slot, {
          incidentArn,
          eventId,
          ...(region ? { region } : {}),
          ...(title ? { title } : {}),
          ...(impact !== undefined ? { impact } : {}),
          ...(status ? { status } : {}),
        });
      } else if (recorder && !result.unresolved) {
        recorder.notWritten(slot);
      }
      return result;
    },
    printTarget,
  );
  if (recorder && recorder.count > 0) {
    log.info(
      `When ${prepared.host.endOfRun} ends, ${recorder.count} event(s) will be updated with its outcome.`,
    );
  }
  if (recorder && recorder.pending > 0) {
    log.info(
      `When ${prepared.host.endOfRun} ends, ${recorder.pending} create(s) whose outcome is not known will be sent again with the same token, and their events updated with its outcome.`,
    );
  }
  const failovers = session.api.failovers.map(
    (f) => `${f.why}. The rest of the run went to ${f.to}.`,
  );
  return {
    ...report,
    notes: [...report.notes, ...failovers],
    results,
    outcome: outcomeOf(results, write.kind === 'dry-run'),
  };
}

function summaryLinks(facts: WorkflowFacts, region: string): SummaryLinks {
  return {
    region,
    runUrl: facts.runUrl,
    runLabel: `${facts.repository} run ${facts.runId}, attempt ${facts.runAttempt}`,
    commitUrl: facts.commitUrl,
    shortSha: facts.shortSha,
    commitSubject: facts.commitSubject,
  };
}

/**
 * The regions in order of preference. The job end starts in the region its step wrote in, which
 * is where that step failed over to when the first region was unavailable.
 */
function regionOrder(inputs: Inputs): string[] {
  const { write, targeting } = inputs;
  const wrote = targeting.kind === 'saved' ? targeting.events[0]?.region : undefined;
  if (write.kind !== 'job-end' || !wrote || !inputs.regions.includes(wrote)) return inputs.regions;
  return [wrote, ...inputs.regions.filter((region) => region !== wrote)];
}

/** Sets the outputs and writes the job summary; a failure here is reported, never thrown. */
async function publish(
  report: RunReport,
  stage: Stage,
  summaryFile: string,
  host: Host,
  heading?: string,
): Promise<void> {
  if (stage === 'main') {
    try {
      for (const [name, value] of Object.entries(outputsOf(report))) host.setOutput(name, value);
    } catch (error) {
      log.warning(`Could not set the step outputs: ${inert(errorMessage(error))}`);
    }
  }
  if (summaryFile) {
    try {
      await host.writeSummary(summaryMarkdown(report, heading));
    } catch (error) {
      log.warning(`Could not write the job summary: ${inert(errorMessage(error))}`);
    }
  }
}

/** What a cancelled step with finish-on-job-end tells of what it saved for the job end. */
function savedForJobEnd(results: readonly TargetResult[]): string {
  const created = results.some((r) => r.action === 'created' && r.eventId);
  const inFlight = results.some((r) => r.unresolved);
  if (!created && !inFlight) return '';
  const what =
    created && inFlight
      ? 'The events it created, and the creates whose answer had not come (by their tokens), are'
      : created
        ? 'The events it created are'
        : 'The creates whose answer had not come are saved by their tokens; the job-end step sends them again, finds their events, and';
  return inFlight && !created
    ? ` ${what} marks them cancelled.`
    : ` ${what} saved; the job-end step marks them cancelled.`;
}

/** Why the run failed, or undefined when it did not. */
function failureOf(report: RunReport, stage: Stage): string | undefined {
  const failed = report.results.filter((r) => r.action === 'failed');
  if (failed.length > 0) {
    // An error about the incident itself (one that does not exist) opens with its name.
    const reasons = failed
      .map((r) => {
        const arn = inert(r.incidentArn);
        return r.error.startsWith(`incident ${arn} `) ? r.error : `${arn}: ${r.error}`;
      })
      .join('\n');
    const of = `${failed.length} of ${report.results.length}`;
    // A create whose outcome is unknown is never called "not written".
    const unknown = failed.filter((r) => r.unresolved).length;
    const written =
      unknown === failed.length
        ? `The event may have been written to ${of} incident(s), but that could not be confirmed`
        : unknown > 0
          ? `The event could not be written, or may have been written, to ${of} incident(s)`
          : `The event could not be written to ${of} incident(s)`;
    return stage === 'job-end'
      ? `${of} event(s) could not be finished:\n${reasons}`
      : `${written}:\n${reasons}`;
  }
  return report.outcome === 'failed' ? report.message : undefined;
}

function eventTypeLabel(write: WriteMode): string {
  const intended = intendedWrite(write);
  return intended.kind === 'create' || intended.kind === 'deployment'
    ? intended.eventType
    : 'Update';
}

/** The job-end summary's heading: the outcome and how long the job took. */
function jobEndHeading(prepared: Prepared | undefined, endedAt: Date): string | undefined {
  const write = prepared?.inputs.write;
  if (write?.kind !== 'job-end') return undefined;
  const took = formatDuration(endedAt.getTime() - write.startedAt.getTime());
  return write.outcome.unknownBecause
    ? `Timeline event finished in ${took} (the job's outcome is not known)`
    : `Timeline event finished: ${write.outcome.word} in ${took}`;
}

/**
 * One run of the action, for either stage: the step itself (`main`), or its job-end step, which
 * updates the events the step created with the job's outcome. Both read the inputs, render, write
 * and report the same way; the job end differs only in its mode, decided by `getInputs`, and in
 * that nothing there changes the job's result (a failure is a warning). Resolves to whether the
 * step failed, for a host whose `core.setFailed` sets no exit code (`npm run local-action`).
 */
export async function run(
  stage: Stage = 'main',
  host: Host = actionsHost(),
): Promise<{ failed: boolean; report: RunReport }> {
  const startedAt = new Date();
  const environment = readRunEnvironment(host.env);
  const clock = startClock(environment.limits);
  const cancellation = new Cancellation(clock.deadline, (message) => log.info(message));
  if (stage === 'main') cancellation.listen();
  let failOnError = true;
  let report = emptyReport();
  let prepared: Prepared | undefined;
  try {
    failOnError = readFailOnError((name) => host.getInput(name));
    prepared = await prepare(stage, startedAt, clock, environment, host);
    report = {
      ...report,
      eventText: prepared.render(prepared.facts.commitSubject).text,
      eventType: eventTypeLabel(prepared.inputs.write),
    };
    const session = await connect(
      prepared.inputs,
      regionOrder(prepared.inputs),
      prepared.facts,
      clock,
      environment,
      host,
      (failover) =>
        log.warning(
          `${failover.why}. The rest of the run goes to ${failover.to}.`,
          'Incident timeline: region failover',
        ),
    );
    try {
      report = await writeAll(prepared, session, cancellation, startedAt, report);
    } finally {
      session.api.close();
    }
  } catch (error) {
    if (error instanceof JobEndStateError) {
      if (error.nothingCreated) log.info(`Nothing to finish: ${error.message}.`);
      else log.warning(`Nothing to finish: ${error.message}.`, JOB_END_TITLE);
      return { failed: false, report };
    }
    // Bad input, a failed search, a role that could not be assumed: nothing was written.
    report = { ...report, outcome: 'failed', message: safeMessage(error) };
  } finally {
    cancellation.dispose();
  }
  await publish(report, stage, environment.summaryFile, host, jobEndHeading(prepared, startedAt));
  if (cancellation.requested) {
    host.setFailed(
      `The step was cancelled (${cancellation.signal}): no write started after the signal.${
        prepared?.inputs.write.kind === 'create' && prepared.inputs.write.finishOnJobEnd
          ? savedForJobEnd(report.results)
          : ''
      }`,
    );
    return { failed: true, report };
  }
  const failure = failureOf(report, stage);
  if (failure === undefined) return { failed: false, report };
  if (stage === 'job-end') log.warning(failure, JOB_END_TITLE);
  else if (failOnError) {
    host.setFailed(failure);
    return { failed: true, report };
  } else log.warning(`${failure} (fail-on-error is false, so the step succeeds)`);
  return { failed: false, report };
}
