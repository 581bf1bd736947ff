/**
 * Units of the job summary (report) and the console link (console-link): the run and the commit
 * as links, each incident linked to the Incident Manager console of its partition and region,
 * and the event text quoted so that it wraps.
 */
import { describe, expect, it } from 'vitest';
import { incidentManagerConsoleUrl } from '../src/report/console-link.js';
import type { TargetResult } from '../src/write/result.js';
import {
  emptyReport,
  markdownLink,
  outcomeOf,
  outputsOf,
  summaryMarkdown,
  type RunReport,
} from '../src/report/report.js';

const ARN = 'arn:aws:ssm-incidents::111122223333:incident-record/checkout-api/abc';
const SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d';

const result = (extra: Partial<TargetResult> = {}): TargetResult => ({
  incidentArn: ARN,
  title: 'Checkout latency above SLO',
  eventId: 'evt-1',
  action: 'created',
  error: '',
  impact: 2,
  status: 'OPEN',
  lines: [],
  warnings: [],
  ...extra,
});

const report = (extra: Partial<RunReport> = {}): RunReport => ({
  outcome: 'created',
  eventText: 'Deployment succeeded: acme/shop@1a2b3c4 (main)',
  eventType: 'Custom Event',
  results: [result()],
  message: '',
  notes: [],
  links: {
    region: 'eu-west-1',
    runUrl: 'https://github.com/acme/shop/actions/runs/42/attempts/1',
    runLabel: 'acme/shop run 42, attempt 1',
    commitUrl: `https://github.com/acme/shop/commit/${SHA}`,
    shortSha: '1a2b3c4',
    commitSubject: 'Fix checkout retry storm (#482)',
  },
  ...extra,
});

describe('the Incident Manager console link', () => {
  it.each([
    [
      'aws',
      'eu-west-1',
      'https://console.aws.amazon.com/systems-manager/incidents/home?region=eu-west-1',
    ],
    [
      'aws-cn',
      'cn-north-1',
      'https://console.amazonaws.cn/systems-manager/incidents/home?region=cn-north-1',
    ],
    [
      'aws-us-gov',
      'us-gov-west-1',
      'https://console.amazonaws-us-gov.com/systems-manager/incidents/home?region=us-gov-west-1',
    ],
  ])('opens the console of partition %s in %s', (partition, region, url) => {
    const arn = ARN.replace('arn:aws:', `arn:${partition}:`);
    expect(incidentManagerConsoleUrl(arn, region)).toBe(url);
  });

  it('has none for a partition without a public console, or a text that is not a region', () => {
    expect(
      incidentManagerConsoleUrl(ARN.replace('arn:aws:', 'arn:aws-iso:'), 'us-iso-east-1'),
    ).toBeUndefined();
    expect(incidentManagerConsoleUrl(ARN, 'eu-west-1#/x')).toBeUndefined();
    expect(incidentManagerConsoleUrl('not an arn', 'eu-west-1')).toBeUndefined();
  });
});

describe('the job summary', () => {
  it('links the run and the commit, with the subject, and each incident to the console', () => {
    const markdown = summaryMarkdown(report());
    expect(markdown).toContain(
      `**Run** [acme/shop run 42, attempt 1](https://github.com/acme/shop/actions/runs/42/attempts/1) · **Commit** [1a2b3c4](https://github.com/acme/shop/commit/${SHA}) Fix checkout retry storm \\(\\#482\\)`,
    );
    expect(markdown).toContain(
      `Checkout latency above SLO<br><sub>\`${ARN}\` · [Incident Manager console \\(eu\\-west\\-1\\)](https://console.aws.amazon.com/systems-manager/incidents/home?region=eu-west-1)</sub>`,
    );
  });

  it('quotes the event text, escaped, so that long lines wrap', () => {
    const markdown = summaryMarkdown(report({ eventText: 'a *b* [c](d)\nnext' }));
    expect(markdown).toContain('**Custom Event**\n\n> a \\*b\\* \\[c\\]\\(d\\)<br>next');
    expect(markdown).not.toContain('```');
  });

  it('links only http(s) addresses, with the characters that end a link encoded', () => {
    expect(markdownLink('run', 'javascript:alert(1)')).toBe('run');
    expect(markdownLink('x', 'https://h.example/a)(b<c>')).toBe(
      '[x](https://h.example/a%29%28b%3Cc%3E)',
    );
    expect(markdownLink('[x]', 'https://h.example/')).toBe('[\\[x\\]](https://h.example/)');
  });

  it('links an http address too, but only a whole one', () => {
    expect(markdownLink('run', 'http://ghes.example/run/1')).toBe(
      '[run](http://ghes.example/run/1)',
    );
    expect(markdownLink('run', 'https://h.example/a b')).toBe('run');
    expect(markdownLink('run', 'javascript:alert(1)//https://h.example/')).toBe('run');
  });

  it('names no commit when the SHA only starts or ends like one', () => {
    for (const shortSha of ['x1a2b3c4', '1a2b3c4x']) {
      expect(summaryMarkdown(report({ links: { ...report().links!, shortSha } }))).not.toContain(
        '**Commit**',
      );
    }
  });

  it('names no commit when the SHA is not one', () => {
    const markdown = summaryMarkdown(
      report({ links: { ...report().links!, shortSha: 'evil)', commitUrl: 'https://x/' } }),
    );
    expect(markdown).not.toContain('**Commit**');
  });
});

describe('the outcome', () => {
  const of = (...actions: TargetResult['action'][]) => actions.map((action) => result({ action }));

  it.each<[TargetResult[], boolean, string]>([
    [[], false, 'skipped'],
    [[], true, 'skipped'],
    [of('dry-run'), true, 'dry-run'],
    [of('failed'), true, 'dry-run'],
    [of('created'), false, 'created'],
    [of('created', 'updated'), false, 'created'],
    [of('updated', 'updated'), false, 'updated'],
    [of('failed', 'failed'), false, 'failed'],
    [of('created', 'failed'), false, 'partial'],
    [of('failed', 'updated'), false, 'partial'],
    // Events that already said their deployment finished: nothing written.
    [of('unchanged'), false, 'skipped'],
    [of('unchanged', 'updated'), false, 'updated'],
    [of('unchanged', 'created'), false, 'created'],
    [of('unchanged', 'failed'), false, 'partial'],
  ])('of %j (dry run: %s) is %s', (results, dryRun, outcome) => {
    expect(outcomeOf(results, dryRun)).toBe(outcome);
  });
});

describe('the step outputs', () => {
  const B = ARN.replace('/abc', '/def');
  const C = ARN.replace('/abc', '/ghi');

  it('pair event-id and incident-arn from the first target written', () => {
    const outputs = outputsOf(
      report({
        results: [
          result({ action: 'failed', eventId: '', error: 'denied' }),
          result({ incidentArn: B, action: 'updated', eventId: 'evt-2' }),
          result({ incidentArn: C, action: 'created', eventId: 'evt-3', title: 'Third' }),
        ],
        outcome: 'partial',
      }),
    );
    expect(outputs).toEqual({
      'event-id': 'evt-2',
      'incident-arn': B,
      'event-ids': JSON.stringify(['evt-2', 'evt-3']),
      'incident-arns': JSON.stringify([ARN, B, C]),
      'event-data': 'Deployment succeeded: acme/shop@1a2b3c4 (main)',
      skipped: 'false',
      outcome: 'partial',
      results: JSON.stringify([
        {
          incidentArn: ARN,
          title: 'Checkout latency above SLO',
          eventId: '',
          action: 'failed',
          error: 'denied',
        },
        {
          incidentArn: B,
          title: 'Checkout latency above SLO',
          eventId: 'evt-2',
          action: 'updated',
          error: '',
        },
        { incidentArn: C, title: 'Third', eventId: 'evt-3', action: 'created', error: '' },
      ]),
    });
  });

  it('name the first target when none was written, and say skipped for a dry run', () => {
    const outputs = outputsOf(
      report({
        outcome: 'dry-run',
        results: [result({ action: 'dry-run', eventId: '' }), result({ incidentArn: B })],
      }),
    );
    expect(outputs['event-id']).toBe('evt-1');
    const dry = outputsOf(
      report({ outcome: 'dry-run', results: [result({ action: 'dry-run', eventId: 'evt-9' })] }),
    );
    expect(dry).toMatchObject({
      'event-id': '',
      'incident-arn': ARN,
      'event-ids': '[]',
      skipped: 'true',
    });
    expect(outputsOf(report({ outcome: 'skipped', results: [] }))).toMatchObject({
      'event-id': '',
      'incident-arn': '',
      'incident-arns': '[]',
      skipped: 'true',
      results: '[]',
    });
    expect(outputsOf(report({ outcome: 'failed' })).skipped).toBe('false');
  });

  it("name an unchanged deployment's event, and say skipped", () => {
    const outputs = outputsOf(
      report({ outcome: 'skipped', results: [result({ action: 'unchanged' })] }),
    );
    expect(outputs['event-id']).toBe('evt-1');
    expect(outputs['event-ids']).toBe('["evt-1"]');
    expect(outputs.skipped).toBe('true');
  });

  it('count no event without an ID as written', () => {
    const outputs = outputsOf(report({ results: [result({ eventId: '' })] }));
    expect(outputs['event-ids']).toBe('[]');
    expect(outputs['event-id']).toBe('');
  });
});

describe('the whole summary', () => {
  it('has a heading per outcome, and one given instead', () => {
    const heading = (outcome: RunReport['outcome']) =>
      summaryMarkdown(report({ outcome })).split('\n')[0];
    expect(heading('created')).toBe('## Timeline event posted');
    expect(heading('updated')).toBe('## Timeline event updated');
    expect(heading('dry-run')).toBe('## Timeline event: dry run, nothing written');
    expect(heading('skipped')).toBe('## Timeline event skipped: no open incident matched');
    expect(heading('partial')).toBe('## Timeline event posted to some incidents only');
    expect(heading('failed')).toBe('## Timeline event failed');
    expect(summaryMarkdown(report(), 'Job end').split('\n')[0]).toBe('## Job end');
    const unchanged = summaryMarkdown(
      report({ outcome: 'skipped', results: [result({ action: 'unchanged' })] }),
    );
    expect(unchanged.split('\n')[0]).toMatch(/unchanged.*finished/);
    expect(unchanged).toMatch(/\| unchanged[^|]*finished[^|]*\|/);
    expect(emptyReport()).toEqual({
      outcome: 'failed',
      eventText: '',
      eventType: '',
      results: [],
      message: '',
      notes: [],
    });
  });

  it('shows the message, the notes, a row per target with its action, and what each target said', () => {
    const markdown = summaryMarkdown(
      report({
        outcome: 'partial',
        message: 'Some *failed*',
        notes: ['search saw 3', 'second note'],
        results: [
          result({
            region: 'us-west-2',
            reused: true,
            warnings: [{ source: 'references', text: 'link not made' }],
          }),
          result({
            title: '',
            impact: undefined,
            status: '',
            eventId: '',
            action: 'failed',
            error: 'denied',
          }),
          result({ action: 'updated', possibleDuplicate: true, title: 'Third' }),
          result({ action: 'dry-run', title: 'Fourth' }),
        ],
      }),
    );
    const console = (region: string) =>
      `[Incident Manager console \\(${region.replace(/-/g, '\\-')}\\)](https://console.aws.amazon.com/systems-manager/incidents/home?region=${region})`;
    expect(markdown.split('\n')).toEqual([
      '## Timeline event posted to some incidents only',
      '',
      'Some \\*failed\\*',
      '',
      '> search saw 3',
      '',
      '> second note',
      '',
      `**Run** [acme/shop run 42, attempt 1](https://github.com/acme/shop/actions/runs/42/attempts/1) · **Commit** [1a2b3c4](https://github.com/acme/shop/commit/${SHA}) Fix checkout retry storm \\(\\#482\\)`,
      '',
      '| Incident | Impact | Status | Action | Event ID |',
      '| --- | --- | --- | --- | --- |',
      `| Checkout latency above SLO<br><sub>\`${ARN}\` · ${console('us-west-2')}</sub> | 2 | OPEN | created in us\\-west\\-2 \\(by an earlier try\\) | \`evt-1\` |`,
      `| <sub>\`${ARN}\` · ${console('eu-west-1')}</sub> | – | – | failed | – |`,
      `| Third<br><sub>\`${ARN}\` · ${console('eu-west-1')}</sub> | 2 | OPEN | updated, perhaps twice \\(see below\\) | \`evt-1\` |`,
      `| Fourth<br><sub>\`${ARN}\` · ${console('eu-west-1')}</sub> | 2 | OPEN | would write | \`evt-1\` |`,
      '',
      '- **Checkout latency above SLO**: link not made',
      `- **${ARN.replace(/[-:.]/g, '\\$&')}**: denied`,
      '',
      '**Custom Event**',
      '',
      '> Deployment succeeded\\: acme/shop\\@\u20601a2b3c4 \\(main\\)',
      '',
    ]);
  });

  it('leaves out the links, the table and the text when there are none', () => {
    expect(
      summaryMarkdown(report({ outcome: 'failed', links: undefined, results: [], eventText: '' })),
    ).toBe('## Timeline event failed\n');
  });

  it('links the run alone when there is no commit, and the commit without a subject', () => {
    const links = report().links!;
    expect(summaryMarkdown(report({ links: { ...links, commitUrl: '' } }))).toContain(
      '**Run** [acme/shop run 42, attempt 1](https://github.com/acme/shop/actions/runs/42/attempts/1)\n',
    );
    expect(
      summaryMarkdown(report({ links: { ...links, runUrl: '', commitSubject: '' } })),
    ).toContain(`\n**Commit** [1a2b3c4](https://github.com/acme/shop/commit/${SHA})\n`);
    const none = summaryMarkdown(
      report({ links: { ...links, runUrl: '', commitUrl: '' }, results: [], eventText: '' }),
    );
    expect(none).toBe('## Timeline event posted\n');
  });

  it('links no console when neither the result nor the run has a region', () => {
    expect(summaryMarkdown(report({ links: undefined, results: [result()] }))).toContain(
      `<sub>\`${ARN}\`</sub>`,
    );
  });

  it('links no console without a region', () => {
    const markdown = summaryMarkdown(
      report({ links: { ...report().links!, region: '' }, results: [result()] }),
    );
    expect(markdown).toContain(`<sub>\`${ARN}\`</sub>`);
  });
});
