import {
  CreateTimelineEventCommand,
  ListIncidentRecordsCommand,
} from '@aws-sdk/client-ssm-incidents';
import { describe, expect, it, vi } from 'vitest';

const { core } = await vi.hoisted(async () => {
  const harness = await import('./harness.js');
  return { core: harness.createCoreMock() };
});
vi.mock('@actions/core', () => core);

import { run } from '../src/main.js';
import { codeBlock, escapeMarkdown } from '../src/markdown.js';
import {
  Harness,
  INCIDENT_A,
  INCIDENT_B,
  INCIDENT_C,
  ssm,
  type RunResult,
  type Scenario,
} from './harness.js';

const h = new Harness(core).install();

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

async function runWith(scenario: Scenario): Promise<RunResult> {
  h.arrange(scenario);
  await run();
  return h.result();
}

function serveTitles(): void {
  const arns = [INCIDENT_A, INCIDENT_B, INCIDENT_C];
  ssm.on(ListIncidentRecordsCommand).resolves({
    incidentRecordSummaries: TITLES.map((title, i) => ({
      arn: arns[i],
      title,
      impact: 2,
      status: 'OPEN',
      creationTime: new Date(Date.UTC(2026, 4, 1, 9 + i)),
      incidentRecordSource: { createdBy: 'x', source: 'aws.ssm-incidents.custom' },
    })),
  });
}

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
    serveTitles();
    ssm
      .on(CreateTimelineEventCommand)
      .resolves({ eventId: 'evt-1', incidentRecordArn: INCIDENT_A });
    const r = await runWith({
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
    serveTitles();
    const r = await runWith({
      inputs: { select: 'single', 'event-data': 'x {inputs.message}' },
      payload: { inputs: { message: IMG } },
    });
    expect(r.failure).toContain(IMG); // the log line is plain text; only Markdown needs escaping
    const { quoted, outside } = splitQuote(r.summary);
    expect(quoted).toBe(escapeMarkdown(`x ${IMG}`));
    expect(outside).toContain('## Timeline event failed');
    expect(outside).toContain("select is 'single'");
    expectInert(outside);
    expect(ssm).not.toHaveReceivedCommand(CreateTimelineEventCommand);
  });

  it('escapes an error message that quotes a bad input', async () => {
    const r = await runWith({ inputs: { 'incident-arn': `${LINK} ${IMG} @org/team` } });
    expect(r.failure).toContain("Input 'incident-arn'");
    expect(r.summary).toContain('## Timeline event failed');
    expectInert(splitQuote(r.summary).outside);
  });
});

describe('markdown helpers', () => {
  it('escapeMarkdown neutralises HTML, Markdown punctuation, pipes and line breaks', () => {
    expect(escapeMarkdown('<b>a</b> & [l](u) *e* _u_ #h |p| @m ~s~ `c`\r\nnext')).toBe(
      '&lt;b&gt;a&lt;/b&gt; &amp; \\[l\\]\\(u\\) \\*e\\* \\_u\\_ \\#h \\|p\\| \\@\u2060m \\~s\\~ \\`c\\`<br>next',
    );
  });

  it('codeBlock picks a fence longer than any backtick run', () => {
    expect(codeBlock('plain')).toBe('```text\nplain\n```');
    expect(codeBlock('a ```` b')).toBe('`````text\na ```` b\n`````');
  });
});
