/**
 * A warning a write produced, with where it came from. The source decides how the warning is
 * shown (its annotation's title): a new kind of warning is a new source here, not a prefix that a
 * caller matches.
 */
export type WarningSource =
  /** Linking the commit (link-commit) or the URLs of `references` to the incident. */
  | 'link-commit'
  | 'references'
  /** Linking a reported deployment (`deployment_status`) to the incident. */
  | 'deployment'
  /** The write itself: an earlier try's event, a region that failed mid-write, a job instance. */
  | 'write';

export interface Warning {
  source: WarningSource;
  text: string;
}

const TITLES: Record<WarningSource, string | undefined> = {
  'link-commit': 'Incident timeline: link-commit',
  references: 'Incident timeline: references',
  deployment: 'Incident timeline: deployment',
  write: undefined,
};

/** The annotation title of a warning (undefined: the log's default title). */
export function warningTitle(warning: Warning): string | undefined {
  return TITLES[warning.source];
}
