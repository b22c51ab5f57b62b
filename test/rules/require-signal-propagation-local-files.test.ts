import rule from '../../rules/require-signal-propagation.js';
import { typedRuleTester } from '../rule-tester.js';

// Local file reads and writes (`readFile`, `writeFile`, `appendFile` of `fs/promises`) move a
// file's bytes in one go, bounded by its size: leaving the signal out there is a choice. The network
// call beside them still needs it.
typedRuleTester().run('require-signal-propagation', rule, {
  valid: [
    // The local read goes without the signal; the upload gets it.
    `import { readFile } from 'node:fs/promises';
// The scan is read from the local disk in one go; the upload is what the signal stops.
export async function upload(file: string, endpoint: string, signal: AbortSignal): Promise<number> {
  const body = await readFile(file);
  const res = await fetch(endpoint, { method: 'POST', body, signal });
  return res.status;
}`,
  ],
  invalid: [
    // The read got the signal, but the upload that matters did not.
    {
      code: `import { readFile } from 'node:fs/promises';
export async function upload(file: string, endpoint: string, signal: AbortSignal): Promise<number> {
  const body = await readFile(file, { signal });
  const res = await fetch(endpoint, { method: 'POST', body });
  return res.status;
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              output: `import { readFile } from 'node:fs/promises';
export async function upload(file: string, endpoint: string, signal: AbortSignal): Promise<number> {
  const body = await readFile(file, { signal });
  const res = await fetch(endpoint, { method: 'POST', body, signal });
  return res.status;
}`,
            },
          ],
        },
      ],
    },
  ],
});
