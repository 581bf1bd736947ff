/** The command's log: plain lines on standard error, no workflow command whatever the text. */
import { describe, expect, it } from 'vitest';
import { stderrSink } from '../../src/command/host.js';
import { jsonOutputs } from '../../src/command/main.js';
import { log, setLogSink } from '../../src/runtime/log.js';

function capture(debug = false): { text: () => string; restore: () => void } {
  let text = '';
  const previous = setLogSink(stderrSink((chunk) => (text += chunk), debug));
  return { text: () => text, restore: () => setLogSink(previous) };
}

describe('the stderr sink', () => {
  it('writes warnings as "warning:" lines, with a title other than the default', () => {
    const out = capture();
    log.warning('first\nsecond');
    log.warning('moved', 'Incident timeline: region failover');
    out.restore();
    expect(out.text()).toBe('warning: first\n  second\nwarning: region failover: moved\n');
  });

  it('writes a group as its title and its lines indented', () => {
    const out = capture();
    log.group('Checkout arn:x', ['created event 1']);
    out.restore();
    expect(out.text()).toBe('Checkout arn:x\n  created event 1\n');
  });

  it('lets no outside text form a workflow command, in any kind of line', () => {
    const out = capture(true);
    const outside = 'x\n::error::owned\n##[error]owned';
    log.info(outside);
    log.warning(outside);
    log.notice(outside);
    log.debug(outside);
    log.group(`::warning::${outside}`, [outside]);
    log.warning('in a title', `Incident timeline: \n::error::${outside}`);
    out.restore();
    const lines = out.text().split('\n');
    expect(lines.length).toBeGreaterThan(10);
    // The runner reads a command at the start of a line, after any white space.
    for (const line of lines) expect(line.trimStart()).not.toMatch(/^::|^##\[/);
  });

  it('prints debug lines only when asked', () => {
    const quiet = capture(false);
    log.debug('hidden');
    quiet.restore();
    const loud = capture(true);
    log.debug('shown');
    loud.restore();
    expect(quiet.text()).toBe('');
    expect(loud.text()).toBe('debug: shown\n');
  });
});

describe('the JSON output', () => {
  it('gives lists as arrays and skipped as a boolean', () => {
    const json = jsonOutputs(
      new Map([
        ['event-id', 'e1'],
        ['event-ids', '["e1"]'],
        ['incident-arns', '["a"]'],
        ['results', '[{"action":"created"}]'],
        ['skipped', 'false'],
        ['outcome', 'created'],
      ]),
    );
    expect(json).toEqual({
      'event-id': 'e1',
      'event-ids': ['e1'],
      'incident-arns': ['a'],
      results: [{ action: 'created' }],
      skipped: false,
      outcome: 'created',
    });
  });
});
