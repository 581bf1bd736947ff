/**
 * Text from outside (AWS answers and errors, incident titles, dispatch inputs, bad inputs) stays
 * data: it cannot form a workflow command in the log, nor Markdown, links, mentions or new table
 * rows in the job summary.
 */
import {
  CreateTimelineEventCommand,
  InternalServerException,
  ListIncidentRecordsCommand,
} from '@aws-sdk/client-ssm-incidents';
import { describe, expect, it, vi } from 'vitest';

vi.mock('@actions/core', async () => (await import('../mocked-runner.js')).core);

import { escapeMarkdown } from '../../src/report/markdown.js';
import {
  INCIDENT_A,
  INCIDENT_B,
  INCIDENT_C,
  core,
  incident,
  mockedOperations,
  useEmulatorRun,
  useMockedAnswers,
} from './helpers.js';

const action = useEmulatorRun();

/** Lines the runner would read from the step's output: what core.info printed, split as the runner splits. */
function printedLines(): string[] {
  return [...core.info.mock.calls, ...core.startGroup.mock.calls]
    .map((c) => String(c[0]))
    .flatMap((text) => text.split(/\r\n|\n|\r/));
}

/** A line the runner would run as a workflow command. */
const COMMAND_LINE = /^[\s\u0085]*::|##\[/;

/** A search result as ListIncidentRecords gives it. */
const summaryOf = (arn: string, title: string) => ({
  arn,
  title,
  impact: 2,
  status: 'OPEN' as const,
  creationTime: new Date('2026-05-01T09:00:00Z'),
  incidentRecordSource: { createdBy: 'arn:aws:iam::111122223333:role/ops', source: 'x' },
});

describe('outside text stays data in the log', () => {
  const HOSTILE = 'boom\n::add-mask::x\r::error file=a.js::pwned\n##[set-env name=X]y';
  // Answers the emulator never gives: a hostile error message, a malformed ARN, a hostile ID.
  const answers = useMockedAnswers();

  it('an AWS error message cannot form a workflow command', async () => {
    answers.ssm
      .on(CreateTimelineEventCommand)
      .rejects(new InternalServerException({ message: HOSTILE, $metadata: {} }));
    const r = await action.run({ inputs: { 'incident-arn': INCIDENT_A, 'link-commit': 'false' } });
    expect(r.failure).toContain('boom');
    const lines = printedLines();
    expect(lines.join('\n')).toContain('boom');
    expect(lines.filter((l) => COMMAND_LINE.test(l))).toEqual([]);
  });

  it('ARNs, titles and IDs in answers cannot form a workflow command', async () => {
    const { ssm } = answers;
    ssm.on(ListIncidentRecordsCommand).resolves({
      incidentRecordSummaries: [
        summaryOf(INCIDENT_A, '::warning::title\n::add-mask::y'),
        summaryOf('::add-mask::arn\n::error::x', 'bad arn'),
      ],
    });
    ssm.on(CreateTimelineEventCommand).resolves({
      incidentRecordArn: INCIDENT_A,
      eventId: '::error::id\n::add-mask::z',
    });
    const r = await action.run({ inputs: { 'link-commit': 'false' } });
    expect(r.outputs.outcome).toBe('created');
    const lines = printedLines();
    expect(lines.filter((l) => COMMAND_LINE.test(l))).toEqual([]);
    // The record with a malformed ARN is left out, and the note says so (inertly).
    expect(r.notices.join('\n')).toContain('Left out a search result');
    expect(mockedOperations(ssm)).toEqual(['ListIncidentRecords', 'CreateTimelineEvent']);
  });
});

describe('outside text stays data in the summary', () => {
  it('a lone carriage return in a title does not split a summary table row', async () => {
    await action.seed(incident(INCIDENT_A, 'Checkout\r| injected | row |'));
    const r = await action.run({ inputs: { 'link-commit': 'false' } });
    const rows = r.summary.split(/\r\n|\n|\r/).filter((l) => l.startsWith('|'));
    // Header, separator, one row per target.
    expect(rows).toHaveLength(3);
    expect(rows[2]).toContain('Checkout<br>\\| injected \\| row \\|');
  });
});

const IMG = '<img src=x onerror=alert(1)>';
const LINK = '[x](javascript:alert(1))';
const TITLES = [
  `Checkout ${IMG}`,
  `Payments ${LINK} | pipes | cc @org/team`,
  'DB ```\n# not a heading\n| --- |',
];
const DISPATCH_TEXT = [
  `Rolled back ${IMG} ${LINK} | pipes | @org/team`,
  '```',
  '</details>',
  '````',
  'still inside the block',
].join('\n');

const serveTitles = () =>
  action.seed(
    ...[INCIDENT_A, INCIDENT_B, INCIDENT_C].map((arn, i) =>
      incident(arn, TITLES[i]!, `2026-05-01T${String(9 + i).padStart(2, '0')}:00:00Z`),
    ),
  );

/** The links the summary makes itself: the run, the commit and the Incident Manager console. */
const OWN_LINK =
  /\[[^\]]*\]\((https:\/\/github\.com\/acme\/shop\/(actions\/runs|commit)\/[^)\s]+|https:\/\/console\.aws\.amazon\.com\/systems-manager\/incidents\/home\?region=us-east-1)\)/g;

/** Splits the summary into the quoted event text and everything else (the summary's own links out). */
function splitQuote(markdown: string): { quoted: string; outside: string } {
  const lines = markdown.split('\n');
  // The event text follows its type (`**Custom Event**`) and a blank line.
  const type = lines.findIndex((l) => /^\*\*(Custom Event|Note|Update)\*\*$/.test(l));
  const at = type >= 0 && lines[type + 2]?.startsWith('> ') ? type + 2 : -1;
  const quoted = at >= 0 ? lines[at]!.slice(2) : '';
  const rest = at >= 0 ? [...lines.slice(0, at), ...lines.slice(at + 1)] : lines;
  return { quoted, outside: rest.join('\n').replace(OWN_LINK, 'LINK') };
}

/** Markdown outside the summary's own links shows text as written: no HTML, links, mentions or new rows. */
function expectInert(outside: string): void {
  expect(outside).not.toContain('<img');
  // The only HTML is the summary's own line break and subscript.
  for (const tag of outside.match(/<\/?[a-z]+[^>]*>/gi) ?? [])
    expect(['<br>', '<sub>', '</sub>']).toContain(tag);
  expect(outside).not.toMatch(/(?<!\\)\[/);
  expect(outside).not.toMatch(/(?<!\\)\]\(/);
  expect(outside).not.toMatch(/(?<!\\)@/);
  expect(outside).not.toMatch(/javascript:/);
  // Backticks only as the inline-code spans the summary puts around ARNs and event IDs.
  const spans = outside.match(/(?<!\\)`[^`\n]*`/g) ?? [];
  for (const span of spans)
    expect(span).toMatch(/^`(arn:aws:ssm-incidents::\d{12}:incident-record\/[\w/-]+|[\w-]+)`$/);
  expect(outside.replace(/(?<!\\)`[^`\n]*`/g, '')).not.toMatch(/(?<!\\)`/);
}

const unescapedPipes = (row: string) => (row.match(/(?<!\\)\|/g) ?? []).length;

describe('the job summary is safe against Markdown injection', () => {
  it('escapes incident titles in the table and quotes the dispatch text, escaped', async () => {
    await serveTitles();
    const r = await action.run({
      inputs: { 'link-commit': 'false' },
      env: { GITHUB_EVENT_NAME: 'workflow_dispatch' },
      payload: { inputs: { message: DISPATCH_TEXT } },
    });
    expect(r.failure).toBeUndefined();
    expect(r.outputs['event-data']).toBe(DISPATCH_TEXT);

    const { quoted, outside } = splitQuote(r.summary);
    // One quoted line: every line break of the text is a <br>, and nothing in it is Markdown.
    expect(quoted).toBe(escapeMarkdown(DISPATCH_TEXT));
    expectInert(outside);
    expectInert(quoted);

    const rows = outside.split('\n').filter((l) => l.startsWith('|'));
    expect(rows).toHaveLength(2 + TITLES.length);
    for (const row of rows) expect(unescapedPipes(row)).toBe(6);
    // Each title is still there, readable once unescaped.
    expect(outside).toContain('Checkout &lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(outside).toContain(
      '\\[x\\]\\(javascript\\:alert\\(1\\)\\) \\| pipes \\| cc \\@\u2060org/team',
    );
    expect(outside).toContain('DB \\`\\`\\`<br>\\# not a heading<br>\\| \\-\\-\\- \\|');
  });

  it('escapes titles quoted in a failure message too', async () => {
    await serveTitles();
    const r = await action.run({
      inputs: { select: 'single', 'event-data': 'x {inputs.message}' },
      payload: { inputs: { message: IMG } },
    });
    expect(r.failure).toContain(IMG); // the log line is plain text; only Markdown needs escaping
    const { quoted, outside } = splitQuote(r.summary);
    expect(quoted).toBe(escapeMarkdown(`x ${IMG}`));
    expect(outside).toContain('## Timeline event failed');
    expect(outside).toContain("select is 'single'");
    expectInert(outside);
    expect(r.commands).not.toContain('CreateTimelineEvent');
  });

  it('escapes an error message that quotes a bad input', async () => {
    const r = await action.run({ inputs: { 'incident-arn': `${LINK} ${IMG} @org/team` } });
    expect(r.failure).toContain("Input 'incident-arn'");
    expect(r.summary).toContain('## Timeline event failed');
    expectInert(splitQuote(r.summary).outside);
  });
});
