// Runs one generated program under one schedule: `node --unhandled-rejections=strict entry.js <program.js>`.
// Reports a hang when the event loop empties while main has not settled.
import { pathToFileURL } from 'node:url';

import { currentUnit } from './runtime.js';

// If the runner is gone, writing fails with EPIPE: leave instead of reporting the write failure
// as another uncaught exception, over and over.
process.stdout.on('error', () => process.exit(1));

// Under --unhandled-rejections=strict an unhandled rejection is raised as an uncaught exception.
// Recording it here (instead of dying at the first) lets one run observe every unhandled rejection.
process.on('uncaughtException', (error, origin) => {
  const match = origin === 'unhandledRejection' ? /^op:(\d+)$/.exec(error instanceof Error ? error.message : '') : null;
  process.stdout.write(`${JSON.stringify({ kind: 'unhandled', op: match ? Number(match[1]) : null, message: String(error) })}\n`);
});

const { main } = await import(pathToFileURL(process.argv[2]).href);
let settled = false;
main().then(
  () => (settled = true),
  () => (settled = true),
);
process.on('beforeExit', () => {
  if (!settled) {
    settled = true;
    process.stdout.write(`${JSON.stringify({ kind: 'hang', unit: currentUnit() })}\n`);
  }
});
