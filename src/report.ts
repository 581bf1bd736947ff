import { codeBlock, escapeMarkdown } from './markdown.js';
import type { TargetResult } from './post.js';

export type Outcome = 'created' | 'updated' | 'dry-run' | 'skipped' | 'partial' | 'failed';

export interface RunReport {
  outcome: Outcome;
  /** The rendered text, before encoding; empty when the run failed before rendering. */
  eventText: string;
  eventType: string;
  results: TargetResult[];
  /** Why the run failed or was skipped, when it did not come from one target. */
  message: string;
}

export function outcomeOf(results: TargetResult[], dryRun: boolean): Outcome {
  if (results.length === 0) return 'skipped';
  if (dryRun) return 'dry-run';
  const failed = results.filter((r) => r.action === 'failed').length;
  if (failed === results.length) return 'failed';
  if (failed > 0) return 'partial';
  return results.every((r) => r.action === 'updated') ? 'updated' : 'created';
}

/** The step outputs, as named in action.yml. */
export function outputsOf(report: RunReport): Record<string, string> {
  const written = report.results.filter(
    (r) => r.eventId && r.action !== 'failed' && r.action !== 'dry-run',
  );
  const first = report.results[0];
  return {
    'event-id': written[0]?.eventId ?? '',
    'incident-arn': first?.incidentArn ?? '',
    'event-ids': JSON.stringify(written.map((r) => r.eventId)),
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

const HEADINGS: Record<Outcome, string> = {
  created: 'Timeline event posted',
  updated: 'Timeline event updated',
  'dry-run': 'Timeline event: dry run, nothing written',
  skipped: 'Timeline event skipped: no open incident matched',
  partial: 'Timeline event posted to some incidents only',
  failed: 'Timeline event failed',
};

const ACTION_LABELS: Record<TargetResult['action'], string> = {
  created: 'created',
  updated: 'updated',
  'dry-run': 'would write',
  failed: 'failed',
};

/** An ARN or ID as inline code: readable, and inert whatever it contains. */
function code(value: string): string {
  return value ? `\`${value.replace(/`/g, "'").replace(/\|/g, '\\|')}\`` : '–';
}

function cell(value: string | number | undefined): string {
  return value === undefined || value === '' ? '–' : escapeMarkdown(String(value));
}

/**
 * The job summary as Markdown. Every piece of text that came from outside (titles, the event
 * text, error messages quoting input) is escaped or fenced, so it shows as written and cannot
 * inject links, images, mentions or HTML.
 */
export function summaryMarkdown(report: RunReport): string {
  const lines = [`## ${HEADINGS[report.outcome]}`, ''];
  if (report.message) lines.push(escapeMarkdown(report.message), '');
  if (report.results.length > 0) {
    lines.push(
      '| Incident | Impact | Status | Action | Event ID |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const r of report.results) {
      const incident = r.title
        ? `${cell(r.title)}<br><sub>${code(r.incidentArn)}</sub>`
        : code(r.incidentArn);
      const action = cell(ACTION_LABELS[r.action] + (r.reused ? ' (by an earlier try)' : ''));
      lines.push(
        `| ${incident} | ${cell(r.impact)} | ${cell(r.status)} | ${action} | ${code(r.eventId)} |`,
      );
    }
    lines.push('');
    for (const r of report.results.filter((x) => x.error)) {
      lines.push(`- **${cell(r.title || r.incidentArn)}**: ${escapeMarkdown(r.error)}`);
    }
    if (report.results.some((r) => r.error)) lines.push('');
  }
  if (report.eventText) {
    lines.push(`**${escapeMarkdown(report.eventType)}**`, '', codeBlock(report.eventText), '');
  }
  return lines.join('\n');
}
