/**
 * The GitHub REST operations the stand-in serves, named as fault rules and the request log name
 * them: `github:` and GitHub's operation name, apart from the AWS names beside them.
 */
export const GITHUB_OPERATIONS = ['github:GetCommit'] as const;
export type GitHubOperation = (typeof GITHUB_OPERATIONS)[number];

/** Where the stand-in is served: `GITHUB_API_URL=<emulator>/_github`, like GHES's `/api/v3`. */
export const GITHUB_PREFIX = '/_github';
