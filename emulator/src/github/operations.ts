/**
 * The two GitHub REST operations the action's job-end step uses, named as fault rules and the
 * request log name them (GitHub's own operation IDs, in the style of the AWS names beside them).
 */
export const GITHUB_OPERATIONS = ['ListJobsForWorkflowRunAttempt', 'GetJobForWorkflowRun'] as const;
export type GitHubOperation = (typeof GITHUB_OPERATIONS)[number];

/** Where the stand-in is served: `GITHUB_API_URL=<emulator>/_github`, like GHES's `/api/v3`. */
export const GITHUB_PREFIX = '/_github';
