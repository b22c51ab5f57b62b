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
    // the response callback hands the success to listeners that settle through the helpers
    `import { request } from 'node:http';
export function fetchHits(host: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let settled = false;
    const succeed = (body: string) => {
      if (settled) return;
      settled = true;
      resolve(body);
    };
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    const req = request({ host, path: '/hits' }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        fail(new Error(\`HTTP \${res.statusCode}\`));
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => succeed(Buffer.concat(chunks).toString('utf8')));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
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
    // a 429 schedules the call again and drops its promise: this one never settles
    {
      code: `import { request } from 'node:http';
export class Purger {
  purge(path: string, attempt = 1): Promise<string> {
    return new Promise((resolve, reject) => {
      const req = request({ host: 'cdn.example', path, method: 'POST' }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) {
            resolve(Buffer.concat(chunks).toString('utf8'));
          } else if (status === 429 && attempt < 5) {
            setTimeout(() => this.purge(path, attempt + 1), 1_000);
          } else {
            reject(new Error(\`purge failed with \${status}\`));
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'neverSettles',
          line: 9,
          column: 26,
          endLine: 9,
          endColumn: 28,
          suggestions: [],
        },
      ],
    },
  ],
});
