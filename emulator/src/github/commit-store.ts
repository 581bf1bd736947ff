import type { RepositoryCommits, StoredCommit } from './commit-spec.js';

/** The shortest SHA prefix GitHub resolves, as git's default abbreviation. */
export const MIN_SHA_PREFIX = 7;

/**
 * The commits the GitHub stand-in serves, per repository (owner and repository names are
 * case-insensitive on GitHub). Storing a commit again under its SHA replaces it.
 */
export class GitHubCommitStore {
  private readonly repositories = new Map<
    string,
    { repository: string; commits: Map<string, StoredCommit> }
  >();

  add(set: RepositoryCommits): void {
    const key = set.repository.toLowerCase();
    let entry = this.repositories.get(key);
    if (!entry) {
      entry = { repository: set.repository, commits: new Map() };
      this.repositories.set(key, entry);
    }
    for (const commit of set.commits) entry.commits.set(commit.sha, commit);
  }

  /**
   * The commit a full SHA or a prefix of at least MIN_SHA_PREFIX hex digits names; undefined when
   * none does, or when the prefix is ambiguous (git would not pick one either).
   */
  find(repository: string, ref: string): StoredCommit | undefined {
    const commits = this.repositories.get(repository.toLowerCase())?.commits;
    const sha = ref.toLowerCase();
    if (!commits || !/^[0-9a-f]+$/.test(sha) || sha.length < MIN_SHA_PREFIX) return undefined;
    const exact = commits.get(sha);
    if (exact) return exact;
    const matches = [...commits.keys()].filter((candidate) => candidate.startsWith(sha));
    return matches.length === 1 ? commits.get(matches[0]!) : undefined;
  }

  /** Every repository's commits, in the format POST takes (and a state file keeps). */
  snapshot(): RepositoryCommits[] {
    return [...this.repositories.values()].map(({ repository, commits }) => ({
      repository,
      commits: [...commits.values()],
    }));
  }

  load(sets: RepositoryCommits[]): void {
    this.clear();
    for (const set of sets) this.add(set);
  }

  clear(): void {
    this.repositories.clear();
  }
}
