/**
 * Units of the job summary (report) and the console link (console-link): the run and the commit
 * as links, each incident linked to the Incident Manager console of its partition and region,
 * and the event text quoted so that it wraps.
 */
import { describe, expect, it } from 'vitest';
import { incidentManagerConsoleUrl } from '../src/console-link.js';
import type { TargetResult } from '../src/event-writer.js';
import { markdownLink, summaryMarkdown, type RunReport } from '../src/report.js';

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

  it('names no commit when the SHA is not one', () => {
    const markdown = summaryMarkdown(
      report({ links: { ...report().links!, shortSha: 'evil)', commitUrl: 'https://x/' } }),
    );
    expect(markdown).not.toContain('**Commit**');
  });
});
