/**
 * The job summary as GitHub renders it: the bundle's summaries (main step and job-end step, with
 * hostile titles, a hostile commit subject and dispatch text) through Debian's cmark-gfm, GitHub's
 * Markdown engine with its extensions. The rendered HTML links only where the action means to:
 * the run, the commit and the Incident Manager console. Skipped with the reason when cmark-gfm is
 * missing, unless REQUIRE_OUTSIDE_CLIENTS=1 (CI installs it).
 */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { POST } from '../../scripts/lib/harness.mjs';
import { describeWithClient, type ClientLookup } from '../outside-tools.js';
import { SHA, endpointInputs, runAction, runnerEnv, useEmulator, useNode } from './helpers.js';

function findCmarkGfm(): ClientLookup {
  const result = spawnSync('cmark-gfm', ['--version'], { encoding: 'utf8' });
  if (result.status === 0)
    return { found: { command: 'cmark-gfm', version: result.stdout.trim() } };
  return { missing: 'cmark-gfm is not installed; on Debian: apt-get install cmark-gfm' };
}

function render(command: string, markdown: string): string {
  // GitHub renders with these extensions, and keeps the HTML it allows (<br>, <sub>).
  const args = [
    '--unsafe',
    '-e',
    'table',
    '-e',
    'autolink',
    '-e',
    'strikethrough',
    '-e',
    'tagfilter',
  ];
  return spawnSync(command, args, { input: markdown, encoding: 'utf8' }).stdout;
}

const HOSTILE_TITLE =
  'Pay attacker@evil.example www.evil.example <img src=x onerror=alert(1)> @org/team';
const HOSTILE_SUBJECT =
  'See https://evil.example/x and [click](javascript:alert(1)) ![i](https://evil.example/i.png)';

describeWithClient('the rendered job summary', findCmarkGfm(), (client) => {
  const node = useNode();
  const emulator = useEmulator();

  it('links only the run, the commit and the console; outside text shows as written', async () => {
    await emulator.current.seed({
      incidents: [{ responsePlan: 'checkout-api', id: 'open', title: HOSTILE_TITLE, impact: 2 }],
    });
    const inputs = {
      ...endpointInputs(emulator.current),
      'response-plan': 'checkout-api',
      'finish-on-job-end': 'true',
      'link-commit': 'false',
    };
    const event = { head_commit: { id: SHA, message: HOSTILE_SUBJECT } };
    const main = await runAction({ node: node.path, inputs, env: runnerEnv(), event });
    expect(main.code, main.stdout).toBe(0);
    const post = await runAction({
      node: node.path,
      inputs,
      env: runnerEnv(),
      event,
      entry: POST,
      state: main.state,
      contexts: { job: { status: 'failure' } },
    });
    expect(post.code, post.stdout).toBe(0);

    for (const summary of [main.summary, post.summary]) {
      const html = render(client.command, summary);
      const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
      expect(links.sort()).toEqual([
        `https://console.aws.amazon.com/systems-manager/incidents/home?region=us-east-1`,
        `https://github.com/acme/shop/actions/runs/42/attempts/1`,
        `https://github.com/acme/shop/commit/${SHA}`,
      ]);
      expect(html).not.toMatch(/<img\b|href="(mailto|javascript|xmpp):|<script/i);
      // The title and the subject read as written.
      const text = html
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        // The word joiners that keep GitHub from linking addresses read as nothing.
        .replace(/\u2060/g, '');
      expect(text).toContain(HOSTILE_TITLE);
      expect(text).toContain(HOSTILE_SUBJECT);
    }
    expect(post.summary).toContain('## Timeline event finished: failed in');
  });
});
