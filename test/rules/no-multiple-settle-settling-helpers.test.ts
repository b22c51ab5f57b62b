import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A callback that settles only through local helpers of the executor (`succeed(route)`,
// `fail(error)`, each calling `resolve`/`reject`) is walked like one that calls them itself: a
// child's `close` listener whose `null` code (a kill by the watchdog's signal) reaches neither
// helper leaves the promise pending forever. Handling that code is the look-alike.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // a kill by a signal fails the plan too
    `import { spawn } from 'node:child_process';
export function plan(bin: string, timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ['--json']);
    let stdout = '';
    const watchdog = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(watchdog);
      reject(error);
    };
    const succeed = (out: string) => {
      clearTimeout(watchdog);
      resolve(out);
    };
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (code === 0) succeed(stdout);
      else fail(new Error(code === null ? \`killed by \${signal}\` : \`exited with \${code}\`));
    });
  });
}`,
  ],
  invalid: [
    // when the watchdog kills the planner, the close code is null and neither helper runs
    {
      code: `import { spawn } from 'node:child_process';
export function plan(bin: string, timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ['--json']);
    let stdout = '';
    const watchdog = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(watchdog);
      reject(error);
    };
    const succeed = (out: string) => {
      clearTimeout(watchdog);
      resolve(out);
    };
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) succeed(stdout);
      else if (code !== null) fail(new Error(\`exited with \${code}\`));
    });
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'neverSettles',
          line: 17,
          column: 30,
          endLine: 17,
          endColumn: 32,
          suggestions: [],
        },
      ],
    },
  ],
});
