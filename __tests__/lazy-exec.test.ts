/**
 * The bundle loads some code only when a run needs it, as chunks beside dist/index.js (see
 * scripts/package.mjs). A chunk that fails to load is a broken feature: the OIDC HTTP client
 * (undici) and the credential providers with their nested STS client are exercised through the
 * bundle in e2e/roles.test.ts, and the proxy agents in e2e/proxy.test.ts. @actions/exec's stand-in,
 * which no run of the action reaches, is checked here on its own.
 */
import { describe, expect, it, vi } from 'vitest';
import { getExecOutput } from '../src/bundle/lazy-exec.js';

// The bundler maps this specifier to @actions/exec; here it is the real module too.
vi.mock('actions-exec-real', async () => await import('@actions/exec'));

describe("@actions/exec's stand-in", () => {
  it('runs the command through the real module', async () => {
    const output = await getExecOutput(process.execPath, ['-e', 'process.stdout.write("ok")'], {
      silent: true,
    });
    expect(output).toMatchObject({ exitCode: 0, stdout: 'ok' });
  });
});
