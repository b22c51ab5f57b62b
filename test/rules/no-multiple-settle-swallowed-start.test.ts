import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A child process that cannot start emits `error` and may never emit `exit`. A promise that
// settles only from `exit`, with an `error` listener that merely records the failure
// (`stderr += err.message`), never settles then. Rejecting in the `error` listener, or waiting for
// `close` (which comes after an `error` too), is the look-alike.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // the error listener rejects
    `import { spawn } from 'node:child_process';
export function flush(bay: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const child = spawn('pump-ctl', ['flush', bay], { stdio: 'ignore' });
    child.on('error', (err) => reject(new Error(\`pump-ctl could not start: \${err.message}\`)));
    child.on('exit', (code) => {
      if (code === 0) resolve(Date.now());
      else reject(new Error(\`pump-ctl exited with \${code}\`));
    });
  });
}`,
    // the error is only recorded, but the wait is for close, which follows it
    `import { spawn } from 'node:child_process';
export function flush(bay: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const child = spawn('pump-ctl', ['flush', bay], { stdio: 'ignore' });
    let problem = '';
    child.on('error', (err) => {
      problem = err.message;
    });
    child.on('close', (code) => {
      if (code === 0) resolve(Date.now());
      else reject(new Error(\`pump-ctl failed (\${code}) \${problem}\`));
    });
  });
}`,
  ],
  invalid: [
    // a missing binary is only recorded, and exit never comes
    {
      code: `import { spawn } from 'node:child_process';
export function flush(bay: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const child = spawn('pump-ctl', ['flush', bay], { stdio: 'ignore' });
    let problem = '';
    child.on('error', (err) => {
      problem = err.message;
    });
    child.on('exit', (code) => {
      if (code === 0) resolve(Date.now());
      else reject(new Error(\`pump-ctl failed (\${code}) \${problem}\`));
    });
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'startSwallowed',
          line: 9,
          column: 5,
          endLine: 12,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestErrorListener',
              output: `import { spawn } from 'node:child_process';
export function flush(bay: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const child = spawn('pump-ctl', ['flush', bay], { stdio: 'ignore' });
    let problem = '';
    child.on('error', (err) => {
      problem = err.message;
    });
    child.on('exit', (code) => {
      if (code === 0) resolve(Date.now());
      else reject(new Error(\`pump-ctl failed (\${code}) \${problem}\`));
    });
    child.once('error', reject);
  });
}`,
            },
          ],
        },
      ],
    },
  ],
});
