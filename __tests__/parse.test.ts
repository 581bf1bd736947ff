import { describe, expect, it } from 'vitest';
import { InputError } from '../src/runtime/errors.js';
import { collectFacts } from '../src/read/facts.js';
import {
  matchIncidentArn,
  parseAnyArn,
  parseIncidentArn,
  parseResponsePlan,
  parseRoleArn,
  responsePlanMatches,
} from '../src/parse/arn.js';
import { parseDuration } from '../src/parse/duration.js';
import { splitList, unique } from '../src/parse/list.js';
import { parseReferences } from '../src/parse/references.js';
import { parseBoolean, parseChoice, parseInteger } from '../src/parse/scalars.js';
import { checkTemplate, renderTemplate } from '../src/parse/template.js';
import { implausibleTime, parseTimestamp } from '../src/parse/time.js';
import { compileTitleFilter, parseTitleFilter } from '../src/parse/title-filter.js';
import {
  defaultMessage,
  encodeEventData,
  formatDuration,
  renderEventText,
  usesCommitSubject,
} from '../src/text/render.js';
import { expectCarries } from './carries.js';

const INCIDENT =
  'arn:aws:ssm-incidents::111122223333:incident-record/shop-outage/6cc8ec2a-1f6b-4d2a-9a44-0ac1e3b2a001';
const PLAN_ARN = 'arn:aws:ssm-incidents::111122223333:response-plan/shop-outage';

/** The InputError a parser throws, for assertions on its input name and message. */
function inputError(parse: () => unknown): InputError {
  try {
    parse();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError, but the value was accepted');
}

async function asyncInputError(parse: () => Promise<unknown>): Promise<InputError> {
  try {
    await parse();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError, but the value was accepted');
}

const titleMatcher = (text: string) =>
  compileTitleFilter('title-filter', parseTitleFilter('title-filter', text));

describe('splitList and unique', () => {
  it('splits on newlines and commas, trims, and drops empty items', () => {
    expect(splitList(' a ,b\n\n c,,\r\nd ')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitList('')).toEqual([]);
    expect(splitList(' \n , ')).toEqual([]);
  });

  it('keeps the first of each item, in order, by an optional key', () => {
    expect(unique(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
    const items = [
      { id: 1, k: 'x' },
      { id: 2, k: 'y' },
      { id: 3, k: 'x' },
    ];
    expect(unique(items, (i) => i.k).map((i) => i.id)).toEqual([1, 2]);
  });
});

describe('parseDuration', () => {
  it.each([
    ['90m', 90 * 60_000],
    ['24h', 24 * 3_600_000],
    ['7d', 7 * 86_400_000],
    ['1h30m', 90 * 60_000],
    ['2w', 14 * 86_400_000],
    ['45s', 45_000],
    ['1.5h', 90 * 60_000],
    [' 7D ', 7 * 86_400_000],
  ])('%s is %d ms', (text, ms) => {
    expect(parseDuration('created-within', text)).toBe(ms);
  });

  it.each(['30', 'forever', '7 d', 'h', '-1h', '1y', '', '1h 30m'])('refuses %j', (text) => {
    const error = inputError(() => parseDuration('created-within', text));
    expect(error.input).toBe('created-within');
    expect(error.message).toMatch(
      /^Input 'created-within': .*use a number with a unit s, m, h, d or w/,
    );
  });

  it('takes up to six decimals and at most 3650 days', () => {
    expect(parseDuration('created-within', '1.25h')).toBe(75 * 60_000);
    expect(parseDuration('created-within', '0.000001s')).toBe(0.001);
    expect(parseDuration('created-within', '3650d')).toBe(3650 * 86_400_000);
    expect(inputError(() => parseDuration('created-within', '3650d1s')).message).toBe(
      "Input 'created-within': '3650d1s' is too long; at most 3650d (about ten years) is accepted.",
    );
  });

  it('refuses a zero duration', () => {
    expect(inputError(() => parseDuration('created-within', '0h')).message).toContain(
      'longer than zero',
    );
  });
});

describe('implausibleTime', () => {
  const now = new Date('2026-05-01T12:00:00Z');
  const at = (iso: string) => implausibleTime('event-time', new Date(iso), now);

  it('says nothing of a time within a day ahead or a year back', () => {
    expect(at('2026-05-02T11:59:59Z')).toBeUndefined();
    expect(at('2025-05-02T12:00:00Z')).toBeUndefined();
  });

  it.each([
    ['2062-05-01T10:00:00Z', /36 years ahead of now/],
    ['2026-05-03T12:00:00Z', /2 days ahead of now/],
    ['2016-05-01T12:00:00Z', /10 years before now/],
  ])('shows %s and how far it is from now', (iso, distance) => {
    const message = at(iso) ?? '';
    expect(message).toContain('event-time');
    expect(message).toContain(new Date(iso).toISOString());
    expect(message).toMatch(distance);
    expect(message).toContain('written at that time');
  });
});

describe('parseTimestamp', () => {
  it.each([
    ['2026-05-01T12:00:00Z', '2026-05-01T12:00:00.000Z'],
    ['2026-05-01T12:00Z', '2026-05-01T12:00:00.000Z'],
    ['2026-05-01 12:00:00Z', '2026-05-01T12:00:00.000Z'],
    ['2026-05-01T14:00:00+02:00', '2026-05-01T12:00:00.000Z'],
    ['2026-05-01T17:30:00+0530', '2026-05-01T12:00:00.000Z'],
    ['2026-05-01T07:00:00-05', '2026-05-01T12:00:00.000Z'],
    ['2026-05-01T12:00:00.250Z', '2026-05-01T12:00:00.250Z'],
    ['2026-05-01t12:00:00z', '2026-05-01T12:00:00.000Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'],
  ])('ISO 8601 with a zone: %s', (text, iso) => {
    expect(parseTimestamp('event-time', text).toISOString()).toBe(iso);
  });

  it('reads epoch seconds, with a fraction, and epoch milliseconds', () => {
    expect(parseTimestamp('event-time', '1777636800').toISOString()).toBe(
      '2026-05-01T12:00:00.000Z',
    );
    expect(parseTimestamp('event-time', '1777636800.5').toISOString()).toBe(
      '2026-05-01T12:00:00.500Z',
    );
    expect(parseTimestamp('event-time', '1777636800250').toISOString()).toBe(
      '2026-05-01T12:00:00.250Z',
    );
  });

  it.each([
    'March 7',
    'May 1, 2026 12:00 UTC',
    '2026-05-01',
    '2026-05-01T12:00:00',
    'Fri, 01 May 2026 12:00:00 GMT',
    '2026-13-01T00:00:00Z',
    '2026-02-30T00:00:00Z',
    '2026-04-31T12:00:00Z',
    '2026-02-29T00:00:00Z',
    '2026-05-01T25:00:00Z',
    '-1',
    '0',
    'now',
    '',
    '999999999',
    '99999999999',
    '10000000000000',
  ])('refuses %j', (text) => {
    const error = inputError(() => parseTimestamp('event-time', text));
    expect(error.input).toBe('event-time');
    expect(error.message).toContain('ISO 8601 with a zone');
    expect(error.message).toContain('epoch seconds (10 digits) or milliseconds (13 digits)');
  });

  it('does not take a date written without dashes for epoch seconds in 1970', () => {
    const error = inputError(() => parseTimestamp('event-time', '20260501'));
    expect(error.message).toContain("'20260501' is neither epoch seconds nor milliseconds");
    expect(error.message).toContain('write 2026-05-01T00:00:00Z');
  });

  it('takes January and December, the first and the last day', () => {
    expect(parseTimestamp('event-time', '2026-01-01T00:00:00Z').toISOString()).toBe(
      '2026-01-01T00:00:00.000Z',
    );
    expect(parseTimestamp('event-time', '2026-12-31T23:59:59Z').toISOString()).toBe(
      '2026-12-31T23:59:59.000Z',
    );
  });

  it('trims the value, and reads a fraction of a second to the millisecond', () => {
    expect(parseTimestamp('event-time', ' 1777636800 ').toISOString()).toBe(
      '2026-05-01T12:00:00.000Z',
    );
    expect(parseTimestamp('event-time', '1777636800.25').toISOString()).toBe(
      '2026-05-01T12:00:00.250Z',
    );
  });

  it('refuses the start of the epoch, and 10^10 seconds', () => {
    expect(() => parseTimestamp('event-time', '1970-01-01T00:00:00Z')).toThrow(
      "'1970-01-01T00:00:00Z' is not a timestamp",
    );
    expect(() => parseTimestamp('event-time', '10000000000')).toThrow(
      "'10000000000' is neither epoch seconds",
    );
  });

  it('suggests a date only for eight digits', () => {
    expectCarries(inputError(() => parseTimestamp('event-time', '120260501')).message, [
      "Input 'event-time': '120260501'",
      'neither epoch seconds nor milliseconds',
      'from 2001 to 2286',
      'ISO 8601 with a zone (2026-05-01T12:00:00Z)',
      'epoch seconds (10 digits) or milliseconds (13 digits)',
    ]);
    expect(inputError(() => parseTimestamp('event-time', '2026050')).message).not.toContain(
      'looks like a date',
    );
  });

  it('takes the first and last plausible epoch values', () => {
    expect(parseTimestamp('event-time', '1000000000').toISOString()).toBe(
      '2001-09-09T01:46:40.000Z',
    );
    expect(parseTimestamp('event-time', '1000000000000').toISOString()).toBe(
      '2001-09-09T01:46:40.000Z',
    );
  });
});

describe('ARNs', () => {
  it('splits an incident record ARN', () => {
    expect(parseIncidentArn('incident-arn', ` ${INCIDENT} `)).toEqual({
      arn: INCIDENT,
      partition: 'aws',
      accountId: '111122223333',
      responsePlan: 'shop-outage',
      id: '6cc8ec2a-1f6b-4d2a-9a44-0ac1e3b2a001',
    });
    expect(
      matchIncidentArn('arn:aws-us-gov:ssm-incidents::111122223333:incident-record/p/1')?.partition,
    ).toBe('aws-us-gov');
    expect(matchIncidentArn(PLAN_ARN)).toBeUndefined();
  });

  it.each([
    [PLAN_ARN, 'that is a response plan ARN, not an incident record ARN'],
    [
      'arn:aws:ssm-incidents:us-east-1:111122223333:incident-record/shop-outage/abc',
      'incident record ARNs have an empty region field',
    ],
    ['arn:aws:ssm-incidents::111122223333:replication-set/abc', 'it is not an incident record ARN'],
    [
      'arn:aws:ssm-incidents::1111:incident-record/shop-outage/abc',
      'it is not an incident record ARN',
    ],
    [
      'arn:aws:codepipeline:us-east-1:111122223333:shop',
      "service 'codepipeline', not ssm-incidents",
    ],
    ['arn:aws:s3:::bucket', "service 's3', not ssm-incidents"],
    ['shop-outage/abc', 'it is not an ARN'],
  ])('refuses %s as an incident ARN: %s', (text, why) => {
    const error = inputError(() => parseIncidentArn('incident-arn', text));
    expect(error.message).toContain(`Input 'incident-arn': '${text}' is not accepted (`);
    expect(error.message).toContain(why);
    expect(error.message).toContain(
      'arn:aws:ssm-incidents::111122223333:incident-record/<response-plan>/<id>',
    );
  });

  it('reads a response plan by name or by ARN, and matches incidents by plan and account', () => {
    const byName = parseResponsePlan('response-plan', 'shop-outage');
    const byArn = parseResponsePlan('response-plan', PLAN_ARN);
    expect(byName).toEqual({ name: 'shop-outage' });
    expect(byArn).toEqual({ name: 'shop-outage', accountId: '111122223333' });
    const here = matchIncidentArn(INCIDENT)!;
    const elsewhere = matchIncidentArn(
      'arn:aws:ssm-incidents::444455556666:incident-record/shop-outage/x',
    )!;
    const otherPlan = matchIncidentArn('arn:aws:ssm-incidents::111122223333:incident-record/db/x')!;
    expect([here, elsewhere, otherPlan].map((i) => responsePlanMatches(byName, i))).toEqual([
      true,
      true,
      false,
    ]);
    expect([here, elsewhere, otherPlan].map((i) => responsePlanMatches(byArn, i))).toEqual([
      true,
      false,
      false,
    ]);
  });

  it.each([
    INCIDENT,
    'shop outage',
    'arn:aws:ssm-incidents:us-east-1:111122223333:response-plan/x',
    'a/b',
  ])('refuses %s as a response plan', (text) => {
    const error = inputError(() => parseResponsePlan('response-plan', text));
    expect(error.message).toMatch(
      /^Input 'response-plan': .* use a response plan name .* a response plan ARN .* '\*' for any plan/,
    );
  });

  it('accepts any ARN for resources and IAM role ARNs for roles', () => {
    expect(parseAnyArn('pipeline-arn', 'arn:aws:codepipeline:us-east-1:111122223333:shop')).toBe(
      'arn:aws:codepipeline:us-east-1:111122223333:shop',
    );
    expect(inputError(() => parseAnyArn('pipeline-arn', 'shop')).message).toContain(
      'use an ARN such as',
    );
    expect(
      inputError(() => parseAnyArn('pipeline-arn', `arn:aws:s3:::${'b'.repeat(1000)}`)).input,
    ).toBe('pipeline-arn');
    expect(parseRoleArn('role-to-assume', 'arn:aws:iam::111122223333:role/ci/deploy-markers')).toBe(
      'arn:aws:iam::111122223333:role/ci/deploy-markers',
    );
    for (const bad of [
      'arn:aws:iam::111122223333:user/deployer',
      'arn:aws:iam::1111:role/x',
      'arn:aws:sts::111122223333:assumed-role/x/y',
      'deploy-markers',
    ]) {
      expect(inputError(() => parseRoleArn('role-to-assume', bad)).message).toContain(
        'use an IAM role ARN',
      );
    }
  });

  it('takes an ARN of exactly 1000 characters for a resource', () => {
    const arn = `arn:aws:s3:::${'b'.repeat(1000 - 13)}`;
    expect(parseAnyArn('pipeline-arn', arn)).toBe(arn);
    expect(inputError(() => parseAnyArn('pipeline-arn', `${arn}b`)).message).toMatch(
      /^Input 'pipeline-arn': 'arn:aws:s3:::b+… \(\d+ more characters\)' is not accepted; use an ARN such as /,
    );
  });

  it('says why an incident ARN is refused only from an ARN at the start of the text', () => {
    const why = (text: string) =>
      inputError(() => parseIncidentArn('incident-arn', text)).message.replace(
        / is not accepted \((.*)\); use .*$/,
        ' $1',
      );
    expect(why('arn:aws:s3:::bucket')).toBe(
      "Input 'incident-arn': 'arn:aws:s3:::bucket' it is an ARN of service 's3', not ssm-incidents",
    );
    for (const text of [
      'see arn:aws:ssm-incidents:us-east-1:111122223333:incident-record/a/b',
      'see arn:aws:ssm-incidents::1111:incident-record/a/b',
      'see arn:aws:s3:::bucket',
    ]) {
      expect(why(text)).toBe(`Input 'incident-arn': '${text}' it is not an ARN`);
    }
  });
});

describe('parseReferences', () => {
  const pipeline = 'arn:aws:codepipeline:us-east-1:111122223333:shop';
  const related = 'related-item/METRIC/0123456789ABCDEF0123456789ABCDEF';

  it('reads a comma/newline list of ARNs and related item IDs', () => {
    expect(parseReferences('references', `${pipeline},\n ${related}\n`)).toEqual({
      references: [{ resource: pipeline }, { relatedItemId: related }],
      links: [],
    });
    expect(parseReferences('references', '  ')).toEqual({ references: [], links: [] });
  });

  it('reads https:// URLs, titled or not, keeping commas inside a URL', () => {
    const grafana = 'https://grafana.example/d/abc?var=a,b&from=now-1h';
    expect(
      parseReferences(
        'references',
        [
          `[Checkout dashboard](${grafana}), ${pipeline}`,
          'https://runbooks.example/checkout,[Release notes](https://x.example/r/2.4)',
          'https://runbooks.example/checkout',
        ].join('\n'),
      ),
    ).toEqual({
      references: [{ resource: pipeline }],
      links: [
        { url: grafana, title: 'Checkout dashboard' },
        { url: 'https://runbooks.example/checkout', title: '' },
        { url: 'https://x.example/r/2.4', title: 'Release notes' },
      ],
    });
  });

  it('reads a JSON array of strings and one-member objects, and links', () => {
    expect(
      parseReferences(
        'references',
        JSON.stringify([
          related,
          { resource: pipeline },
          { relatedItemId: related },
          { url: 'https://a.example/', title: 'A' },
          'https://b.example/',
        ]),
      ),
    ).toEqual({
      references: [{ relatedItemId: related }, { resource: pipeline }, { relatedItemId: related }],
      links: [
        { url: 'https://a.example/', title: 'A' },
        { url: 'https://b.example/', title: '' },
      ],
    });
  });

  it.each([
    [[{ resource: pipeline, relatedItemId: related }], /item 1 must set exactly one .* not both/],
    [[{}], /item 1 must set exactly one .* not neither/],
    [[pipeline, { url: 'https://x', alt: 'y' }], /item 2: a link is \{ "url"/],
    [['http://plain.example/'], /'http:\/\/plain.example\/' is not an https:\/\/ URL/],
    [['[Title](not a url)'], /'not a url' in '\[Title\]\(not a url\)' is not a URL/],
    [[`https://x.example/${'a'.repeat(1000)}`], /the service accepts at most 1000/],
    [
      [`[${'t'.repeat(201)}](https://x.example/)`],
      /title of 'https:\/\/x.example\/' is 201 characters/,
    ],
    [[{ resource: related }], /'resource' must be an ARN/],
    [[{ relatedItemId: pipeline }], /'relatedItemId' must have the form related-item\/<TYPE>/],
    [[{ resource: 42 }], /'resource' must be a string/],
    [[7], /item 1 must be a string or an object/],
    [
      ['related-item/OTHER/abc'],
      /each reference is an ARN .*, a related item ID .*, or an https:\/\/ URL/,
    ],
  ])('refuses %j', (value, message) => {
    const error = inputError(() => parseReferences('references', JSON.stringify(value)));
    expect(error.input).toBe('references');
    expect(error.message).toMatch(message);
  });

  it('refuses broken JSON and a non-array, and a bad list item', () => {
    expect(inputError(() => parseReferences('references', '[{"resource": ')).message).toContain(
      'looks like a JSON array but does not parse',
    );
    expect(
      inputError(() => parseReferences('references', `${pipeline}, my-pipeline`)).message,
    ).toContain("'my-pipeline' is not accepted");
    expect(
      inputError(() =>
        parseReferences('references', 'related-item/BOGUS/0123456789ABCDEF0123456789ABCDEF'),
      ).input,
    ).toBe('references');
  });

  /** What a refusal of references names as accepted. */
  const accepted = [
    'ARN',
    'related-item/<TYPE>/<32 upper-case hex digits>',
    'https:// URL',
    '[Title](https://…)',
  ];
  const refusal = (value: string) => inputError(() => parseReferences('references', value)).message;

  it('takes a titled link only when the whole item is one, and trims its title and URL', () => {
    expect(parseReferences('references', '[ Runbook ]( https://runbooks.example/a )')).toEqual({
      references: [],
      links: [{ url: 'https://runbooks.example/a', title: 'Runbook' }],
    });
    expectCarries(refusal('see [Runbook](https://runbooks.example/a)'), [
      "Input 'references': 'see [Runbook](https://runbooks.example/a)' is not accepted",
      ...accepted,
    ]);
    expectCarries(refusal('[Runbook](https://runbooks.example/a) today'), [
      "Input 'references': '[Runbook](https://runbooks.example/a) today' is not accepted",
      ...accepted,
    ]);
    expectCarries(refusal('[Runbook](see https://runbooks.example/a)'), [
      "'see https://runbooks.example/a' in '[Runbook](see https://runbooks.example/a)' is not a URL",
      ...accepted,
    ]);
  });

  it('refuses a URL that does not parse', () => {
    expectCarries(refusal('https://[runbooks/a'), [
      "Input 'references': 'https://[runbooks/a' is not a URL",
      ...accepted,
    ]);
  });

  it('stores a URL as browsers parse it: scheme and host in lower case, the rest percent-encoded', () => {
    expect(
      parseReferences('references', '[Släpp](HTTPS://Bücher.Example/ü?q=ä#ö)\nhttps://A.example')
        .links,
    ).toEqual([
      { url: 'https://xn--bcher-kva.example/%C3%BC?q=%C3%A4#%C3%B6', title: 'Släpp' },
      { url: 'https://a.example/', title: '' },
    ]);
    // Two spellings of one URL are one link.
    expect(
      parseReferences('references', 'https://A.example/x\nhttps://a.example/x').links,
    ).toHaveLength(1);
  });

  it.each([
    ['a trailing word after a comma', 'https://a.example/x, y', 'white space'],
    ['two URLs in one item', 'https://a.example/x https://b.example/', 'white space'],
    ['a bidirectional override', 'https://a.example/\u202Eexe.txt', 'invisible or control'],
    ['a zero-width space', 'https://a.exa\u200Bmple/', 'invisible or control'],
    ['an escape character', 'https://a.example/\u001b[31m', 'invisible or control'],
  ])('refuses %s in a URL, saying one URL an item', (_, value, what) => {
    const error = inputError(() => parseReferences('references', value));
    expect(error.input).toBe('references');
    expect(error.message).toContain(what);
    expect(error.message).toContain('one https:// URL');
    expect(error.message).toContain('separate items with a new line');
  });

  it('refuses a bidirectional control or a line break in a title, and keeps emoji sequences', () => {
    expect(refusal('[Run\u202Ebook](https://a.example/)')).toContain('a title is one line');
    expect(refusal(JSON.stringify([{ url: 'https://a.example/', title: 'Run\nbook' }]))).toContain(
      'a title is one line',
    );
    const family = '👨\u200D👩\u200D👧 runbook';
    expect(parseReferences('references', `[${family}](https://a.example/)`).links).toEqual([
      { url: 'https://a.example/', title: family },
    ]);
  });

  it('refuses credentials in a URL without echoing them', () => {
    const message = refusal('https://deploy:hunter2@grafana.example/d/1');
    expect(message).toMatch(/^Input 'references': /);
    expect(message).toContain('grafana.example');
    expect(message).toContain('credentials');
    expect(message).not.toContain('hunter2');
    expect(refusal('https://token@grafana.example/')).toContain('credentials');
  });

  it('takes a URL of exactly 1000 characters and a title of exactly 200', () => {
    const url = (length: number) => `https://x.example/${'a'.repeat(length - 18)}`;
    expect(parseReferences('references', `[${'t'.repeat(200)}](${url(1000)})`).links).toEqual([
      { url: url(1000), title: 't'.repeat(200) },
    ]);
    expect(refusal(url(1001))).toBe(
      "Input 'references': a URL is 1001 characters; the service accepts at most 1000.",
    );
    expect(refusal(`[${'t'.repeat(201)}](https://x.example/)`)).toBe(
      "Input 'references': the title of 'https://x.example/' is 201 characters; the service accepts at most 200.",
    );
  });

  it('counts a title in code points, as the service does: 200 emoji fit, 201 do not', () => {
    const emoji = (n: number) => '🚀'.repeat(n);
    expect(parseReferences('references', `[${emoji(200)}](https://x.example/)`).links).toEqual([
      { url: 'https://x.example/', title: emoji(200) },
    ]);
    expect(refusal(`[${emoji(201)}](https://x.example/)`)).toContain('is 201 characters');
  });

  it('trims the strings and values of a JSON array, and a link object has no title unless given', () => {
    expect(
      parseReferences(
        'references',
        JSON.stringify([
          ` ${pipeline} `,
          { relatedItemId: ` ${related} ` },
          { url: ' https://a.example/ ', title: ' A ' },
          { url: 'https://b.example/' },
        ]),
      ),
    ).toEqual({
      references: [{ resource: pipeline }, { relatedItemId: related }],
      links: [
        { url: 'https://a.example/', title: 'A' },
        { url: 'https://b.example/', title: '' },
      ],
    });
  });

  it('refuses JSON items of the wrong kind with their own messages', () => {
    const shape =
      "must be a string or an object with 'resource', 'relatedItemId' or 'url' (and 'title').";
    expect(refusal('[null]')).toBe(`Input 'references': item 1 ${shape}`);
    expect(refusal('[[]]')).toBe(`Input 'references': item 1 ${shape}`);
    const link = 'a link is { "url": "https://…", "title": "…" }, both strings, and nothing else.';
    expect(refusal('[{"url": 5}]')).toBe(`Input 'references': item 1: ${link}`);
    expect(refusal('[{"url": "https://a.example/", "title": 5}]')).toBe(
      `Input 'references': item 1: ${link}`,
    );
    expect(refusal(`[{"resource": "${pipeline}", "note": "x", "tag": "y"}]`)).toBe(
      "Input 'references': item 1 has unknown key(s) note, tag; use 'resource', 'relatedItemId' or 'url'.",
    );
    expect(refusal('[{"note": "x"}]')).toBe(
      "Input 'references': item 1 has unknown key(s) note; use 'resource', 'relatedItemId' or 'url'.",
    );
    expect(refusal('[{"relatedItemId": 5}]')).toBe(
      "Input 'references': item 1: 'relatedItemId' must be a string.",
    );
  });

  it('keeps commas in an http or https URL only, and only after one', () => {
    expect(refusal('http://plain.example/?q=a,b')).toBe(
      "Input 'references': 'http://plain.example/?q=a,b' is not an https:// URL; only https:// URLs are linked.",
    );
    expectCarries(refusal(`${pipeline}\nmy-pipeline`), [
      "Input 'references': 'my-pipeline' is not accepted",
      ...accepted,
    ]);
    expectCarries(refusal('my-pipeline[1], other'), [
      "Input 'references': 'my-pipeline[1]' is not accepted",
      ...accepted,
    ]);
    expect(parseReferences('references', `https://a.example/?q=a,b \n${pipeline}`)).toEqual({
      references: [{ resource: pipeline }],
      links: [{ url: 'https://a.example/?q=a,b', title: '' }],
    });
  });

  it('reads a list that starts with a titled link only when the title comes first', () => {
    expect(refusal('[1]\n[Runbook](https://runbooks.example/a)')).toMatch(
      /^Input 'references': looks like a JSON array but does not parse: /,
    );
  });
});

describe('title-filter', () => {
  it('matches a case-insensitive substring', async () => {
    const match = await titleMatcher(' Checkout ');
    expect(['checkout errors', 'CHECKOUT', 'Payments'].map(match)).toEqual([true, true, false]);
  });

  it('treats regex metacharacters in a substring literally', async () => {
    const match = await titleMatcher('p99 (api)');
    expect(match('High p99 (API) latency')).toBe(true);
    expect(match('p99 api')).toBe(false);
  });

  it('reads /pattern/flags as a regular expression', async () => {
    const exact = await titleMatcher('/^Checkout/');
    expect([exact('Checkout down'), exact('checkout down'), exact('The Checkout')]).toEqual([
      true,
      false,
      false,
    ]);
    const folded = await titleMatcher('/^checkout|payments$/i');
    expect([folded('CHECKOUT down'), folded('EU Payments'), folded('Search')]).toEqual([
      true,
      true,
      false,
    ]);
    const lines = await titleMatcher('/^db$/m');
    expect(lines('api\ndb\nweb')).toBe(true);
    const dotAll = await titleMatcher('/a.b/s');
    expect(dotAll('a\nb')).toBe(true);
  });

  it('applies m and s only when given', async () => {
    expect((await titleMatcher('/^db$/'))('api\ndb\nweb')).toBe(false);
    expect((await titleMatcher('/a.b/'))('a\nb')).toBe(false);
    expect((await titleMatcher('/A.B/i'))('a\nb')).toBe(false);
  });

  it('is a regular expression only when the whole value is /pattern/flags', () => {
    expect(parseTitleFilter('title-filter', ' /^db/i ')).toEqual({
      kind: 'regex',
      source: '^db',
      flags: 'i',
    });
    expect(parseTitleFilter('title-filter', 'eu /db/')).toEqual({
      kind: 'substring',
      text: 'eu /db/',
    });
  });

  it.each(['/checkout', '/api/ v2', '/db/I'])(
    'refuses %s, which starts with / but is no /pattern/flags, saying how to write either',
    (value) => {
      const message = inputError(() => parseTitleFilter('title-filter', value)).message;
      expect(message).toContain("Input 'title-filter'");
      expect(message).toContain('/pattern/flags');
      // The two ways out: the expression closed, or the substring without its slash.
      expect(message).toContain(`${value}/i`);
      expect(message).toContain(`(${value.slice(1)})`);
    },
  );

  it('stays correct across many titles (no stateful flags)', async () => {
    const match = await titleMatcher('/db/i');
    expect(['db1', 'DB2', 'db3'].map(match)).toEqual([true, true, true]);
  });

  it('matches in linear time: a pattern that makes a backtracking engine hang answers at once', async () => {
    // With JavaScript's RegExp this takes minutes on a 33-character title (2^33 paths). The
    // assertion is on the answer only; if the engine backtracked, the test would time out.
    const match = await titleMatcher('/(a+)+$/');
    expect(match(`${'a'.repeat(33)}!`)).toBe(false);
    expect(match('aaa')).toBe(true);
  });

  it.each([
    ['/db/g', "flag(s) 'g'"],
    ['/db/y', "flag(s) 'y'"],
    ['/db/ix', "flag(s) 'x'"],
  ])('refuses %s', (text, detail) => {
    const error = inputError(() => parseTitleFilter('title-filter', text));
    expect(error.message).toBe(
      `Input 'title-filter': ${detail} are not accepted; use i (ignore case), m (multi-line), s (dot matches newlines), u or v.`,
    );
  });

  it.each([
    ['/(unclosed/', 'missing closing )'],
    ['/(a)\\1/', 'invalid escape sequence'],
    ['/(?=a)b/', 'invalid or unsupported Perl syntax'],
  ])('refuses %s, saying why, before any call', async (text, why) => {
    const error = await asyncInputError(() => titleMatcher(text));
    expect(error.input).toBe('title-filter');
    expect(error.message.startsWith(`Input 'title-filter': '${text}' is not accepted: `)).toBe(
      true,
    );
    expect(error.message).toContain(why);
    expect(error.message).toMatch(
      /\. Patterns run on a linear-time engine \(RE2 syntax\): no backreferences or lookaround\.$/,
    );
  });
});

describe('renderTemplate and the event text', () => {
  const env = {
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'Deploy',
    GITHUB_JOB: 'deploy',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '3',
    GITHUB_EVENT_NAME: 'push',
  };
  const facts = collectFacts({}, env);
  const render = (
    template: string,
    extra: Partial<{ environment: string; status: string; durationMs: number }> = {},
  ) =>
    renderEventText({ eventDataTemplate: template }, facts, {
      environment: '',
      status: '',
      ...extra,
    }).text;

  it('replaces every placeholder the contract names', () => {
    const names = [
      'sha',
      'short_sha',
      'ref',
      'ref_name',
      'repository',
      'actor',
      'workflow',
      'job',
      'run_id',
      'run_attempt',
      'run_url',
      'commit_url',
      'event_name',
      'environment',
      'status',
      'server_url',
      'duration',
    ];
    const rendered = render(names.map((n) => `${n}={${n}}`).join('\n'), {
      environment: 'prod',
      status: 'started',
      durationMs: 252_000,
    });
    expect(rendered.split('\n')).toEqual([
      'sha=1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
      'short_sha=1a2b3c4',
      'ref=refs/heads/main',
      'ref_name=main',
      'repository=acme/shop',
      'actor=octocat',
      'workflow=Deploy',
      'job=deploy',
      'run_id=42',
      'run_attempt=3',
      'run_url=https://github.com/acme/shop/actions/runs/42/attempts/3',
      'commit_url=https://github.com/acme/shop/commit/1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
      'event_name=push',
      'environment=prod',
      'status=started',
      'server_url=https://github.com',
      'duration=4m12s',
    ]);
    expect(render('{duration}')).toBe('0s');
  });

  it.each([
    'constructor',
    'toString',
    '__proto__',
    'hasOwnProperty',
    'inputs.toString',
    'inputs.constructor',
  ])('refuses {%s}: only the names put there are placeholders', (name) => {
    const error = inputError(() => render(`x {${name}} y`));
    expect(error.message).toContain(`unknown placeholder {${name}}`);
  });

  it('words any status as given, whatever its name', () => {
    const ctx = { environment: '', durationMs: undefined };
    expect(defaultMessage(facts, { ...ctx, status: 'constructor' })).toMatch(
      /^Deployment constructor: acme\/shop@1a2b3c4/,
    );
    expect(defaultMessage(facts, { ...ctx, status: 'toString' })).toMatch(/^Deployment toString:/);
    expect(defaultMessage(facts, { ...ctx, status: 'finished' })).toMatch(/^Deployment finished:/);
  });

  it('leaves out of the default message what is not known', () => {
    const bare = { ...facts, repository: '', shortSha: '', refName: '', actor: '', runUrl: '' };
    expect(defaultMessage(bare, { status: 'succeeded', environment: '' })).toBe(
      'Deployment succeeded: unknown repository',
    );
  });

  it('takes the message of a workflow_dispatch only, trimmed, and names where the text came from', () => {
    const ctx = { status: 'succeeded', environment: '' };
    const dispatchInputs = new Map([
      ['message', '   '],
      ['note', ' Flag flipped '],
    ]);
    expect(
      renderEventText(
        { eventDataTemplate: '' },
        { ...facts, eventName: 'workflow_dispatch', dispatchInputs },
        ctx,
      ),
    ).toEqual({ text: 'Flag flipped', source: "the workflow_dispatch input 'note'" });
    expect(renderEventText({ eventDataTemplate: '' }, { ...facts, dispatchInputs }, ctx)).toEqual({
      text: defaultMessage(facts, ctx),
      source: 'the default message',
    });
  });

  it('finds {commit_subject} with or without spaces inside the braces', () => {
    for (const template of ['{commit_subject}', '{  commit_subject  }', '{\tcommit_subject}']) {
      expect(usesCommitSubject({ eventDataTemplate: template }, facts)).toBe(true);
    }
  });

  it('adds the duration to the default message at job end', () => {
    expect(
      defaultMessage(facts, { status: 'succeeded', environment: 'prod', durationMs: 252_400 }),
    ).toBe(
      'Deployment succeeded: acme/shop@1a2b3c4 (main) to prod by octocat in 4m12s, run https://github.com/acme/shop/actions/runs/42/attempts/3',
    );
  });

  it.each([
    [0, '0s'],
    [59_400, '59s'],
    [60_000, '1m00s'],
    [3_725_000, '1h02m05s'],
  ])('formats %d ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('writes {{ and }} as literal braces and tolerates spaces inside a placeholder', () => {
    expect(render('{{"sha": "{ sha }"}}')).toBe(
      '{"sha": "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d"}',
    );
    expect(render('{{sha}}')).toBe('{sha}');
  });

  it('writes a lone } as it is', () => {
    expect(
      renderTemplate('event-data', 'a }} b } c', { fields: new Map(), inputs: new Map() }),
    ).toBe('a } b } c');
  });

  it('fills {inputs.NAME} and never re-scans inserted values', () => {
    const values = {
      fields: new Map([
        ['sha', 'abc'],
        ['status', '$& {sha}'],
      ]),
      inputs: new Map([['reason', 'rollback of {sha} by $1 {{x}}']]),
    };
    expect(renderTemplate('event-data', '{inputs.reason} / {status}', values)).toBe(
      'rollback of {sha} by $1 {{x}} / $& {sha}',
    );
  });

  it('names the unknown placeholder and lists the known ones', () => {
    const error = inputError(() => render('Deployed {sah}'));
    expect(error.input).toBe('event-data');
    expect(error.message).toContain('unknown placeholder {sah}');
    expect(error.message).toContain('{short_sha}');
    expect(error.message).toContain('{inputs.NAME}');
  });

  it('names the workflow_dispatch inputs, or their absence, for an unknown {inputs.NAME}', () => {
    expect(inputError(() => render('{inputs.version}')).message).toContain(
      'unknown placeholder {inputs.version}: this run has no workflow_dispatch inputs',
    );
    const values = {
      fields: new Map<string, string>(),
      inputs: new Map([
        ['message', 'x'],
        ['environment', 'y'],
      ]),
    };
    expect(
      inputError(() => renderTemplate('event-data', '{inputs.msg}', values)).message,
    ).toContain('the workflow_dispatch inputs are message, environment');
  });

  it('asks for doubled braces in JSON-looking text, whose braces balance', () => {
    for (const json of ['{"version":"{short_sha}"}', ' [{"sha": "{sha}"}]']) {
      const message = inputError(() => checkTemplate('event-data', json)).message;
      expect(message).toContain("Input 'event-data'");
      expect(message).toContain('JSON');
      expect(message).toContain('{{"version":"{short_sha}"}}');
      expect(message).not.toContain('unclosed');
      expect(inputError(() => render(json)).message).toBe(message);
    }
    // Doubled, it renders as JSON.
    expect(checkTemplate('event-data', '{{"v":"{sha}"}}')).toBe('{{"v":"{sha}"}}');
  });

  it('refuses an unclosed brace', () => {
    expect(inputError(() => checkTemplate('event-data', 'deploy { sha')).message).toMatch(
      /unclosed '\{' at character 8; write \{\{ and \}\}/,
    );
    expect(inputError(() => render('deploy { sha')).message).toMatch(
      /unclosed '\{' at character 8; write \{\{ and \}\}/,
    );
  });

  const text = (t: string) => ({ text: t, source: 'event-data' });

  it('refuses text over 12,000 characters after encoding, saying by how much', () => {
    expect(encodeEventData(text('"'.repeat(5_999)), 'json-string')).toHaveLength(12_000);
    const error = inputError(() => encodeEventData(text('"'.repeat(6_000)), 'json-string'));
    expect(error.message).toContain('12,002 characters after json-string encoding, 2 over');
    expect(encodeEventData(text('x'.repeat(12_000)), 'raw')).toHaveLength(12_000);
    expect(inputError(() => encodeEventData(text('x'.repeat(12_345)), 'raw')).message).toContain(
      '345 over',
    );
  });

  it('says how much to shorten, one character or more, and why an empty text is refused', () => {
    expectCarries(inputError(() => encodeEventData(text('x'.repeat(12_001)), 'raw')).message, [
      "Input 'event-data'",
      '12,001 characters',
      '1 over',
      '12,000',
      'Shorten it by 1 character;',
    ]);
    expect(inputError(() => encodeEventData(text(''), 'raw')).message).toBe(
      "Input 'event-data': the event text (event-data) is empty; give some text, or leave event-data unset for the default message.",
    );
    expectCarries(inputError(() => encodeEventData(text(' '), 'raw')).message, [
      "Input 'event-data'",
      'empty or only invisible characters',
      'white space, zero-width or bidirectional controls',
      'leave event-data unset for the default message',
    ]);
  });

  it.each(['json-string', 'raw'] as const)(
    'refuses an empty or blank text with %s, though JSON would make it two characters',
    (encoding) => {
      for (const blank of ['', '   ', '\n']) {
        const error = inputError(() => encodeEventData(text(blank), encoding));
        expect(error.input).toBe('event-data');
        expect(error.message).toContain('is empty');
      }
    },
  );

  it('says where an oversize text came from', () => {
    const error = inputError(() =>
      encodeEventData(
        { text: 'x'.repeat(12_001), source: "the workflow_dispatch input 'message'" },
        'raw',
      ),
    );
    expect(error.message).toContain(
      "the event text (the workflow_dispatch input 'message') is 12,001",
    );
  });
});

describe('booleans, integers and choices', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    [' false ', false],
    ['False', false],
    ['FALSE', false],
  ])('%j is %s', (text, value) => {
    expect(parseBoolean('dry-run', text)).toBe(value);
  });

  it.each(['yes', 'no', '1', '0', 'on', 'tRUE', ''])('refuses %j as a boolean', (text) => {
    expect(inputError(() => parseBoolean('dry-run', text)).message).toBe(
      `Input 'dry-run': '${text}' is not a boolean; use true or false.`,
    );
  });

  it('refuses through an error named InputError that names the input', () => {
    const error = inputError(() => parseBoolean('dry-run', 'maybe'));
    expect(error.name).toBe('InputError');
    expect(error.input).toBe('dry-run');
  });

  it('reads whole numbers within bounds only', () => {
    expect(parseInteger('impact', ' 3 ', 1, 5)).toBe(3);
    expect(parseInteger('impact', '1', 1, 5)).toBe(1);
    expect(parseInteger('impact', '5', 1, 5)).toBe(5);
    for (const bad of ['0', '6', 'abc', '2.0', '-1', '1e1', '']) {
      expect(inputError(() => parseInteger('impact', bad, 1, 5)).message).toBe(
        `Input 'impact': '${bad}' is not accepted; use a whole number from 1 to 5.`,
      );
    }
  });

  it('matches choices case-insensitively and returns the canonical spelling', () => {
    expect(parseChoice('event-type', 'note', ['Custom Event', 'Note'])).toBe('Note');
    expect(parseChoice('event-type', ' custom event ', ['Custom Event', 'Note'])).toBe(
      'Custom Event',
    );
    expect(inputError(() => parseChoice('select', 'newest', ['all', 'latest'])).message).toBe(
      "Input 'select': 'newest' is not accepted; use one of: all, latest.",
    );
  });
});
