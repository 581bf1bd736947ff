/**
 * Units by module for what a responder and a deployer read: outside text made inert for the log
 * (inert.ts) and the summary (markdown.ts), cut where it is quoted, and the messages of failed AWS
 * calls and role assumptions (aws/call-error.ts, aws/credentials.ts).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { AwsCallError } from '../src/aws/call-error.js';
import { roleFailure, tokenClaims } from '../src/aws/credentials.js';
import { oidcToken } from './oidc-token.js';
import { InputError } from '../src/runtime/errors.js';
import { cut, inert, inertUpTo, isBlank, QUOTE_MAX } from '../src/runtime/inert.js';
import { escapeMarkdown, inlineCode } from '../src/report/markdown.js';
import { encodeEventData } from '../src/text/render.js';
import { describeWithClient, type ClientLookup } from './outside-tools.js';

const BIDI_AND_ZERO_WIDTH = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\u2061',
  '\u2062',
  '\u2063',
  '\u2064',
  '\uFEFF',
  '\u180E',
];
/** Nothing a terminal or a renderer would act on: no C0/C1 control but tab, no bidi, no zero-width. */
const ACTED_ON =
  // eslint-disable-next-line no-control-regex -- the control characters are what it finds
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2061-\u2064\u2066-\u2069\ufeff]/;

describe('inert: hidden characters are shown, never interpreted', () => {
  it('shows a right-to-left override as its escape', () => {
    expect(inert('Pay \u202Eexe.live\u202C now')).toBe('Pay \\u202Eexe.live\\u202C now');
  });

  it('shows ANSI escapes, ESC and C1 CSI alike', () => {
    expect(inert('\u001b[31mred\u001b[0m \u009b2J')).toBe('\\x1b[31mred\\x1b[0m \\x9b2J');
  });

  it.each(BIDI_AND_ZERO_WIDTH)('shows U+%s', (c) => {
    const out = inert(`a${c}b`);
    expect(out).toBe(`a\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}b`);
  });

  it('shows every other C0 and C1 control, keeps tab, and turns line breaks into \\n', () => {
    const controls = Array.from({ length: 0xa0 }, (_, i) => String.fromCharCode(i))
      .filter((c) => c < ' ' || (c >= '\u007f' && c <= '\u009f'))
      .join('');
    const out = inert(controls);
    expect(out).not.toMatch(ACTED_ON);
    expect(out).toContain('\t');
    expect(out).toContain('\\x00');
    expect(out).toContain('\\x7f');
  });

  it('keeps its own command guard: a word joiner that outside text cannot forge', () => {
    expect(inert('::error::x')).toBe(':\u2060:error::x');
    // An outside word joiner is shown, so a guard-looking text is seen for what it is.
    expect(inert(':\u2060:error::x')).toBe(':\\u2060:error::x');
  });
});

describe('cut and the bound of inert', () => {
  it('cuts a long outside text with a marker saying how much was left out', () => {
    const out = inert('x'.repeat(12_645));
    expect(out).toBe(`${'x'.repeat(QUOTE_MAX)}… (12,245 more characters)`);
  });

  it('leaves a text of exactly the limit whole, and takes a wider limit where asked', () => {
    expect(cut('y'.repeat(QUOTE_MAX))).toBe('y'.repeat(QUOTE_MAX));
    expect(cut('abcd', 3)).toBe('abc… (1 more character)');
    expect(inertUpTo('z'.repeat(900), 1000)).toBe('z'.repeat(900));
  });

  it('never splits a surrogate pair', () => {
    const out = cut(`${'a'.repeat(QUOTE_MAX - 1)}😀tail`);
    expect(out.startsWith(`${'a'.repeat(QUOTE_MAX - 1)}…`)).toBe(true);
    expect(out).toContain('(6 more characters)');
  });

  it('moves the cut before a high surrogate only, from the first to the last', () => {
    expect(cut('ab\ud800\udc00', 3)).toBe('ab… (2 more characters)');
    expect(cut('ab\udbff\udfff', 3)).toBe('ab… (2 more characters)');
    expect(cut('ab\ud7ffc', 3)).toBe('ab\ud7ff… (1 more character)');
    expect(cut('a\ud800\udc00b', 3)).toBe('a\ud800\udc00… (1 more character)');
  });

  it('bounds the escapes too: a text of hidden characters is cut before it is shown', () => {
    expect(inert('\u202E'.repeat(100_000)).length).toBeLessThan(QUOTE_MAX * 6 + 40);
  });
});

describe('escapeMarkdown and the other summary helpers show hidden characters', () => {
  it('shows bidi overrides and ANSI escapes', () => {
    expect(escapeMarkdown('Pay \u202Eexe.live\u202C now')).toBe('Pay \\u202Eexe\\.live\\u202C now');
    expect(escapeMarkdown('\u001b[31m')).toBe('\\x1b\\[31m');
  });

  it('drops the log command guard of an inert text, and shows any other word joiner', () => {
    expect(escapeMarkdown(inert('::error::x'))).toBe('\\:\\:error\\:\\:x');
    expect(escapeMarkdown('a\u2060b')).toBe('a\\u2060b');
  });

  it('inline code shows them too', () => {
    expect(inlineCode('id\u202E')).toBe('`id\\u202E`');
  });
});

describe('an event text made only of invisible characters is empty', () => {
  const text = (t: string) => ({ text: t, source: 'event-data' });

  it.each([
    ['zero-width spaces', '\u200B\u200B'],
    ['bidi controls and white space', ' \u202E \u2066\u2069\n'],
    ['a byte order mark and a word joiner', '\uFEFF\u2060'],
  ])('%s', (_name, value) => {
    expect(isBlank(value)).toBe(true);
    expect(() => encodeEventData(text(value), 'json-string')).toThrow(InputError);
    expect(() => encodeEventData(text(value), 'raw')).toThrow(
      /is empty or only invisible characters/,
    );
  });

  it('a visible character is enough', () => {
    expect(isBlank('\u200B.')).toBe(false);
    expect(encodeEventData(text('\u200Bok'), 'raw')).toBe('\u200Bok');
  });
});

function findCmarkGfm(): ClientLookup {
  const result = spawnSync('cmark-gfm', ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (!result.error && result.status === 0) {
    return { found: { command: 'cmark-gfm', version: result.stdout.trim().split('\n')[0] ?? '' } };
  }
  return {
    missing:
      "cmark-gfm (GitHub's Markdown renderer) is not installed. Install it: on Debian/Ubuntu apt-get install cmark-gfm",
  };
}

/** The HTML GitHub's renderer makes of a Markdown text, with GitHub's extensions. */
function render(command: string, markdown: string): string {
  const result = spawnSync(
    command,
    ['-e', 'autolink', '-e', 'table', '-e', 'strikethrough', '-e', 'tagfilter'],
    { input: markdown, encoding: 'utf8', timeout: 30_000 },
  );
  if (result.status !== 0) throw new Error(`cmark-gfm failed: ${result.stderr}`);
  return result.stdout;
}

const AUTOLINKS = [
  ['an e-mail address', 'contact attacker@evil.example now', 'attacker@evil.example'],
  ['an escaped-looking address', 'attacker\\@evil\\.example', 'attacker\\@evil\\.example'],
  ['www', 'see www.evil.example today', 'www.evil.example'],
  ['WWW in capitals', 'WWW.EVIL.EXAMPLE', 'WWW.EVIL.EXAMPLE'],
  ['http', 'http://evil.example/x?y=1', 'http://evil.example/x?y=1'],
  ['https', 'go to https://evil.example', 'https://evil.example'],
  ['ftp', 'ftp://evil.example/f', 'ftp://evil.example/f'],
  ['mailto', 'mailto:a@evil.example', 'mailto:a@evil.example'],
  ['xmpp', 'xmpp:a@evil.example', 'xmpp:a@evil.example'],
  ['a URL with credentials', 'http://user@evil.example', 'http://user@evil.example'],
  ['an image', '![x](https://evil.example/p.png)', '![x](https://evil.example/p.png)'],
  ['a link', '[docs](https://evil.example)', '[docs](https://evil.example)'],
  [
    'raw HTML',
    '<a href="https://evil.example">x</a><img src=x>',
    '<a href="https://evil.example">x</a><img src=x>',
  ],
  ['an angle autolink', '<https://evil.example>', '<https://evil.example>'],
] as const;

describeWithClient('escapeMarkdown rendered by cmark-gfm', findCmarkGfm(), (client) => {
  /** The rendered text, entities decoded and word joiners removed: what a reader sees. */
  const visible = (html: string) =>
    html
      .replace(/<\/?p>|\n/g, '')
      .replace(/\u2060/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');

  it.each(AUTOLINKS)('%s renders as the same text with no link', (_name, text, shown) => {
    const html = render(client.command, escapeMarkdown(text));
    expect(html).not.toContain('<a');
    expect(html).not.toContain('<img');
    // Shown as text, never as an attribute of a tag.
    expect(html).not.toMatch(/<[a-z]+[^>]*(href|src)=/i);
    expect(visible(html)).toContain(shown);
  });

  it('in a table cell too, and bidi controls stay visible escapes', () => {
    const cell = escapeMarkdown(
      'Pay \u202Eexe.live\u202C attacker@evil.example | www.evil.example',
    );
    const html = render(client.command, `| a | b |\n| - | - |\n| ${cell} | x |\n`);
    expect(html).not.toContain('<a');
    expect(html).not.toMatch(/[\u202a-\u202e]/);
    expect(html).toContain('\\u202E');
    expect(html.match(/<td>/g)).toHaveLength(2);
  });

  it('the unescaped text would link: the renderer is the one the test means', () => {
    expect(render(client.command, 'attacker@evil.example www.evil.example')).toContain('mailto:');
  });
});

describe('AWS call errors name what to change', () => {
  const context = (expired = false, maxAttempts?: number) => ({
    service: 'ssm-incidents' as const,
    operation: 'CreateTimelineEvent',
    resource: 'arn:aws:ssm-incidents::111122223333:incident-record/p/i',
    attemptMs: 15_000,
    ...(maxAttempts === undefined ? {} : { maxAttempts }),
    deadline: {
      expired,
      describe: () => "the run's time limit of 120 s (INCIDENT_TIMELINE_DEADLINE_MS)",
    },
  });
  const throttle = (attempts: number) =>
    Object.assign(new Error('Rate exceeded'), {
      name: 'ThrottlingException',
      $metadata: { httpStatusCode: 429, attempts },
    });

  it('throttled on every attempt until the time limit, not "did not answer in time"', () => {
    const message = new AwsCallError(context(true), throttle(7)).message;
    expect(message).toMatch(
      /was throttled on every attempt \(7 attempts\) until the run's time limit/,
    );
    expect(message).not.toContain('did not answer in time');
  });

  it('throttled beyond max-attempts: the deadline stopped it, and max-attempts is not the fix', () => {
    const message = new AwsCallError(context(false, 5), throttle(12)).message;
    expect(message).toMatch(/throttled on every attempt \(12 attempts\)/);
    expect(message).toContain('INCIDENT_TIMELINE_DEADLINE_MS');
    expect(message).toContain('Space out parallel jobs');
    expect(message).not.toContain('max-attempts');
  });

  it('cuts a 100 KB service message', () => {
    const error = Object.assign(new Error(`x${'y'.repeat(100_000)}`), {
      name: 'ValidationException',
    });
    const message = new AwsCallError(context(), error).message;
    expect(message.length).toBeLessThan(1_000);
    expect(message).toContain('(99,601 more characters)');
  });
});

describe('role assumption messages', () => {
  const ROLE = 'arn:aws:iam::111122223333:role/deploy-markers';
  const denied = (operation: string) =>
    new AwsCallError(
      {
        service: 'sts',
        operation,
        resource: ROLE,
        attemptMs: 1000,
        deadline: { expired: false, describe: () => 'x' },
      },
      Object.assign(new Error('Not authorized to perform sts:AssumeRoleWithWebIdentity'), {
        name: 'AccessDenied',
        $metadata: { httpStatusCode: 403 },
      }),
    );

  it('reads sub and aud from the token without verifying it', () => {
    expect(
      tokenClaims(
        oidcToken({ sub: 'repo:acme/shop:ref:refs/heads/main', aud: 'sts.amazonaws.com' }),
      ),
    ).toEqual({
      sub: 'repo:acme/shop:ref:refs/heads/main',
      aud: 'sts.amazonaws.com',
    });
    expect(tokenClaims('not a token')).toBeUndefined();
  });

  it('a trust policy refusal names the subject and audience to allow, never the token', () => {
    const token = oidcToken({
      sub: 'repo:acme/shop:ref:refs/heads/main',
      aud: 'sts.amazonaws.com',
    });
    const message = roleFailure(
      { roleArn: ROLE, audience: 'sts.amazonaws.com', oidcAvailable: true },
      denied('AssumeRoleWithWebIdentity'),
      tokenClaims(token),
    );
    expect(message).toContain(
      "token.actions.githubusercontent.com:sub = 'repo:acme/shop:ref:refs/heads/main'",
    );
    expect(message).toContain("token.actions.githubusercontent.com:aud = 'sts.amazonaws.com'");
    expect(message).not.toContain('for the credentials this step uses');
    expect(message).not.toContain(token.split('.')[1]);
  });

  it('without id-token: write, the first sentence is the fix', () => {
    const message = roleFailure(
      { roleArn: ROLE, audience: 'sts.amazonaws.com', oidcAvailable: false },
      denied('AssumeRole'),
    );
    expect(message.split('. ')[0]).toMatch(/^Grant the job 'permissions: id-token: write'/);
    expect(message).toContain(`Could not assume role ${ROLE}`);
  });
});
