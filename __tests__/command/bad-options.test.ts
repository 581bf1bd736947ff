/**
 * Bad options end the command with exit status 2 before anything is sent or run: the values are
 * checked by the action's own getInputs, and the error names the option and its variable.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

// An endpoint that counts what it is sent: nothing, for bad options.
let received = 0;
const server = createServer((_request, response) => {
  received += 1;
  response.writeHead(500).end();
});
const NO_AWS = {
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
  INCIDENT_TIMELINE_ENDPOINT_URL: '',
};
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  NO_AWS.INCIDENT_TIMELINE_ENDPOINT_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  expect(received).toBe(0);
  server.close();
});

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
