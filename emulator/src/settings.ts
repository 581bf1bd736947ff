import { isPlainObject } from './validation.js';

/**
 * What a ConflictException for a reused clientToken names, which AWS does not document:
 * - `event`: the resource the first call wrote (the event ID for CreateTimelineEvent, the
 *   incident ARN for StartIncident...), with its resourceType;
 * - `token`: the client token itself as resourceIdentifier, with the resourceType of the
 *   operation's resource;
 * - `none`: neither resourceIdentifier nor resourceType.
 */
export const CONFLICT_IDENTIFIERS = ['event', 'token', 'none'] as const;
export type ConflictIdentifier = (typeof CONFLICT_IDENTIFIERS)[number];

/**
 * Behaviours AWS leaves open, chosen by the test: at start (flags, `startEmulator` options) and
 * at run time (`/_emulator/settings`). A reset goes back to the start values.
 */
export interface EmulatorSettings {
  conflictIdentifier: ConflictIdentifier;
}

/** `none` invents least: a caller must recover without being told what the first call wrote. */
export const DEFAULT_SETTINGS: EmulatorSettings = { conflictIdentifier: 'none' };

export function isConflictIdentifier(value: unknown): value is ConflictIdentifier {
  return (CONFLICT_IDENTIFIERS as readonly unknown[]).includes(value);
}

const SETTING_CHECKS: Record<keyof EmulatorSettings, (value: unknown) => string | undefined> = {
  conflictIdentifier: (value) =>
    isConflictIdentifier(value)
      ? undefined
      : `conflictIdentifier must be one of ${CONFLICT_IDENTIFIERS.join(', ')}`,
};

export class Settings {
  private current: EmulatorSettings;

  constructor(private readonly atStart: EmulatorSettings) {
    this.current = { ...atStart };
  }

  get(): EmulatorSettings {
    return { ...this.current };
  }

  /** Applies the members given (all or none of them); returns every setting, or what is wrong. */
  update(patch: unknown): EmulatorSettings | string {
    if (!isPlainObject(patch)) return 'The body must be a JSON object of settings';
    const problems: string[] = [];
    for (const [name, value] of Object.entries(patch)) {
      if (!Object.hasOwn(SETTING_CHECKS, name)) {
        problems.push(
          `unknown setting ${name}; the settings are ${Object.keys(SETTING_CHECKS).join(', ')}`,
        );
        continue;
      }
      const problem = SETTING_CHECKS[name as keyof EmulatorSettings](value);
      if (problem) problems.push(problem);
    }
    if (problems.length > 0) return problems.join('; ');
    this.current = { ...this.current, ...(patch as Partial<EmulatorSettings>) };
    return this.get();
  }

  reset(): void {
    this.current = { ...this.atStart };
  }
}
