/**
 * Bad options end the command with exit status 2 before anything is sent or run: the values are
 * checked by the action's own getInputs, and the error names the option and its variable.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandMain, EXIT } from '../../src/command/main.js';
import { OPTIONS } from '../../src/command/options.js';
import { expectCarries } from '../carries.js';

async function command(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const status = await commandMain(argv, env, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { status, stdout, stderr };
}

// No request can be made: the endpoint is a closed port, and nothing would be waited for.
const NO_AWS = { AWS_REGION: 'us-east-1', INCIDENT_TIMELINE_ENDPOINT_URL: 'http://127.0.0.1:1' };

describe('bad options', () => {
  it('a bad value: exit 2, naming the input, what it accepts, the option and the variable', async () => {
    const run = await command(['mark', '--response-plan', 'x', '--impact', '9'], NO_AWS);
    expect(run.status).toBe(EXIT.usage);
    expectCarries(run.stderr, ['impact', '1 to 5', '--impact', 'INCIDENT_TIMELINE_IMPACT']);
    expect(run.stdout).toBe('');
  });

  it('a bad value from a variable is refused the same way; an option beats its variable', async () => {
    const env = { ...NO_AWS, INCIDENT_TIMELINE_LINK_COMMIT: 'maybe' };
    const refused = await command(['mark', '--response-plan', 'x', '--dry-run=nope'], env);
    expect(refused.status).toBe(EXIT.usage);
    expectCarries(refused.stderr, ['link-commit', 'dry-run', 'true or false']);
    const beaten = await command(
      ['mark', '--response-plan=x', '--link-commit=false', '--impact=0'],
      env,
    );
    expectCarries(beaten.stderr, ['impact']);
    expect(beaten.stderr).not.toContain('link-commit');
  });

  it('exec with a bad option runs no command', async () => {
    const ran = join(mkdtempSync(join(tmpdir(), 'ita-cmd-')), 'ran');
    const run = await command(['exec', '--select', 'some', '--', 'touch', ran], NO_AWS);
    expect(run.status).toBe(EXIT.usage);
    expectCarries(run.stderr, ['select', 'all, latest, oldest, single']);
    expect(existsSync(ran)).toBe(false);
  });

  it('exec refuses --event-id: it creates its own event', async () => {
    const run = await command(
      ['exec', '--response-plan=x', '--event-id=abc', '--', 'true'],
      NO_AWS,
    );
    expect(run.status).toBe(EXIT.usage);
    expectCarries(run.stderr, ['--event-id', 'mark']);
  });

  it('no target: the error names the filters, before any call', async () => {
    const run = await command(['mark'], NO_AWS);
    expect(run.status).toBe(EXIT.usage);
    expectCarries(run.stderr, ['incident-arn', 'response-plan', '--incident-arn']);
  });
});

describe('help', () => {
  it('lists every option and the variables, and exits 0', async () => {
    const run = await command(['--help']);
    expect(run.status).toBe(EXIT.ok);
    for (const name of OPTIONS.keys()) expect(run.stdout).toContain(`--${name}`);
    expectCarries(run.stdout, ['INCIDENT_TIMELINE_', 'mark', 'exec', 'Exit status']);
  });
});
