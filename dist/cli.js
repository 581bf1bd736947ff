#!/usr/bin/env node
// The incident-timeline command: the action's bundle, in the command's stage (src/index.ts, src/cli.ts).
globalThis[Symbol.for('incident-timeline-action.stage')] = 'command';
await import('./index.js');
