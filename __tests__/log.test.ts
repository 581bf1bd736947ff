import { describe, expect, it } from 'vitest';
import { guardLines, inert } from '../src/runtime/log.js';
import { escapeMarkdown, inlineCode } from '../src/report/markdown.js';

/** A line the runner would run: `::` first after white space (as .NET trims it), or `##[` anywhere. */
const isCommand = (line: string) => /^[\s\u0085\u180e]*::|##\[/.test(line);
const runnerLines = (text: string) => text.split(/\r\n|\n|\r/);

describe('inert: outside text as one line that cannot form a workflow command', () => {
  it.each([
    ['a newline', 'x\n::add-mask::secret'],
    ['a carriage return', 'x\r::error file=a.js::pwned'],
    ['CR LF', 'x\r\n::set-output name=a::b'],
    ['white space first', '   ::warning::w'],
    ['a Unicode line separator', 'x\u2028::notice::n'],
    ['NEL before the command', '\u0085::debug::d'],
    ['the old form anywhere', 'see ##[set-env name=A]b'],
    ['at the very start', '::stop-commands::token'],
  ])('%s', (_name, text) => {
    const out = inert(text);
    expect(runnerLines(out)).toHaveLength(1);
    expect(isCommand(out)).toBe(false);
    // The text still reads the same to a person.
    expect(out.replace(/\u2060/g, '')).toContain(text.includes('##[') ? '##[' : '::');
  });

  it('shows line breaks as \\n and \\r', () => {
    expect(inert('a\nb\r\nc\rd')).toBe('a\\nb\\r\\nc\\rd');
  });

  it('leaves ordinary text alone', () => {
    const arn = 'arn:aws:ssm-incidents::111122223333:incident-record/p/id';
    expect(inert(arn)).toBe(arn);
    expect(inert('Checkout: errors above 1%')).toBe('Checkout: errors above 1%');
  });
});

describe('guardLines: a whole message made safe line by line', () => {
  it('keeps the lines and breaks every command', () => {
    const message = 'Posting to 2 incidents\n::add-mask::x\r\n  ::error::y\rok ##[group]z';
    const out = guardLines(message);
    expect(runnerLines(out)).toHaveLength(4);
    expect(runnerLines(out).filter(isCommand)).toEqual([]);
    expect(out.startsWith('Posting to 2 incidents\n')).toBe(true);
  });
});

describe('Markdown cells', () => {
  it('turn every kind of line break into <br>, so no table row is split', () => {
    expect(escapeMarkdown('a\rb\nc\r\nd\u2028e')).toBe('a<br>b<br>c<br>d<br>e');
  });

  it('keep an ID in inline code on one line', () => {
    expect(inlineCode('id\r|x`y\n')).toBe("`id \\|x'y `");
    expect(inlineCode('')).toBe('–');
  });
});

/** What `write` printed to stdout, chunk by chunk (`@actions/core` writes a line per call). */
function printed(write: () => void): string[] {
  const chunks: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => (
    chunks.push(String(chunk)),
    true
  )) as typeof process.stdout.write;
  try {
    write();
  } finally {
    process.stdout.write = original;
  }
  return chunks;
}

describe('the log keeps each message bounded', () => {
  it('cuts a message longer than MAX_LOG_MESSAGE with a marker', async () => {
    const { MAX_LOG_MESSAGE, log } = await import('../src/runtime/log.js');
    const lines = printed(() => log.info('x'.repeat(MAX_LOG_MESSAGE + 5)));
    expect(lines[0]).toBe(`${'x'.repeat(MAX_LOG_MESSAGE)}… (5 more characters)\n`);
  });
});

describe('annotations carry a title', () => {
  it('Incident timeline unless another is given', async () => {
    const { log } = await import('../src/runtime/log.js');
    const lines = printed(() => {
      log.warning('w');
      log.warning('w', 'Incident timeline: job end');
      log.notice('n');
      log.notice('n', 'Other');
    });
    expect(lines).toEqual([
      '::warning title=Incident timeline::w\n',
      '::warning title=Incident timeline%3A job end::w\n',
      '::notice title=Incident timeline::n\n',
      '::notice title=Other::n\n',
    ]);
  });
});
