// Type declarations for test-report.mjs, which stays plain JavaScript so that it runs with Node alone.
export interface VitestReport {
  success?: boolean;
  numTotalTests?: number;
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  testResults?: {
    name: string;
    assertionResults?: { status: string; title?: string; fullName?: string }[];
  }[];
}

export declare function judge(report: VitestReport): {
  counts: { passed: number; failed: number; skipped: number; total: number };
  problems: string[];
};
