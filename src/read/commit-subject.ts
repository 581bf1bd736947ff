import type { Deadline } from '../runtime/deadline.js';
import { errorMessage } from '../runtime/errors.js';
import type { WorkflowFacts } from './facts.js';
import { commitSubjectOf } from '../parse/commit-message.js';
import { inert } from '../runtime/inert.js';

/** The commit read's own budget: a subject is a nicety, and never holds the event back long. */
export const COMMIT_READ_MS = 2_000;

/** The subject, or why there is none (for a debug line). */
export type CommitSubject = { subject: string } | { subject: ''; why: string };

/**
 * Reads the deployed commit's subject from GitHub's REST API ("Get a commit") with
 * `github-token`, when the event payload did not carry it. `@actions/github` is loaded only here,
 * and only then; the read runs beside the AWS calls, within COMMIT_READ_MS and the run's deadline.
 * It never throws: the event is posted without a subject when GitHub cannot say.
 */
export async function readCommitSubject(
  facts: Pick<WorkflowFacts, 'apiUrl' | 'repository' | 'sha'>,
  token: string,
  deadline: Deadline,
): Promise<CommitSubject> {
  const [owner, repo] = facts.repository.split('/');
  if (!owner || !repo || !facts.sha) return { subject: '', why: 'the run names no commit' };
  if (!token) return { subject: '', why: 'github-token is empty' };
  const signal = deadline.within(COMMIT_READ_MS);
  try {
    const read = (async () => {
      const [{ getOctokit }, { defaults }] = await Promise.all([
        import(/* webpackChunkName: "github" */ '@actions/github'),
        import(/* webpackChunkName: "github" */ '@actions/github/lib/utils'),
      ]);
      const octokit = getOctokit(token, {
        baseUrl: facts.apiUrl,
        // Octokit merges options shallowly: keep @actions/github's proxy agent and fetch.
        request: { ...defaults.request, signal, retries: 0 },
      });
      const { data } = await octokit.rest.repos.getCommit({ owner, repo, ref: facts.sha });
      return commitSubjectOf(data.commit.message);
    })();
    const aborted = new Promise<never>((_, reject) => {
      signal.addEventListener('abort', () => reject(new Error('no answer in time')), {
        once: true,
      });
    });
    const subject = await Promise.race([read, aborted]);
    return subject ? { subject } : { subject: '', why: 'the commit message is empty' };
  } catch (error) {
    const status = (error as { status?: number }).status;
    // A permission helps only when GitHub refused the token; not for a malformed answer or a
    // timeout. A 404 is not advised on: GitHub also says it for a commit it does not have.
    const advice =
      status === 401 || status === 403 ? '; give the token contents: read to have it' : '';
    return {
      subject: '',
      why: `GitHub did not give the commit's subject (${status ? `${status}: ` : ''}${inert(errorMessage(error)).slice(0, 300)})${advice}`,
    };
  }
}
