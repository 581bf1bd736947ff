import type { Env } from '../runtime/env.js';
import { collectFacts, type GivenFacts, type WorkflowFacts } from './facts.js';

/**
 * A minimal stand-in for the CI detection module (branch `cifacts` brings the real one, with
 * every CI system; on merge, that file replaces this one). It has that module's signature: GitHub
 * Actions gives the action's own facts; anywhere else, the commit, branch and subject come from
 * `git` in the working directory.
 */
export type CiSystem =
  'github-actions' | 'gitlab' | 'jenkins' | 'codebuild' | 'circleci' | 'buildkite' | 'none';

export interface CiFacts {
  system: CiSystem;
  /** The CI's name for the log ("GitLab CI"). */
  name: string;
  facts: WorkflowFacts;
  /** The ARN of the pipeline that started the build (CodePipeline), else ''. */
  pipelineArn: string;
}

/** Runs git with `args` in the working directory: its trimmed stdout, '' when git fails. */
export type GitRunner = (args: readonly string[]) => string;

export function detectCiFacts(env: Env, given: GivenFacts, git: GitRunner): CiFacts {
  if (env.GITHUB_ACTIONS === 'true') {
    return {
      system: 'github-actions',
      name: 'GitHub Actions',
      facts: collectFacts(given, env),
      pipelineArn: '',
    };
  }
  const base = collectFacts(given, {});
  const sha = given.sha || git(['rev-parse', 'HEAD']).toLowerCase();
  const branch = git(['rev-parse', '--abbrev-ref', 'HEAD']);
  const refName = branch === 'HEAD' ? '' : branch;
  return {
    system: 'none',
    name: 'no CI',
    facts: {
      ...base,
      serverUrl: '',
      apiUrl: '',
      sha,
      shaSource: given.sha ? 'sha' : 'GITHUB_SHA',
      shortSha: sha.slice(0, 7),
      ref: refName ? `refs/heads/${refName}` : '',
      refName,
      commitSubject: sha ? git(['log', '-1', '--format=%s', sha]) : '',
      codeBuildArn: env.CODEBUILD_BUILD_ARN ?? '',
    },
    pipelineArn: '',
  };
}
