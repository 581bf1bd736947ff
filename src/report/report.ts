import { incidentManagerConsoleUrl } from './console-link.js';
import type { TargetResult } from '../write/result.js';
import { escapeMarkdown, inlineCode } from './markdown.js';

export type Outcome = 'created' | 'updated' | 'dry-run' | 'skipped' | 'partial' | 'failed';

export interface RunReport {
  outcome: Outcome;
  /** The rendered text, before encoding; empty when the run failed before rendering. */
  eventText: string;
  eventType: string;
  results: TargetResult[];
  /** Why the run failed or was skipped, when it did not come from one target. */
  message: string;
  /** Things the user should know (an unfiltered search, ignored inputs). */
  notes: string[];
  /** Where the summary links to: the run, the commit, the console of the region written in. */
  links?: SummaryLinks;
}

export interface SummaryLinks {
  region: string;
  runUrl: string;
  /** `acme/shop run 42, attempt 1` */
  runLabel: string;
  commitUrl: string;
  shortSha: string;
  commitSubject: string;
}

export function emptyReport(): RunReport {
  return { outcome: 'failed', eventText: '', eventType: '', results: [], message: '', notes: [] };
}

/**
 * A Markdown link whose text is escaped and whose address can only be an http(s) URL, with the
 * characters that could end it percent-encoded; plain escaped text when the URL is not one.
 */
export function markdownLink(text: string, url: string): string {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return escapeMarkdown(text);
  const safe = url.replace(
    /[()<>\\`"'[\]]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `[${escapeMarkdown(text)}](${safe})`;
}

/** The run and the commit, as links. */
function runLine(links: SummaryLinks): string {
  const parts = [];
  if (links.runUrl) parts.push(`**Run** ${markdownLink(links.runLabel, links.runUrl)}`);
  if (links.commitUrl && /^[0-9a-f]{7,40}$/i.test(links.shortSha)) {
    const subject = links.commitSubject ? ` ${escapeMarkdown(links.commitSubject)}` : '';
    parts.push(`**Commit** ${markdownLink(links.shortSha, links.commitUrl)}${subject}`);
  }
  return parts.join(' · ');
}

export function outcomeOf(results: TargetResult[], dryRun: boolean): Outcome {
  if (results.length === 0) return 'skipped';
  if (dryRun) return 'dry-run';
  const failed = results.filter((r) => r.action === 'failed').length;
  if (failed === results.length) return 'failed';
  if (failed > 0) return 'partial';
  // Events that already said their deployment finished: nothing was written to them.
  const writes = results.filter((r) => r.action !== 'unchanged');
  if (writes.length === 0) return 'skipped';
  return writes.every((r) => r.action === 'updated') ? 'updated' : 'created';
}

/** A target whose event the outputs name: written, or left as it was (`unchanged`). */
function written(result: TargetResult): boolean {
  return (
    Boolean(result.eventId) &&
    (result.action === 'created' || result.action === 'updated' || result.action === 'unchanged')
  );
}

/**
 * The step outputs, as named in action.yml. `event-id` and `incident-arn` are a pair from the
 * same target (the first one written), so that they can be passed on to an update together.
 */
export function outputsOf(report: RunReport): Record<string, string> {
  const writes = report.results.filter(written);
  const first = writes[0];
  return {
    'event-id': first?.eventId ?? '',
    'incident-arn': first?.incidentArn ?? report.results[0]?.incidentArn ?? '',
    'event-ids': JSON.stringify(writes.map((r) => r.eventId)),
    'incident-arns': JSON.stringify(report.results.map((r) => r.incidentArn)),
    'event-data': report.eventText,
    skipped: String(report.outcome === 'skipped' || report.outcome === 'dry-run'),
    outcome: report.outcome,
    results: JSON.stringify(
      report.results.map(({ incidentArn, title, eventId, action, error }) => ({
        incidentArn,
        title,
        eventId,
        action,
        error,
      })),
    ),
  };
}

const HEADINGS = new Map<Outcome, string>([
  ['created', 'Timeline event posted'],
  ['updated', 'Timeline event updated'],
  ['dry-run', 'Timeline event: dry run, nothing written'],
  ['skipped', 'Timeline event skipped: no open incident matched'],
  ['partial', 'Timeline event posted to some incidents only'],
  ['failed', 'Timeline event failed'],
]);

const ACTION_LABELS = new Map<TargetResult['action'], string>([
  ['created', 'created'],
  ['updated', 'updated'],
  ['unchanged', 'unchanged (it already says the deployment finished)'],
  ['dry-run', 'would write'],
  ['failed', 'failed'],
]);

function headingOf(report: RunReport): string | undefined {
  // Skipped with targets: each event already said its deployment finished.
  const results = report.results;
  if (
    report.outcome === 'skipped' &&
    results.length > 0 &&
    results.every((r) => r.action === 'unchanged')
  ) {
    return 'Timeline event unchanged: it already says the deployment finished';
  }
  return HEADINGS.get(report.outcome);
}

function cell(value: string | number | undefined): string {
  return value === undefined || value === '' ? '–' : escapeMarkdown(String(value));
}

/**
 * The job summary as Markdown. Every piece of text that came from outside (titles, ARNs and IDs
 * in answers, the event text, error messages) is escaped or fenced, so it shows as written and
 * cannot inject links, images, mentions, HTML or table rows.
 */
export function summaryMarkdown(report: RunReport, heading = headingOf(report)): string {
  const lines = [`## ${heading ?? ''}`, ''];
  if (report.message) lines.push(escapeMarkdown(report.message), '');
  for (const note of report.notes) lines.push(`> ${escapeMarkdown(note)}`, '');
  const run = report.links ? runLine(report.links) : '';
  if (run) lines.push(run, '');
  if (report.results.length > 0) {
    lines.push(
      '| Incident | Impact | Status | Action | Event ID |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const r of report.results) {
      const region = r.region ?? report.links?.region ?? '';
      const consoleUrl = region ? incidentManagerConsoleUrl(r.incidentArn, region) : undefined;
      const open = consoleUrl
        ? ` · ${markdownLink(`Incident Manager console (${region})`, consoleUrl)}`
        : '';
      const arn = `<sub>${inlineCode(r.incidentArn)}${open}</sub>`;
      const incident = r.title ? `${cell(r.title)}<br>${arn}` : arn;
      const action = cell(
        (ACTION_LABELS.get(r.action) ?? r.action) +
          (r.region ? ` in ${r.region}` : '') +
          (r.reused ? ' (by an earlier try)' : '') +
          (r.possibleDuplicate ? ', perhaps twice (see below)' : ''),
      );
      lines.push(
        `| ${incident} | ${cell(r.impact)} | ${cell(r.status)} | ${action} | ${inlineCode(r.eventId)} |`,
      );
    }
    lines.push('');
    // Each target's error and warnings (a link not made, an event perhaps written twice).
    const said = report.results.flatMap((r) =>
      [r.error, ...r.warnings.map((warning) => warning.text)]
        .filter(Boolean)
        .map((text) => `- **${cell(r.title || r.incidentArn)}**: ${escapeMarkdown(text)}`),
    );
    if (said.length > 0) lines.push(...said, '');
  }
  if (report.eventText) {
    // A quote, not a code block: long lines wrap instead of running off the right edge.
    lines.push(
      `**${escapeMarkdown(report.eventType)}**`,
      '',
      `> ${escapeMarkdown(report.eventText)}`,
      '',
    );
  }
  return lines.join('\n');
}
