import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ListResponsePlansCommand } from '@aws-sdk/client-ssm-incidents';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { node24Async } from './tools.js';
import { BUNDLE, PACKAGE_ROOT, spawnBundledEmulator } from './bundle.js';
import { ACCESS_KEY_ID, SECRET_ACCESS_KEY, clientFor, control, failure } from './helpers.js';

const run = promisify(execFile);
let directory: string;
beforeAll(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'emulator-cli-'));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('the bundled CLI', () => {
  it('prints usage for --help and exits 0', async () => {
    const { stdout } = await run(process.execPath, [BUNDLE, '--help']);
    for (const flag of [
      '--seed FILE',
      '--access-key-id',
      '--tls-cert FILE',
      '--tls-key FILE',
      '--github-token T',
      '--conflict-identifier M',
    ])
      expect(stdout).toContain(flag);
  });

  it('exits 2 with usage on an unknown flag or a bad port', async () => {
    for (const args of [['--frobnicate'], ['--port', 'eighty']]) {
      const error = await failure(run(process.execPath, [BUNDLE, ...args]));
      expect(error.code).toBe(2);
      expect(error.stderr).toContain('Usage:');
    }
  });

  it('runs from npm run emulator, prints only the URL first, logs requests to stderr without secrets', async () => {
    const emulator = await spawnBundledEmulator([
      '--port',
      '0',
      '--access-key-id',
      ACCESS_KEY_ID,
      '--secret-access-key',
      SECRET_ACCESS_KEY,
    ]);
    try {
      expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const ssm = clientFor(emulator);
      await ssm.send(new ListResponsePlansCommand({}));
      await failure(
        clientFor(emulator, { secretAccessKey: 'wrong' }).send(new ListResponsePlansCommand({})),
      );
      ssm.destroy();
      // The log line is written after the answer, and reaches this process through a pipe.
      await vi.waitFor(() => {
        expect(emulator.stderr()).toMatch(/POST \/listResponsePlans ListResponsePlans 200/);
        expect(emulator.stderr()).toMatch(/403 InvalidSignatureException/);
      });
      expect(emulator.stderr()).not.toContain(SECRET_ACCESS_KEY);
      expect(emulator.stderr()).not.toContain('Signature=');
    } finally {
      expect(await emulator.stop()).toBe(0);
    }
  });

  it(
    'runs on Node 24, the runtime of the action, and verifies a signed call',
    async () => {
      const node = await node24Async();
      const emulator = await spawnBundledEmulator(
        ['--quiet', '--access-key-id', ACCESS_KEY_ID, '--secret-access-key', SECRET_ACCESS_KEY],
        {},
        node,
      );
      try {
        const ssm = clientFor(emulator);
        await ssm.send(new ListResponsePlansCommand({}));
        const wrong = await failure(
          clientFor(emulator, { secretAccessKey: 'wrong' }).send(new ListResponsePlansCommand({})),
        );
        expect(wrong.name).toBe('InvalidSignatureException');
        ssm.destroy();
        const { stdout } = await run(node, ['-p', 'process.versions.node']);
        expect(stdout).toMatch(/^24\./);
      } finally {
        expect(await emulator.stop()).toBe(0);
      }
    },
    // The first use downloads Node 24 through npm; later runs hit npm's cache.
    300_000,
  );

  it('takes the key pair from the environment', async () => {
    const emulator = await spawnBundledEmulator(['--quiet'], {
      EMULATOR_ACCESS_KEY_ID: ACCESS_KEY_ID,
      EMULATOR_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
    });
    try {
      await clientFor(emulator).send(new ListResponsePlansCommand({}));
      const error = await failure(
        clientFor(emulator, { secretAccessKey: 'nope' }).send(new ListResponsePlansCommand({})),
      );
      expect(error.name).toBe('InvalidSignatureException');
      expect(emulator.stderr()).toBe('');
    } finally {
      await emulator.stop();
    }
  });

  it('seeds from a file, persists to --state, flushes on SIGINT and reloads', async () => {
    const seed = path.join(directory, 'seed.json');
    const state = path.join(directory, 'state.json');
    writeFileSync(
      seed,
      JSON.stringify({
        accountId: '111122223333',
        incidents: [{ responsePlan: 'web', id: 'first' }],
      }),
    );
    const first = await spawnBundledEmulator([
      '--seed',
      seed,
      '--state',
      state,
      '--quiet',
      '--host',
      '127.0.0.1',
    ]);
    await control(first, 'POST', 'seed', { incidents: [{ responsePlan: 'web', id: 'second' }] });
    expect(await first.stop('SIGINT')).toBe(0);
    const saved = JSON.parse(readFileSync(state, 'utf8'));
    expect(saved.incidents.map((i: { arn: string }) => i.arn)).toEqual([
      'arn:aws:ssm-incidents::111122223333:incident-record/web/first',
      'arn:aws:ssm-incidents::111122223333:incident-record/web/second',
    ]);

    // The state file wins over the seed on restart, so the seed is not applied twice.
    const second = await spawnBundledEmulator(['--seed', seed, '--state', state, '--quiet']);
    try {
      expect((await control(second, 'GET', 'state')).json.incidents).toHaveLength(2);
      await control(second, 'POST', 'reset');
      expect((await control(second, 'GET', 'state')).json.incidents).toHaveLength(1);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });

  it('exits 1 naming the seed file when it is not valid', async () => {
    const seed = path.join(directory, 'bad-seed.json');
    for (const content of [
      '{ not json',
      JSON.stringify({ incidents: [{ responsePlan: 'x', impact: 7 }] }),
    ]) {
      writeFileSync(seed, content);
      const error = await failure(run(process.execPath, [BUNDLE, '--seed', seed]));
      expect(error.code).toBe(1);
      expect(error.stderr).toContain(seed);
    }
  });

  it("is the package's command and its npm start, a script with a shebang", () => {
    const manifest = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8'));
    expect(path.join(PACKAGE_ROOT, manifest.bin['incident-manager-emulator'])).toBe(BUNDLE);
    expect(manifest.scripts.start).toBe('node dist/index.js');
    expect(readFileSync(BUNDLE, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });
});
