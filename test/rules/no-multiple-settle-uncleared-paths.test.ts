import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A timeout that does work when it fires (`req.destroy()`) must be cleared on every path that
// settles the promise. Where the executor clears it on some paths (the error path, the end of the
// body) but one branch settles without it (a `304` answered from the cache), the timer still
// fires after that settle and tears down what the caller now holds. Judged per path: a clear in
// another branch, or in a listener registered on the way, does not cover the settle.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // the cache branch clears the timer too
    `import { get } from 'node:http';
export function fetchProfile(url: string, cached: string | undefined, timeoutMs: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const req = get(url, (res) => {
      if (res.statusCode === 304 && cached !== undefined) {
        clearTimeout(timer);
        res.resume();
        resolve(cached);
        return;
      }
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => {
        clearTimeout(timer);
        resolve(body);
      });
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(\`no answer from \${url} in \${timeoutMs} ms\`));
    }, timeoutMs);
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}`,
    // a local guard clears it, and every settle goes through the guard
    `import { get } from 'node:http';
export function fetchProfile(url: string, cached: string | undefined, timeoutMs: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const done = (settle: () => void) => {
      clearTimeout(timer);
      settle();
    };
    const req = get(url, (res) => {
      if (res.statusCode === 304 && cached !== undefined) {
        res.resume();
        done(() => resolve(cached));
        return;
      }
      let body = '';
      res.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      res.on('end', () => done(() => resolve(body)));
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(\`no answer from \${url} in \${timeoutMs} ms\`));
    }, timeoutMs);
    req.on('error', (err) => done(() => reject(err)));
  });
}`,
  ],
  invalid: [
    // the cache branch resolves and leaves the timer to destroy the request later
    {
      code: `import { get } from 'node:http';
export function fetchProfile(url: string, cached: string | undefined, timeoutMs: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const req = get(url, (res) => {
      if (res.statusCode === 304 && cached !== undefined) {
        res.resume();
        resolve(cached);
        return;
      }
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => {
        clearTimeout(timer);
        resolve(body);
      });
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(\`no answer from \${url} in \${timeoutMs} ms\`));
    }, timeoutMs);
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'timerLeftOnPath',
          line: 20,
          column: 19,
          endLine: 23,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestClearKeptTimer',
              output: `import { get } from 'node:http';
export function fetchProfile(url: string, cached: string | undefined, timeoutMs: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const req = get(url, (res) => {
      if (res.statusCode === 304 && cached !== undefined) {
        res.resume();
        clearTimeout(timer);
        resolve(cached);
        return;
      }
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => {
        clearTimeout(timer);
        resolve(body);
      });
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(\`no answer from \${url} in \${timeoutMs} ms\`));
    }, timeoutMs);
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}`,
            },
          ],
        },
      ],
    },
  ],
});
