// Type declarations for release.mjs, which stays plain JavaScript so that it runs with Node alone.

export declare class ReleaseError extends Error {}

export interface Version {
  /** Without the `v`: `1.2.3`, `1.2.3-rc.1`. */
  version: string;
  /** `v1.2.3` */
  tag: string;
  major: number;
  minor: number;
  patch: number;
  /** Empty for a release. */
  prerelease: string;
  /** `v1` */
  majorTag: string;
}

export declare function parseVersion(ref: string): Version;
export declare function compareVersions(a: string | Version, b: string | Version): number;
export declare function changelogSection(markdown: string, version: string): string;
export declare function tagCommit(cwd: string, tag: string): string | undefined;
export declare function planRelease(options: {
  ref: string;
  cwd?: string;
  commit?: string;
}): Version & { notes: string; tagExists: boolean };
export declare function ensureTag(options: {
  cwd?: string;
  tag: string;
  commit: string;
  push?: string;
}): { tag: string; commit: string; created: boolean };
export declare function moveMajorTag(options: { cwd?: string; tag: string; push?: string }): {
  majorTag: string;
  commit: string;
  moved: boolean;
  reason: string;
};
export declare function pushEnvironment(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export declare function main(argv?: string[]): void;
