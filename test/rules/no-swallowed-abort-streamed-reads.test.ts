import rule from '../../rules/no-swallowed-abort.js';
import { typedRuleTester } from '../rule-tester.js';

// Signal-aware work read with `for await` over a local made with the signal (`const lines =
// createInterface({ input: createReadStream(path, { signal }) })`) is guarded by the `try` around
// the loop. Returning the partial result on an abort is left to the caller, unless a caller in the
// file goes round a loop to the next item with the aborted signal and uses each result.
typedRuleTester().run('no-swallowed-abort', rule, {
  valid: [
    // the abort is rethrown after closing the reader
    `import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
export async function countContacts(path: string, signal: AbortSignal): Promise<number> {
  let contacts = 0;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8', signal }) });
  try {
    for await (const line of lines) if (line.startsWith('QSO:')) contacts++;
  } catch (err) {
    lines.close();
    throw err;
  }
  return contacts;
}`,
    // the partial count goes back to a caller that checks the signal before using it
    `import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
async function countContacts(path: string, signal: AbortSignal): Promise<number> {
  let contacts = 0;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8', signal }) });
  try {
    for await (const line of lines) if (line.startsWith('QSO:')) contacts++;
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') return contacts;
    throw err;
  }
  return contacts;
}
export async function clubContacts(paths: string[], signal: AbortSignal): Promise<number> {
  let total = 0;
  for (const path of paths) {
    const contacts = await countContacts(path, signal);
    if (signal.aborted) break;
    total += contacts;
  }
  return total;
}`,
  ],
  invalid: [
    // every error of the reading, abort included, ends as the count so far
    {
      code: `import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
export async function countContacts(path: string, signal: AbortSignal): Promise<number> {
  let contacts = 0;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8', signal }) });
  try {
    for await (const line of lines) if (line.startsWith('QSO:')) contacts++;
  } catch {
    return contacts;
  }
  return contacts;
}`,
      output: null,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
export async function countContacts(path: string, signal: AbortSignal): Promise<number> {
  let contacts = 0;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8', signal }) });
  try {
    for await (const line of lines) if (line.startsWith('QSO:')) contacts++;
  } catch {
    signal.throwIfAborted();
    return contacts;
  }
  return contacts;
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
export async function countContacts(path: string, signal: AbortSignal): Promise<number> {
  let contacts = 0;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8', signal }) });
  try {
    for await (const line of lines) if (line.startsWith('QSO:')) contacts++;
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    return contacts;
  }
  return contacts;
}`,
            },
          ],
        },
      ],
    },
    // the club total sums counts cut short by the abort and goes on to the next log
    {
      code: `import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
async function countContacts(path: string, signal: AbortSignal): Promise<number> {
  let contacts = 0;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8', signal }) });
  try {
    for await (const line of lines) if (line.startsWith('QSO:')) contacts++;
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') return contacts;
    throw err;
  }
  return contacts;
}
export async function clubContacts(paths: string[], signal: AbortSignal): Promise<number> {
  let total = 0;
  for (const path of paths) {
    const contacts = await countContacts(path, signal);
    total += contacts;
  }
  return total;
}`,
      output: null,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
async function countContacts(path: string, signal: AbortSignal): Promise<number> {
  let contacts = 0;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8', signal }) });
  try {
    for await (const line of lines) if (line.startsWith('QSO:')) contacts++;
  } catch (err) {
    signal.throwIfAborted();
    if (err instanceof Error && err.name === 'AbortError') return contacts;
    throw err;
  }
  return contacts;
}
export async function clubContacts(paths: string[], signal: AbortSignal): Promise<number> {
  let total = 0;
  for (const path of paths) {
    const contacts = await countContacts(path, signal);
    total += contacts;
  }
  return total;
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
async function countContacts(path: string, signal: AbortSignal): Promise<number> {
  let contacts = 0;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8', signal }) });
  try {
    for await (const line of lines) if (line.startsWith('QSO:')) contacts++;
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    if (err instanceof Error && err.name === 'AbortError') return contacts;
    throw err;
  }
  return contacts;
}
export async function clubContacts(paths: string[], signal: AbortSignal): Promise<number> {
  let total = 0;
  for (const path of paths) {
    const contacts = await countContacts(path, signal);
    total += contacts;
  }
  return total;
}`,
            },
          ],
        },
      ],
    },
  ],
});
