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
const swallowed = 'settle/no-swallowed-abort';
const propagation = 'settle/require-signal-propagation';
const asValue = 'settle/no-promise-as-value';
const readBefore = 'settle/no-read-before-settle';
const uncalled = 'settle/no-uncalled-async-function';
const reused = 'settle/no-reused-settled-promise';
const settleTwice = 'settle/no-multiple-settle';

/** What `settle.configs.recommended` should report in each example file, sorted by line and rule. */
const expected: Record<string, Finding[]> = {
  'batch-import.ts': [
    { line: 44, ruleId: unobserved, messageId: 'unobservedPath' }, // `existing` dropped by the dry-run `return false`
    { line: 53, ruleId: settled, messageId: 'discardedResults' }, // `await Promise.allSettled(…)` as a statement
    { line: 57, ruleId: settled, messageId: 'uncheckedResults' }, // only `results.length` is read
    { line: 64, ruleId: settled, messageId: 'unnarrowedValue' }, // `(result as PromiseFulfilledResult<…>).value`
  ],
  'clean.ts': [],
  'feed-sync.ts': [
    { line: 12, ruleId: propagation, messageId: 'missingSignal' }, // `fetch(url, { headers })` without the caller's signal
    { line: 14, ruleId: propagation, messageId: 'missingSignal' }, // the back-off `sleep(…)`
    { line: 25, ruleId: swallowed, messageId: 'swallowedAbortInLoop' }, // the abort is logged and the loop goes on
  ],
  'file-utils.ts': [
    { line: 10, ruleId: settleTwice, messageId: 'multipleSettle' }, // `resolve(data)` after `reject(error)`
    { line: 18, ruleId: settleTwice, messageId: 'throwInCallback' }, // `throw error` inside the `stat` callback
    { line: 26, ruleId: settleTwice, messageId: 'neverSettles' }, // `if (closed) return;`
  ],
  'http-handler.ts': [
    { line: 33, ruleId: unobserved, messageId: 'rejectionWindow' }, // `orders` waits unhandled during `await customer`
    { line: 44, ruleId: unobserved, messageId: 'unobservedPath' }, // prefetched `orders` dropped by the 403 `return`
    { line: 62, ruleId: floating, messageId: 'floating' }, // `store.recordView(userId, id)`
  ],
  'job-status.ts': [
    { line: 19, ruleId: reused, messageId: 'retriedSettledPromise' }, // `await attempt` on every retry
    { line: 30, ruleId: reused, messageId: 'polledSettledPromise' }, // `await current` on every poll
  ],
  'profile-handler.ts': [
    { line: 19, ruleId: asValue, messageId: 'condition' }, // `!users.isBlocked(id)` is always false
    { line: 21, ruleId: asValue, messageId: 'string' }, // `${profile}` is "[object Promise]"
    { line: 22, ruleId: asValue, messageId: 'argument' }, // `res.json(profile)` serializes the promise
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
  'server-start.ts': [
    { line: 21, ruleId: readBefore, messageId: 'readBeforeSettle' }, // `port` read before `.then` assigned it
  ],
  'shutdown.ts': [
    { line: 31, ruleId: unobserved, messageId: 'sequentialLoop' }, // `for (const closed of closing) await closed`
    { line: 33, ruleId: floating, messageId: 'floatingArray' }, // `services.caches.map(async …)` as a statement
    { line: 42, ruleId: floating, messageId: 'asyncCallbackIgnored' }, // `process.once('SIGTERM', async …)`
  ],
  'startup.ts': [
    { line: 42, ruleId: uncalled, messageId: 'uncalledAwaited' }, // `await flushMetrics`
    { line: 46, ruleId: uncalled, messageId: 'uncalledInCombinator' }, // `warmCaches` inside `Promise.all([...])`
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

  it('adds the leaked race in feed-sync.ts under configs.strict', async () => {
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: [settle.configs.strict, { languageOptions: { parserOptions: { tsconfigRootDir: root } } }] as Linter.Config[],
    });
    const [result] = await eslint.lintFiles(['src/feed-sync.ts']);
    const races = result!.messages.filter((message) => message.ruleId === 'settle/no-leaked-race');
    expect(races.map(({ line, messageId }) => ({ line, messageId }))).toEqual([
      { line: 35, messageId: 'leakedWork' }, // `fetch(url)` without a signal keeps downloading after the timer wins
      { line: 36, messageId: 'leakedTimer' }, // the timer keeps the process alive after the fetch wins
    ]);
  });
});
