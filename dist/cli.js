#!/usr/bin/env node
// The incident-timeline command: the bundle is dist/cli/index.js (src/cli.ts).
await import('./cli/index.js');
