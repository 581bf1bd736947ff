/** The process environment, or a test's stand-in for it. */
export type Env = Readonly<Record<string, string | undefined>>;
