import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// A settle call handed to a local guard (`settle(() => resolve(value))`) is the settle call of the
// callback around it: a parser that throws before the guard runs (`JSON.parse` of a malformed
// body in the `end` listener) escapes uncaught, and the promise never settles. Parsing inside a
// `try` that rejects is the look-alike.
typedRuleTester().run('no-multiple-settle', rule, {
  valid: [
    // the parse is inside a try whose catch rejects through the guard
    `import { get } from 'node:http';
export function fetchLoan(url: string): Promise<{ id: string }> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (!settled) {
        settled = true;
        fn();
      }
    };
    get(url, (res) => {
      let raw = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (raw += chunk));
      res.on('error', (error) => settle(() => reject(error)));
      res.on('end', () => {
        try {
          const loan = JSON.parse(raw) as { id: string };
          settle(() => resolve(loan));
        } catch (error) {
          settle(() => reject(error));
        }
      });
    }).on('error', (error) => settle(() => reject(error)));
  });
}`,
  ],
  invalid: [
    // a malformed body throws out of the end listener before the guard settles
    {
      code: `import { get } from 'node:http';
export function fetchLoan(url: string): Promise<{ id: string }> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (!settled) {
        settled = true;
        fn();
      }
    };
    get(url, (res) => {
      let raw = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (raw += chunk));
      res.on('error', (error) => settle(() => reject(error)));
      res.on('end', () => {
        const loan = JSON.parse(raw) as { id: string };
        settle(() => resolve(loan));
      });
    }).on('error', (error) => settle(() => reject(error)));
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'throwingCall',
          line: 17,
          column: 22,
          endLine: 17,
          endColumn: 37,
          suggestions: [],
        },
      ],
    },
  ],
});
