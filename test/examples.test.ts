import { fileURLToPath } from 'node:url';

import type { Linter } from 'eslint';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

import settle from '../src/index.js';

/** One finding as the examples pin it: where, which rule, which message. */
interface Finding {
  line: number;
  ruleId: string | null;
  messageId: string | undefined;
}

const root = fileURLToPath(new URL('../examples/', import.meta.url));
const floating = 'settle/no-floating-promises';
const unobserved = 'settle/no-unobserved-promise';
const settled = 'settle/no-unchecked-settled-results';

/** What `settle.configs.recommended` should report in each example file, sorted by line and rule. */
const expected: Record<string, Finding[]> = {
  'batch-import.ts': [
    { line: 44, ruleId: unobserved, messageId: 'unobservedPath' }, // `existing` dropped by the dry-run `return false`
    { line: 53, ruleId: settled, messageId: 'discardedResults' }, // `await Promise.allSettled(…)` as a statement
    { line: 57, ruleId: settled, messageId: 'uncheckedResults' }, // only `results.length` is read
    { line: 64, ruleId: settled, messageId: 'unnarrowedValue' }, // `(result as PromiseFulfilledResult<…>).value`
  ],
  'clean.ts': [
  ],
  'http-handler.ts': [
    { line: 33, ruleId: unobserved, messageId: 'rejectionWindow' }, // `orders` waits unhandled during `await customer`
    { line: 44, ruleId: unobserved, messageId: 'unobservedPath' }, // prefetched `orders` dropped by the 403 `return`
    { line: 62, ruleId: floating, messageId: 'floating' }, // `store.recordView(userId, id)`
  ],
  'queue-worker.ts': [
    { line: 52, ruleId: floating, messageId: 'floating' }, // `this.queue.send(…)` of the reply
    { line: 63, ruleId: floating, messageId: 'asyncCallbackIgnored' }, // `topics.forEach(async …)`
    { line: 71, ruleId: floating, messageId: 'asyncCallbackIgnored' }, // `worker.on('failed', async …)`
  ],
  'retry.ts': [
    { line: 36, ruleId: unobserved, messageId: 'sequentialLoop' }, // `for (const result of running) … await result`
    { line: 43, ruleId: floating, messageId: 'asyncCallbackIgnored' }, // `setTimeout(async …)`
  ],
  'shutdown.ts': [
    { line: 31, ruleId: unobserved, messageId: 'sequentialLoop' }, // `for (const closed of closing) await closed`
    { line: 33, ruleId: floating, messageId: 'floatingArray' }, // `services.caches.map(async …)` as a statement
    { line: 42, ruleId: floating, messageId: 'asyncCallbackIgnored' }, // `process.once('SIGTERM', async …)`
  ],
};

const byPosition = (a: Finding, b: Finding): number =>
  a.line - b.line || String(a.ruleId).localeCompare(String(b.ruleId)) || String(a.messageId).localeCompare(String(b.messageId));

describe('examples/', () => {
  const findings = new Map<string, Finding[]>();

  beforeAll(async () => {
    // One ESLint instance (one project service) for the whole examples project.
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: [settle.configs.recommended, { languageOptions: { parserOptions: { tsconfigRootDir: root } } }] as Linter.Config[],
    });
    for (const result of await eslint.lintFiles(['src'])) {
      const file = result.filePath.slice(`${root}src/`.length);
      findings.set(file, result.messages.map(({ line, ruleId, messageId }) => ({ line, ruleId, messageId })).sort(byPosition));
    }
  });

  it('lints exactly the example files', () => {
    expect([...findings.keys()].sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.keys(expected))('%s has the expected findings', (file) => {
    expect(findings.get(file)).toEqual(expected[file]);
  });

  it('reports nothing in clean.ts', () => {
    expect(findings.get('clean.ts')).toEqual([]);
  });
});
