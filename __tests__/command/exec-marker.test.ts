/**
 * exec and a marker that cannot be written: the command still runs, and its status is the exit
 * status, unless --fail-on-error was asked for (then a succeeded command exits 1). In process: a
 * closed port with little time for it, so that the writes fail at once.
 */
import { describe, expect, it } from 'vitest';
import { commandMain, EXIT } from '../../src/command/main.js';

const ENV = {
  PATH: process.env.PATH ?? '',
  AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
  AWS_REGION: 'us-east-1',
  INCIDENT_TIMELINE_ENDPOINT_URL: 'http://127.0.0.1:1',
  INCIDENT_TIMELINE_DEADLINE_MS: '1000',
  INCIDENT_TIMELINE_CONNECT_TIMEOUT_MS: '100',
  INCIDENT_TIMELINE_REQUEST_TIMEOUT_MS: '200',
  INCIDENT_TIMELINE_INCIDENT_ARN:
    'arn:aws:ssm-incidents::111122223333:incident-record/checkout/0123456789abcdef',
};

async function exec(options: string[], script: string) {
  let stderr = '';
  let stdout = '';
  const status = await commandMain(['exec', ...options, '--', 'sh', '-c', script], ENV, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { status, stderr, json: JSON.parse(stdout) as Record<string, unknown> };
}

describe('exec with a marker that cannot be written', () => {
  it('warns, and exits with the command status', async () => {
    const ok = await exec([], 'exit 0');
    expect(ok.status).toBe(0);
    expect(ok.stderr).toMatch(/^warning: /m);
    expect(ok.json).toMatchObject({ outcome: 'failed', 'exit-status': 0 });
    expect((await exec([], 'exit 4')).status).toBe(4);
  });

  it('with --fail-on-error, exits 1 after a command that succeeded, and keeps a failure its own', async () => {
    expect((await exec(['--fail-on-error'], 'exit 0')).status).toBe(EXIT.failed);
    expect((await exec(['--fail-on-error'], 'exit 4')).status).toBe(4);
    expect((await exec(['--fail-on-error=false'], 'exit 0')).status).toBe(0);
  });

  it('a command that cannot be started: exit 127, the job failed, and a warning names it', async () => {
    let stderr = '';
    let stdout = '';
    const status = await commandMain(['exec', '--', 'no-such-command-for-the-test'], ENV, {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
    });
    expect(status).toBe(127);
    expect(stderr).toMatch(/^warning: .*no-such-command-for-the-test/m);
    expect(JSON.parse(stdout)).toMatchObject({ 'job-status': 'failure', 'exit-status': 127 });
  });

  it('a dry run finishes nothing and still runs the command (a boolean in any form getInputs takes)', async () => {
    const dry = await exec(['--dry-run=True'], 'exit 5');
    expect(dry.status).toBe(5);
    expect(dry.json).not.toHaveProperty('finish-outcome');
  });
});
