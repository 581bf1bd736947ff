/**
 * Programs outside Node that some of the action's tests run (cmark-gfm, GitHub's Markdown
 * renderer). A fresh clone may lack them, so their suites are skipped with a message that says
 * which is missing and how to install it; CI sets REQUIRE_OUTSIDE_CLIENTS=1, and then a missing
 * one fails the run instead. (The emulator's package has the same rule for the AWS CLI and boto3.)
 */
import { describe, it } from 'vitest';

export const OUTSIDE_CLIENTS_REQUIRED = process.env.REQUIRE_OUTSIDE_CLIENTS === '1';

export interface FoundClient {
  /** What to run. */
  command: string;
  /** What it says its version is. */
  version: string;
}

export interface ClientLookup {
  found?: FoundClient;
  /** Why it is missing and how to install it; set when `found` is not. */
  missing?: string;
}

/**
 * `describe` when the program is there; otherwise a skipped suite whose name says why, or, when
 * REQUIRE_OUTSIDE_CLIENTS=1, a suite with one failing test that says the same.
 */
export function describeWithClient(
  name: string,
  lookup: ClientLookup,
  suite: (client: FoundClient) => void,
): void {
  if (lookup.found) {
    const client = lookup.found;
    describe(`${name} (${client.version.split('\n')[0]})`, () => suite(client));
    return;
  }
  const missing = lookup.missing ?? 'not found';
  if (OUTSIDE_CLIENTS_REQUIRED) {
    describe(name, () => {
      it('is installed, as REQUIRE_OUTSIDE_CLIENTS=1 demands', () => {
        throw new Error(`${name}: ${missing}`);
      });
    });
    return;
  }
  console.warn(`${name} tests skipped: ${missing}`);
  describe.skip(`${name} (skipped: ${missing})`, () =>
    suite({ command: 'missing', version: 'missing' }));
}
