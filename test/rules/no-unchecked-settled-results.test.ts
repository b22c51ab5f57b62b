import { join } from 'node:path';

import ts from 'typescript';

import rule from '../../rules/no-unchecked-settled-results.js';
import { typedRuleTester } from '../rule-tester.js';

// The shared project service has no `allowJs`, so the JavaScript case gets a Program of its own.
const javascriptFile = join(import.meta.dirname, '../fixtures/file.js');
const javascriptCode = `export async function run(ps) {
  await Promise.allSettled(ps);
}`;
const javascriptProgram = (code: string): ts.Program => {
  const options: ts.CompilerOptions = {
    allowJs: true,
    checkJs: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts'],
  };
  const host = ts.createCompilerHost(options, true);
  const { fileExists, readFile } = host;
  host.fileExists = (name) => name === javascriptFile || fileExists(name);
  host.readFile = (name) => (name === javascriptFile ? code : readFile(name));
  return ts.createProgram([javascriptFile], options, host);
};

const throwAll = (results: string, rejected = 'rejected'): string[] => [
  `const ${rejected} = ${results}.filter((result): result is PromiseRejectedResult => result.status === 'rejected');`,
  `if (${rejected}.length > 0) throw new AggregateError(${rejected}.map((result) => result.reason), 'Promise.allSettled: some operations failed');`,
];

/**
 * Prepends the module-level `ps` that the top-level cases settle. The line it adds counts in the positions below: the
 * first line of `code` is line 2.
 */
const withPs = (code: string): string => `declare const ps: Promise<number>[];
${code}`;

const ruleTester = typedRuleTester();

describe('discardedResults: awaited and thrown away', () => {
  ruleTester.run('no-unchecked-settled-results', rule, {
    valid: [
      // An exit on any failure (`failed > 0`) before the cast narrows every result.
      `declare function read(probe: number): Promise<{ cp: number }>;
export async function mean(probes: number[]): Promise<number> {
  const settled = await Promise.allSettled(probes.map((probe) => read(probe)));
  const failed = settled.filter((r) => r.status === 'rejected').length;
  if (failed > 0) throw new Error('a probe failed');
  const readings = settled.map((r) => (r as PromiseFulfilledResult<{ cp: number }>).value);
  return readings.reduce((sum, r) => sum + r.cp, 0) / readings.length;
}`,
      // Letting the work in flight end before the failure goes on to the caller: the rethrown error is what counts.
      `declare function grade(tray: string): Promise<number>;
declare function checkTray(tray: string): void;
export async function gradeAll(trays: string[]): Promise<number[]> {
  const pending: Array<Promise<number>> = [];
  try {
    for (const tray of trays) {
      checkTray(tray);
      pending.push(grade(tray));
    }
  } catch (err) {
    await Promise.allSettled(pending);
    throw err;
  }
  return Promise.all(pending);
}`,
      // a cleanup in a catch that rethrows: the failure goes on to the caller
      `declare const cdn: { upload(name: string): Promise<string>; remove(key: string): Promise<void> };

export async function uploadAll(names: string[]): Promise<string[]> {
  const uploads = names.map((name) => cdn.upload(name));
  try {
    return await Promise.all(uploads);
  } catch (err) {
    // One upload failed: remove the ones that made it, then let the failure go on.
    const settled = await Promise.allSettled(uploads);
    const stored = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    await Promise.all(stored.map((key) => cdn.remove(key)));
    throw err;
  }
}`,
      // Raced against a deadline, over polls that only resolve: no result can be rejected
      `interface Pool {
  size: number;
  minSize: number;
}

function reachesMinimum(pool: Pool): Promise<boolean> {
  return new Promise((resolve) => {
    const check = () => {
      if (pool.size >= pool.minSize) resolve(true);
      else setImmediate(check);
    };
    check();
  });
}

export async function warmUp(pools: Pool[], deadline: Promise<never>): Promise<void> {
  const checks = pools.map((pool) => reachesMinimum(pool));
  await Promise.race([Promise.allSettled(checks), deadline]);
}`,
      // an exit after a status check (a rejected result throws) narrows every element: the cast is true
      `interface SelfTest {
  id: string;
  battery: number;
}
declare const seismo: { selfTest(id: string): Promise<SelfTest> };
export async function readiness(ids: string[]): Promise<string[]> {
  if (ids.length === 0) throw new Error('no seismographs assigned');
  const reasons: string[] = [];
  const checks = await Promise.allSettled(ids.map((id) => seismo.selfTest(id)));
  if (checks.some((c) => c.status === 'rejected')) throw new Error('a seismograph is offline');
  const tests = checks.map((c) => (c as PromiseFulfilledResult<SelfTest>).value);
  for (const t of tests) if (t.battery < 20) reasons.push(\`\${t.id} battery low\`);
  return reasons;
}`,
      // draining the queries a store keeps in its fields before ending the old pool: each was handed back to its caller when it started, and this wait is not where its failure is seen
      `interface Pool {
  query(sql: string): Promise<unknown[]>;
  end(): Promise<void>;
}
declare function createPool(uri: string): Pool;
export class SqlStore {
  private pool: Pool;
  private readonly pending = new Set<Promise<unknown[]>>();
  private ready: Promise<void> = Promise.resolve();
  constructor(uri: string) {
    this.pool = createPool(uri);
  }
  query(sql: string): Promise<unknown[]> {
    const running = this.ready.then(() => this.pool.query(sql));
    this.pending.add(running);
    running.then(
      () => this.pending.delete(running),
      () => this.pending.delete(running),
    );
    return running;
  }
  async switchTo(uri: string): Promise<void> {
    const previous = this.pool;
    const inFlight: Promise<unknown>[] = [...this.pending];
    inFlight.push(this.ready);
    this.pool = createPool(uri);
    await Promise.allSettled(inFlight);
    await previous.end();
  }
}`,
      // The fulfilled readings are counted against zero (a no-data fallback): the code weighs how many failed.
      `declare function readStation(url: string): Promise<{ windKmh: number }>;
export async function windNow(stations: string[]): Promise<number | 'no-data'> {
  const results = await Promise.allSettled(stations.map((url) => readStation(url)));
  const readings = results
    .filter((r): r is PromiseFulfilledResult<{ windKmh: number }> => r.status === 'fulfilled')
    .map((r) => r.value);
  if (readings.length === 0) return 'no-data';
  return Math.max(...readings.map((r) => r.windKmh));
}`,
      // the helper's results are handed back to the caller, who checks them
      `async function settleEach<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  return Promise.allSettled(items.map((item) => fn(item)));
}
declare function download(loggerId: string): Promise<{ id: string; maxC: number }>;
export function auditAll(loggerIds: readonly string[]): Promise<PromiseSettledResult<{ id: string; maxC: number }>[]> {
  return settleEach(loggerIds, download);
}`,
      // the helper's results are checked for rejections
      `async function settleEach<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  return Promise.allSettled(items.map((item) => fn(item)));
}
declare function download(loggerId: string): Promise<{ id: string; maxC: number }>;
export async function audit(loggerIds: readonly string[]): Promise<{ id: string; maxC: number }[]> {
  const settled = await settleEach(loggerIds, download);
  const failed = settled.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed.length > 0) throw new AggregateError(failed.map((r) => r.reason), \`\${failed.length} loggers failed\`);
  return settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
}`,
      // test code counts what answered; the assertion is its check
      `import { expect, it } from 'vitest';
declare function fetchStock(depot: string): Promise<{ depot: string; units: number }>;
it('sums what the depots that answered hold', async () => {
  const results = await Promise.allSettled(['a', 'b'].map(fetchStock));
  const units = results.filter((r) => r.status === 'fulfilled').length;
  expect(units).toBe(2);
});`,
      // failures logged, counted against the whole, shown as a placeholder, or handled after an early return of the fulfilled ones
      `declare function fetchStock(depot: string): Promise<{ depot: string; units: number }>;
// the failures are logged, counted, or shown as a placeholder
export async function logged(depots: string[]): Promise<number> {
  const results = await Promise.allSettled(depots.map(fetchStock));
  let total = 0;
  for (const r of results) {
    if (r.status === 'fulfilled') total += r.value.units;
    else console.warn('depot lookup failed', r.reason);
  }
  return total;
}
export async function counted(depots: string[]): Promise<{ total: number; partial: boolean }> {
  const results = await Promise.allSettled(depots.map(fetchStock));
  const stocks = results.filter((r): r is PromiseFulfilledResult<{ depot: string; units: number }> => r.status === 'fulfilled');
  return { total: stocks.reduce((sum, s) => sum + s.value.units, 0), partial: stocks.length < results.length };
}
export async function shown(depots: string[]): Promise<Array<number | 'unavailable'>> {
  const results = await Promise.allSettled(depots.map(fetchStock));
  return results.map((r) => (r.status === 'fulfilled' ? r.value.units : 'unavailable'));
}
export async function noted(depots: string[]): Promise<string[]> {
  const results = await Promise.allSettled(depots.map(fetchStock));
  const failed: string[] = [];
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') return;
    failed.push(depots[i]!);
  });
  return failed;
}`,
      // every operation handles its own rejection (a two-argument `then`, an async callback's `try`/`catch`): every result is fulfilled
      `declare function sync(account: string): Promise<number>;
export function syncAll(accounts: string[], report: (account: string, error: unknown) => void): Promise<void> {
  return Promise.allSettled(
    accounts.map((account) =>
      sync(account).then(
        (count) => console.info(\`\${account}: \${count}\`),
        (error) => report(account, error),
      ),
    ),
  ).then(() => undefined);
}
export async function syncEach(accounts: string[]): Promise<void> {
  await Promise.allSettled(
    accounts.map(async (account) => {
      try {
        await sync(account);
      } catch (error) {
        console.warn(account, error);
      }
    }),
  );
}`,
      // not awaited: the caller opts out of the outcome and no rejection can escape
      withPs(`void Promise.allSettled(ps);`),
      // test code: waiting for a task the test made fail on purpose, so that its rejection is absorbed
      `import { test } from 'node:test';
declare function enqueue(job: () => Promise<void>): Promise<void>;
test('reports the failure', async () => {
  const task = enqueue(async () => {
    throw new Error('boom');
  });
  await Promise.allSettled([task]);
});`,
      // a runner's globals at the top level, nothing binding them: test code too
      `declare function enqueue(job: () => Promise<void>): Promise<void>;
describe('queue', () => {
  it('drains', async () => {
    await Promise.allSettled([enqueue(async () => {})]);
  });
});`,
      // Promise.all rejects on its own
      `async function run(ps: Promise<number>[]) {
  await Promise.all(ps);
  const values = await Promise.all(ps);
  return values.length;
}`,
      // a custom allSettled, and a local named Promise
      `declare const pool: { allSettled(jobs: string[]): Promise<string[]> };
async function run() {
  await pool.allSettled(['a']);
  const names = await pool.allSettled(['b']);
  return names.length;
}`,
      `const Promise = { allSettled: async (jobs: string[]) => jobs };
export async function run() {
  await Promise.allSettled(['a']);
}`,
      // teardown: a function named for stopping things waits for everything to stop, whatever fails
      `class Pool {
  #clients: { quit(): Promise<void> }[] = [];
  async #destroy(stop: (client: { quit(): Promise<void> }) => Promise<unknown>) {
    await Promise.allSettled(this.#clients.map(stop));
  }
  closeAll = async () => {
    await Promise.allSettled(this.#clients.map((client) => client.quit()));
  };
}`,
      // every operation waited for is a stop call
      `declare const db: { close(): Promise<void> };
declare const cache: { quit(): Promise<void> } | undefined;
declare const sockets: { destroy(): Promise<void> }[];
export async function restart() {
  await Promise.allSettled([db.close(), cache?.quit()]);
  await Promise.allSettled(sockets.map((socket) => {
    return socket.destroy();
  }));
}`,
      // \`checkDiscarded: false\` allows waiting without looking
      {
        code: `async function run(ps: Promise<number>[]) {
  await Promise.allSettled(ps);
}`,
        options: [{ checkDiscarded: false }],
      },
    ],
    invalid: [
      // An exit only when every probe failed (`failed === probes.length`) leaves rejected results past it.
      {
        code: `declare function read(probe: number): Promise<{ cp: number }>;
export async function mean(probes: number[]): Promise<number> {
  const settled = await Promise.allSettled(probes.map((probe) => read(probe)));
  const failed = settled.filter((r) => r.status === 'rejected').length;
  if (failed === probes.length) throw new Error('no probe answered');
  const readings = settled.map((r) => (r as PromiseFulfilledResult<{ cp: number }>).value);
  return readings.reduce((sum, r) => sum + r.cp, 0) / readings.length;
}`,
        output: null,
        errors: [
          {
            messageId: 'unnarrowedValue',
            line: 6,
            column: 40,
            endLine: 6,
            endColumn: 83,
            suggestions: [
              {
                messageId: 'suggestNarrow',
                output: `declare function read(probe: number): Promise<{ cp: number }>;
export async function mean(probes: number[]): Promise<number> {
  const settled = await Promise.allSettled(probes.map((probe) => read(probe)));
  const failed = settled.filter((r) => r.status === 'rejected').length;
  if (failed === probes.length) throw new Error('no probe answered');
  const readings = settled.map((r) => (r.status === 'fulfilled' ? r.value : (() => { throw r.reason; })()));
  return readings.reduce((sum, r) => sum + r.cp, 0) / readings.length;
}`,
              },
            ],
          },
        ],
      },
      // The same wait in a `catch` that returns instead: the failures end there, unseen.
      {
        code: `declare function grade(tray: string): Promise<number>;
declare function checkTray(tray: string): void;
export async function gradeAll(trays: string[]): Promise<number[]> {
  const pending: Array<Promise<number>> = [];
  try {
    for (const tray of trays) {
      checkTray(tray);
      pending.push(grade(tray));
    }
  } catch (err) {
    await Promise.allSettled(pending);
    return [];
  }
  return Promise.all(pending);
}`,
        output: null,
        errors: [
          {
            messageId: 'discardedResults',
            line: 11,
            column: 11,
            endLine: 11,
            endColumn: 38,
            suggestions: [],
          },
        ],
      },
      // the same catch keeps what made it and returns: the failures are lost
      {
        code: `declare const cdn: { upload(name: string): Promise<string>; remove(key: string): Promise<void> };

export async function uploadAll(names: string[]): Promise<string[]> {
  const uploads = names.map((name) => cdn.upload(name));
  try {
    return await Promise.all(uploads);
  } catch {
    // Keep what made it and carry on as if the rest never existed.
    const settled = await Promise.allSettled(uploads);
    return settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'droppedRejections',
            line: 9,
            column: 11,
            endLine: 9,
            endColumn: 18,
            suggestions: [],
          },
        ],
      },
      // The same polls able to reject (a reject call and a throw): the failures are lost
      {
        code: `interface Pool {
  size: number;
  minSize: number;
}

function reachesMinimum(pool: Pool): Promise<boolean> {
  return new Promise((resolve, reject) => {
    if (pool.minSize < 0) reject(new RangeError("bad minimum"));
    const check = () => {
      if (pool.size < 0) throw new RangeError("negative pool");
      if (pool.size >= pool.minSize) resolve(true);
      else setImmediate(check);
    };
    check();
  });
}

export async function warmUp(pools: Pool[], deadline: Promise<never>): Promise<void> {
  const checks = pools.map((pool) => reachesMinimum(pool));
  await Promise.race([Promise.allSettled(checks), deadline]);
}`,
        output: null,
        errors: [
          {
            messageId: 'discardedResults',
            line: 20,
            column: 9,
            endLine: 20,
            endColumn: 61,
            suggestions: [
              {
                messageId: 'suggestThrowOnRejection',
                output: `interface Pool {
  size: number;
  minSize: number;
}

function reachesMinimum(pool: Pool): Promise<boolean> {
  return new Promise((resolve, reject) => {
    if (pool.minSize < 0) reject(new RangeError("bad minimum"));
    const check = () => {
      if (pool.size < 0) throw new RangeError("negative pool");
      if (pool.size >= pool.minSize) resolve(true);
      else setImmediate(check);
    };
    check();
  });
}

export async function warmUp(pools: Pool[], deadline: Promise<never>): Promise<void> {
  const checks = pools.map((pool) => reachesMinimum(pool));
  const results = await Promise.race([Promise.allSettled(checks), deadline]);
  const rejected = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (rejected.length > 0) throw new AggregateError(rejected.map((result) => result.reason), 'Promise.allSettled: some operations failed');
}`,
              },
            ],
          },
        ],
      },
      // an exit before the results exist (a guard on the input) and a status count that exits nothing: the cast still claims a value
      {
        code: `interface SelfTest {
  id: string;
  battery: number;
}
declare const seismo: { selfTest(id: string): Promise<SelfTest> };
export async function readiness(ids: string[]): Promise<string[]> {
  if (ids.length === 0) throw new Error('no seismographs assigned');
  const reasons: string[] = [];
  const checks = await Promise.allSettled(ids.map((id) => seismo.selfTest(id)));
  const offline = checks.filter((c) => c.status === 'rejected').length;
  if (offline > 1) reasons.push(\`\${offline} offline\`);
  const tests = checks.map((c) => (c as PromiseFulfilledResult<SelfTest>).value);
  for (const t of tests) if (t.battery < 20) reasons.push(\`\${t.id} battery low\`);
  return reasons;
}`,
        output: null,
        errors: [
          {
            messageId: 'unnarrowedValue',
            line: 12,
            column: 36,
            endLine: 12,
            endColumn: 73,
            suggestions: [
              {
                messageId: 'suggestNarrow',
                output: `interface SelfTest {
  id: string;
  battery: number;
}
declare const seismo: { selfTest(id: string): Promise<SelfTest> };
export async function readiness(ids: string[]): Promise<string[]> {
  if (ids.length === 0) throw new Error('no seismographs assigned');
  const reasons: string[] = [];
  const checks = await Promise.allSettled(ids.map((id) => seismo.selfTest(id)));
  const offline = checks.filter((c) => c.status === 'rejected').length;
  if (offline > 1) reasons.push(\`\${offline} offline\`);
  const tests = checks.map((c) => (c.status === 'fulfilled' ? c.value : (() => { throw c.reason; })()));
  for (const t of tests) if (t.battery < 20) reasons.push(\`\${t.id} battery low\`);
  return reasons;
}`,
              },
            ],
          },
        ],
      },
      // a field's entries read out, but the sends started here: their failures are dropped
      {
        code: `declare const mailer: { send(to: string): Promise<void> };
export class Notifier {
  private readonly queue: string[] = [];
  async flush(): Promise<void> {
    const batch = [...this.queue];
    this.queue.length = 0;
    await Promise.allSettled(batch.map((to) => mailer.send(to)));
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'discardedResults',
            line: 7,
            column: 11,
            endLine: 7,
            endColumn: 65,
            suggestions: [
              {
                messageId: 'suggestThrowOnRejection',
                output: `declare const mailer: { send(to: string): Promise<void> };
export class Notifier {
  private readonly queue: string[] = [];
  async flush(): Promise<void> {
    const batch = [...this.queue];
    this.queue.length = 0;
    const results = await Promise.allSettled(batch.map((to) => mailer.send(to)));
    const rejected = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (rejected.length > 0) throw new AggregateError(rejected.map((result) => result.reason), 'Promise.allSettled: some operations failed');
  }
}`,
              },
            ],
          },
        ],
      },
      // the same drain with a query started right here pushed in: nothing else sees that one fail
      {
        code: `interface Pool {
  query(sql: string): Promise<unknown[]>;
  end(): Promise<void>;
}
declare function createPool(uri: string): Pool;
export class SqlStore {
  private pool: Pool;
  private readonly pending = new Set<Promise<unknown[]>>();
  private ready: Promise<void> = Promise.resolve();
  constructor(uri: string) {
    this.pool = createPool(uri);
  }
  query(sql: string): Promise<unknown[]> {
    const running = this.ready.then(() => this.pool.query(sql));
    this.pending.add(running);
    running.then(
      () => this.pending.delete(running),
      () => this.pending.delete(running),
    );
    return running;
  }
  async switchTo(uri: string): Promise<void> {
    const previous = this.pool;
    const inFlight: Promise<unknown>[] = [...this.pending];
    inFlight.push(this.ready.then(() => this.pool.query('select 1')));
    this.pool = createPool(uri);
    await Promise.allSettled(inFlight);
    await previous.end();
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'discardedResults',
            line: 27,
            column: 11,
            endLine: 27,
            endColumn: 39,
            suggestions: [
              {
                messageId: 'suggestThrowOnRejection',
                output: `interface Pool {
  query(sql: string): Promise<unknown[]>;
  end(): Promise<void>;
}
declare function createPool(uri: string): Pool;
export class SqlStore {
  private pool: Pool;
  private readonly pending = new Set<Promise<unknown[]>>();
  private ready: Promise<void> = Promise.resolve();
  constructor(uri: string) {
    this.pool = createPool(uri);
  }
  query(sql: string): Promise<unknown[]> {
    const running = this.ready.then(() => this.pool.query(sql));
    this.pending.add(running);
    running.then(
      () => this.pending.delete(running),
      () => this.pending.delete(running),
    );
    return running;
  }
  async switchTo(uri: string): Promise<void> {
    const previous = this.pool;
    const inFlight: Promise<unknown>[] = [...this.pending];
    inFlight.push(this.ready.then(() => this.pool.query('select 1')));
    this.pool = createPool(uri);
    const results = await Promise.allSettled(inFlight);
    const rejected = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (rejected.length > 0) throw new AggregateError(rejected.map((result) => result.reason), 'Promise.allSettled: some operations failed');
    await previous.end();
  }
}`,
              },
            ],
          },
        ],
      },
      {
        // Only the fulfilled readings are kept, and nothing counts them: a station that fails is dropped unseen.
        code: `declare function readStation(url: string): Promise<{ windKmh: number }>;
export async function windNow(stations: string[]): Promise<number | 'no-data'> {
  const results = await Promise.allSettled(stations.map((url) => readStation(url)));
  const readings = results
    .filter((r): r is PromiseFulfilledResult<{ windKmh: number }> => r.status === 'fulfilled')
    .map((r) => r.value);
  return Math.max(...readings.map((r) => r.windKmh));
}`,
        errors: [
          {
            messageId: 'droppedRejections',
            line: 3,
            column: 9,
            endLine: 3,
            endColumn: 16,
            suggestions: [
              {
                messageId: 'suggestLogRejections',
                output: `declare function readStation(url: string): Promise<{ windKmh: number }>;
export async function windNow(stations: string[]): Promise<number | 'no-data'> {
  const results = await Promise.allSettled(stations.map((url) => readStation(url)));
  for (const result of results) if (result.status === 'rejected') console.error(result.reason);
  const readings = results
    .filter((r): r is PromiseFulfilledResult<{ windKmh: number }> => r.status === 'fulfilled')
    .map((r) => r.value);
  return Math.max(...readings.map((r) => r.windKmh));
}`,
              },
            ],
          },
        ],
      },
      {
        // results of a helper typed to return `Promise<PromiseSettledResult<R>[]>` are followed like those of `Promise.allSettled` itself
        code: `async function settleEach<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  return Promise.allSettled(items.map((item) => fn(item)));
}
declare function download(loggerId: string): Promise<{ id: string; maxC: number }>;
export async function audit(loggerIds: readonly string[]): Promise<{ id: string; maxC: number }[]> {
  const settled = await settleEach(loggerIds, download);
  return settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
}`,
        errors: [
          {
            messageId: 'droppedRejections',
            line: 6,
            column: 9,
            endLine: 6,
            endColumn: 16,
            suggestions: [
              {
                messageId: 'suggestLogRejections',
                output: `async function settleEach<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  return Promise.allSettled(items.map((item) => fn(item)));
}
declare function download(loggerId: string): Promise<{ id: string; maxC: number }>;
export async function audit(loggerIds: readonly string[]): Promise<{ id: string; maxC: number }[]> {
  const settled = await settleEach(loggerIds, download);
  for (const result of settled) if (result.status === 'rejected') console.error(result.reason);
  return settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
}`,
              },
            ],
          },
        ],
      },
      // fulfilled-only picks: `continue` past the rest, a named guard, an empty array on the rejected side; results assigned to a `let` in a `try`
      {
        code: `declare function migrate(tenant: string): Promise<string>;
const isFulfilled = <T,>(r: PromiseSettledResult<T>): r is PromiseFulfilledResult<T> => r.status === 'fulfilled';
export async function migrateAll(tenants: string[]): Promise<string[]> {
  let results: PromiseSettledResult<string>[];
  try {
    results = await Promise.allSettled(tenants.map(migrate));
  } finally {
    console.log('migrations done');
  }
  const receipts: string[] = [];
  for (const r of results) {
    if (r.status !== 'fulfilled') continue;
    receipts.push(r.value);
  }
  return [...receipts, ...results.filter(isFulfilled).map((r) => r.value)];
}
export async function purge(regions: string[]): Promise<string[]> {
  const settled = await Promise.allSettled(regions.map(migrate));
  return settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
}`,
        errors: [
          {
            messageId: 'droppedRejections',
            line: 6,
            column: 5,
            endLine: 6,
            endColumn: 12,
            suggestions: [],
          },
          {
            messageId: 'droppedRejections',
            line: 18,
            column: 9,
            endLine: 18,
            endColumn: 16,
            suggestions: [
              {
                messageId: 'suggestLogRejections',
                output: `declare function migrate(tenant: string): Promise<string>;
const isFulfilled = <T,>(r: PromiseSettledResult<T>): r is PromiseFulfilledResult<T> => r.status === 'fulfilled';
export async function migrateAll(tenants: string[]): Promise<string[]> {
  let results: PromiseSettledResult<string>[];
  try {
    results = await Promise.allSettled(tenants.map(migrate));
  } finally {
    console.log('migrations done');
  }
  const receipts: string[] = [];
  for (const r of results) {
    if (r.status !== 'fulfilled') continue;
    receipts.push(r.value);
  }
  return [...receipts, ...results.filter(isFulfilled).map((r) => r.value)];
}
export async function purge(regions: string[]): Promise<string[]> {
  const settled = await Promise.allSettled(regions.map(migrate));
  for (const result of settled) if (result.status === 'rejected') console.error(result.reason);
  return settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
}`,
              },
            ],
          },
        ],
      },
      // status read only to keep the fulfilled results (a type-predicate filter): every failure is dropped without a look
      {
        code: `declare function fetchStock(depot: string): Promise<{ depot: string; units: number }>;
export async function totalUnits(depots: string[]): Promise<number> {
  const results = await Promise.allSettled(depots.map(fetchStock));
  const stocks = results.filter((r): r is PromiseFulfilledResult<{ depot: string; units: number }> => r.status === 'fulfilled').map((r) => r.value);
  return stocks.reduce((sum, stock) => sum + stock.units, 0);
}`,
        errors: [
          {
            messageId: 'droppedRejections',
            line: 3,
            column: 9,
            endLine: 3,
            endColumn: 16,
            suggestions: [
              {
                messageId: 'suggestLogRejections',
                output: `declare function fetchStock(depot: string): Promise<{ depot: string; units: number }>;
export async function totalUnits(depots: string[]): Promise<number> {
  const results = await Promise.allSettled(depots.map(fetchStock));
  for (const result of results) if (result.status === 'rejected') console.error(result.reason);
  const stocks = results.filter((r): r is PromiseFulfilledResult<{ depot: string; units: number }> => r.status === 'fulfilled').map((r) => r.value);
  return stocks.reduce((sum, stock) => sum + stock.units, 0);
}`,
              },
            ],
          },
        ],
      },
      // a `then` with no rejection handler leaves each failure in the results, which are discarded
      {
        code: `declare function sync(account: string): Promise<number>;
export async function syncAll(accounts: string[]): Promise<void> {
  await Promise.allSettled(accounts.map((account) => sync(account).then((count) => console.info(\`\${account}: \${count}\`))));
}`,
        errors: [
          {
            messageId: 'discardedResults',
            line: 3,
            column: 9,
            endLine: 3,
            endColumn: 123,
            suggestions: [
              {
                messageId: 'suggestThrowOnRejection',
                output: `declare function sync(account: string): Promise<number>;
export async function syncAll(accounts: string[]): Promise<void> {
  const results = await Promise.allSettled(accounts.map((account) => sync(account).then((count) => console.info(\`\${account}: \${count}\`))));
  const rejected = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (rejected.length > 0) throw new AggregateError(rejected.map((result) => result.reason), 'Promise.allSettled: some operations failed');
}`,
              },
            ],
          },
        ],
      },
      {
        code: `async function run(ps: Promise<number>[]) {
  await Promise.allSettled(ps);
}`,
        errors: [
          {
            messageId: 'discardedResults',
            line: 2,
            column: 9,
            endLine: 2,
            endColumn: 31,
            suggestions: [
              {
                messageId: 'suggestThrowOnRejection',
                output: `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  ${throwAll('results').join('\n  ')}
}`,
              },
            ],
          },
        ],
      },
      {
        // top-level await in an ES module
        code: withPs(`await Promise.allSettled(ps);`),
        errors: [
          {
            messageId: 'discardedResults',
            line: 2,
            column: 7,
            endLine: 2,
            endColumn: 29,
            suggestions: [
              {
                messageId: 'suggestThrowOnRejection',
                output: withPs(`const results = await Promise.allSettled(ps);
${throwAll('results').join('\n')}`),
              },
            ],
          },
        ],
      },
      {
        // class method
        code: `class Batch {
  constructor(private readonly jobs: Promise<number>[]) {}
  async run(): Promise<void> {
    await Promise.allSettled(this.jobs);
  }
}`,
        errors: [
          {
            messageId: 'discardedResults',
            line: 4,
            column: 11,
            endLine: 4,
            endColumn: 40,
            suggestions: [
              {
                messageId: 'suggestThrowOnRejection',
                output: `class Batch {
  constructor(private readonly jobs: Promise<number>[]) {}
  async run(): Promise<void> {
    const results = await Promise.allSettled(this.jobs);
    ${throwAll('results').join('\n    ')}
  }
}`,
              },
            ],
          },
        ],
      },
      {
        // not teardown: \`closeness\` is no stop verb, and one of the operations is a save
        code: `declare const db: { close(): Promise<void>; save(): Promise<void> };
export async function closeness() {
  await Promise.allSettled([db.close(), db.save()]);
}`,
        errors: [
          {
            messageId: 'discardedResults',
            line: 3,
            column: 9,
            endLine: 3,
            endColumn: 52,
            suggestions: [
              {
                messageId: 'suggestThrowOnRejection',
                output: `declare const db: { close(): Promise<void>; save(): Promise<void> };
export async function closeness() {
  const results = await Promise.allSettled([db.close(), db.save()]);
  ${throwAll('results').join('\n  ')}
}`,
              },
            ],
          },
        ],
      },
      {
        code: withPs(`export const done = Promise.allSettled(ps).then(() => 'done');`),
        errors: [{ messageId: 'discardedResults', line: 2, column: 21, endLine: 2, endColumn: 43, suggestions: [] }],
      },
    ],
  });
});

describe('the throw-on-rejection suggestion: its shape, names, layout, JavaScript, promotion to a fix', () => {
  ruleTester.run('no-unchecked-settled-results', rule, {
    valid: [
      // a whole-array check that throws first (the shape suggestThrowOnRejection writes) narrows every element
      `declare function loadAll(): Promise<number>[];
export async function total() {
  const results = await Promise.allSettled(loadAll());
  if (results.some((result) => result.status === 'rejected')) throw new Error('some loads failed');
  return results.map((result) => (result as PromiseFulfilledResult<number>).value);
}`,
      `declare function loadAll(): Promise<number>[];
export async function total() {
  const results = await Promise.allSettled(loadAll());
  const rejected = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (rejected.length > 0) throw new AggregateError(rejected.map((result) => result.reason), 'failed');
  return (results[0] as PromiseFulfilledResult<number>).value;
}`,
    ],
    invalid: [
      {
        // one line: the statements stay on it; taken names get a suffix
        code: 'async function run(ps: Promise<number>[], results: unknown, rejected: unknown) { await Promise.allSettled(/* all */ ps); }',
        errors: [
          {
            messageId: 'discardedResults',
            line: 1,
            column: 88,
            endLine: 1,
            endColumn: 120,
            suggestions: [
              {
                messageId: 'suggestThrowOnRejection',
                output: `async function run(ps: Promise<number>[], results: unknown, rejected: unknown) { const results2 = await Promise.allSettled(/* all */ ps); ${throwAll('results2', 'rejected2').join(' ')} }`,
              },
            ],
          },
        ],
      },
      {
        // nested function: names are free in the inner scope
        code: `function schedule(ps: Promise<number>[]) {
  const results = ps.length;
  return async () => {
    await Promise.allSettled(ps);
    return results;
  };
}`,
        errors: [
          {
            messageId: 'discardedResults',
            line: 4,
            column: 11,
            endLine: 4,
            endColumn: 33,
            suggestions: [
              {
                messageId: 'suggestThrowOnRejection',
                output: `function schedule(ps: Promise<number>[]) {
  const results = ps.length;
  return async () => {
    const results2 = await Promise.allSettled(ps);
    ${throwAll('results2').join('\n    ')}
    return results;
  };
}`,
              },
            ],
          },
        ],
      },
      {
        // a local `AggregateError` hides the global one: throw the first reason instead
        code: `async function run(ps: Promise<number>[], AggregateError: unknown) {
  await Promise.allSettled(ps);
}`,
        errors: [
          {
            messageId: 'discardedResults',
            line: 2,
            column: 9,
            endLine: 2,
            endColumn: 31,
            suggestions: [
              {
                messageId: 'suggestThrowOnRejection',
                output: `async function run(ps: Promise<number>[], AggregateError: unknown) {
  const results = await Promise.allSettled(ps);
  const rejection = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (rejection) throw rejection.reason;
}`,
              },
            ],
          },
        ],
      },
      {
        // JavaScript: no type predicate
        code: javascriptCode,
        filename: javascriptFile,
        languageOptions: { parserOptions: { projectService: false, programs: [javascriptProgram(javascriptCode)] } },
        errors: [
          {
            messageId: 'discardedResults',
            line: 2,
            column: 9,
            endLine: 2,
            endColumn: 31,
            suggestions: [
              {
                messageId: 'suggestThrowOnRejection',
                output: `export async function run(ps) {
  const results = await Promise.allSettled(ps);
  const rejected = results.filter((result) => result.status === 'rejected');
  if (rejected.length > 0) throw new AggregateError(rejected.map((result) => result.reason), 'Promise.allSettled: some operations failed');
}`,
              },
            ],
          },
        ],
      },
      {
        // promoted to a fix by the plugin setting
        code: `async function run(ps: Promise<number>[]) {
  await Promise.allSettled(ps);
}`,
        settings: { settle: { promoteToFix: ['no-unchecked-settled-results/suggestThrowOnRejection'] } },
        output: `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  ${throwAll('results').join('\n  ')}
}`,
        errors: [
          {
            messageId: 'discardedResults',
            line: 2,
            column: 9,
            endLine: 2,
            endColumn: 31,
            suggestions: [
              {
                messageId: 'suggestThrowOnRejection',
                output: `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  ${throwAll('results').join('\n  ')}
}`,
              },
            ],
          },
        ],
      },
      {
        // not a statement of a block: no place for the new declarations
        code: `async function run(ps: Promise<number>[], wait: boolean) {
  if (wait) await Promise.allSettled(ps);
}`,
        errors: [{ messageId: 'discardedResults', line: 2, column: 19, endLine: 2, endColumn: 41, suggestions: [] }],
      },
    ],
  });
});

describe('uncheckedResults: results kept but their status never read', () => {
  ruleTester.run('no-unchecked-settled-results', rule, {
    valid: [
      // status read in a filter callback
      `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  const failed = results.filter((r) => r.status === 'rejected');
  return failed.length;
}`,
      // status read in a loop
      `declare function log(reason: unknown): void;
declare function use(value: number): void;
async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  for (const r of results) {
    if (r.status === 'rejected') log(r.reason);
    else use(r.value);
  }
}`,
      // destructured status in a callback
      `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  results.forEach(({ status }) => console.log(status));
}`,
      // index access and optional chain
      `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  return results[0]?.status;
}`,
      // \`in\` narrows too
      `declare function use(value: number): void;
async function run(ps: Promise<number>[]) {
  for (const r of await Promise.allSettled(ps)) if ('value' in r) use(r.value);
}`,
      `declare function use(value: number): void;
async function run(ps: Promise<number>[]) {
  for (const { status, ...rest } of await Promise.allSettled(ps)) if (status === 'rejected') throw new Error('failed', { cause: rest });
}`,
      // reduce: the element is the second parameter
      `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  return results.reduce((count, r) => count + (r.status === 'rejected' ? 1 : 0), 0);
}`,
      // destructured tuple with a status check
      `declare const x: Promise<number>, y: Promise<string>;
async function run() {
  const [a, b] = await Promise.allSettled([x, y]);
  if (a.status === 'rejected') throw a.reason;
  return b;
}`,
      // the check lives in a nested function
      `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  const failed = () => results.some((r) => r.status === 'rejected');
  return failed();
}`,
      // handed off: passed to a helper, returned, stored on \`this\`, exported
      `declare function report(results: PromiseSettledResult<number>[]): void;
async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  report(results);
}`,
      `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  return results;
}`,
      `class Batch {
  results: PromiseSettledResult<number>[] = [];
  async run(ps: Promise<number>[]) {
    const results = await Promise.allSettled(ps);
    this.results = results;
  }
}`,
      withPs(`export const results = await Promise.allSettled(ps);`),
      // an element callback given by reference
      `declare function isRejected(r: PromiseSettledResult<number>): r is PromiseRejectedResult;
async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  return results.filter(isRejected).length;
}`,
      // \`.then\` forms
      withPs(`export const fulfilled = Promise.allSettled(ps).then((results) => results.filter((r) => r.status === 'fulfilled'));`),
      `declare function report(results: PromiseSettledResult<number>[]): void;
declare const ps: Promise<number>[];
void Promise.allSettled(ps).then(report);`,
    ],
    invalid: [
      {
        // one destructured result is checked, the other is never looked at
        code: `declare function charge(id: string): Promise<number>;
declare function email(id: string): Promise<void>;
export async function pay(id: string) {
  const [paid, mailed] = await Promise.allSettled([charge(id), email(id)]);
  if (paid.status === 'rejected') throw paid.reason;
  return paid.value;
}`,
        errors: [
          {
            messageId: 'uncheckedResults',
            data: { name: 'mailed' },
            line: 4,
            column: 16,
            endLine: 4,
            endColumn: 22,
            suggestions: [
              {
                messageId: 'suggestThrowOnRejection',
                output: `declare function charge(id: string): Promise<number>;
declare function email(id: string): Promise<void>;
export async function pay(id: string) {
  const [paid, mailed] = await Promise.allSettled([charge(id), email(id)]);
  if (mailed.status === 'rejected') throw mailed.reason;
  if (paid.status === 'rejected') throw paid.reason;
  return paid.value;
}`,
              },
            ],
          },
        ],
      },
      {
        code: `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  return results.length;
}`,
        errors: [
          {
            messageId: 'uncheckedResults',
            line: 2,
            column: 9,
            endLine: 2,
            endColumn: 16,
            suggestions: [
              {
                messageId: 'suggestThrowOnRejection',
                output: `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  ${throwAll('results').join('\n  ')}
  return results.length;
}`,
              },
            ],
          },
        ],
      },
      {
        // the elements are visited but never checked; `checkDiscarded: false` does not change this
        code: `async function run(ps: Promise<number>[]) {
  const settled: PromiseSettledResult<number>[] = await Promise.allSettled(ps);
  let count = 0;
  for (const r of settled) count += r ? 1 : 0;
  return count;
}`,
        options: [{ checkDiscarded: false }],
        errors: [
          {
            messageId: 'uncheckedResults',
            line: 2,
            column: 9,
            endLine: 2,
            endColumn: 48,
            suggestions: [
              {
                messageId: 'suggestThrowOnRejection',
                output: `async function run(ps: Promise<number>[]) {
  const settled: PromiseSettledResult<number>[] = await Promise.allSettled(ps);
  ${throwAll('settled').join('\n  ')}
  let count = 0;
  for (const r of settled) count += r ? 1 : 0;
  return count;
}`,
              },
            ],
          },
        ],
      },
      {
        // destructured: neither element is checked
        code: `declare const x: Promise<number>, y: Promise<string>;
async function run() {
  const [a, b] = await Promise.allSettled([x, y]);
  return a === b;
}`,
        errors: [
          {
            messageId: 'uncheckedResults',
            line: 3,
            column: 9,
            endLine: 3,
            endColumn: 15,
            suggestions: [
              {
                messageId: 'suggestThrowOnRejection',
                output: `declare const x: Promise<number>, y: Promise<string>;
async function run() {
  const [a, b] = await Promise.allSettled([x, y]);
  ${throwAll('[a, b]').join('\n  ')}
  return a === b;
}`,
              },
            ],
          },
        ],
      },
      {
        // a \`.then\` parameter: reported without a suggestion
        code: withPs(`export const count = Promise.allSettled(ps).then((results) => results.length);`),
        errors: [{ messageId: 'uncheckedResults', line: 2, column: 51, endLine: 2, endColumn: 58, suggestions: [] }],
      },
      {
        // looping straight over the results
        code: `async function run(ps: Promise<number>[]) {
  for (const result of await Promise.allSettled(ps)) console.log(typeof result);
}`,
        errors: [{ messageId: 'uncheckedResults', line: 2, column: 14, endLine: 2, endColumn: 20, suggestions: [] }],
      },
      {
        // \`any\` promises still give settled results
        code: `async function run(jobs: any) {
  const results = await Promise.allSettled(jobs);
  return results.length;
}`,
        errors: [
          {
            messageId: 'uncheckedResults',
            line: 2,
            column: 9,
            endLine: 2,
            endColumn: 16,
            suggestions: [
              {
                messageId: 'suggestThrowOnRejection',
                output: `async function run(jobs: any) {
  const results = await Promise.allSettled(jobs);
  ${throwAll('results').join('\n  ')}
  return results.length;
}`,
              },
            ],
          },
        ],
      },
    ],
  });
});

describe('unnarrowedValue: a result asserted fulfilled without checking status', () => {
  ruleTester.run('no-unchecked-settled-results', rule, {
    valid: [
      // The same cast after a check that throws on any failure (failed > 0): every result left is fulfilled.
      `declare const stations: { readings(id: string): Promise<number[]> };
export async function averages(ids: readonly string[]): Promise<number[]> {
  const results = await Promise.allSettled(ids.map((id) => stations.readings(id)));
  const failed = results.filter((r) => r.status === 'rejected').length;
  if (failed > 0) throw new Error(\`\${failed} of \${ids.length} stations failed\`);
  return results.map((r) => {
    const values = (r as PromiseFulfilledResult<number[]>).value;
    return values.reduce((a, b) => a + b, 0) / values.length;
  });
}`,
      // a whole-array check that returns early narrows the elements after it
      `export async function valuesOrNull<T>(ps: Promise<T>[]): Promise<T[] | null> {
  const results = await Promise.allSettled(ps);
  for (const result of results) if (result.status === 'rejected') return null;
  return results.map((result) => (result as PromiseFulfilledResult<T>).value);
}`,
      // the assertion follows a check on the same local
      `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  if (results.some((r) => r.status === 'rejected')) throw new Error('failed');
  return (results as PromiseFulfilledResult<number>[]).map((r) => r.value);
}`,
      // narrowed before the assertion
      `function valueOf(r: PromiseSettledResult<number>) {
  if (r.status === 'rejected') throw r.reason;
  return (r as PromiseFulfilledResult<number>).value;
}`,
      // assertions that do not skip narrowing
      `function valueOf(r: PromiseSettledResult<number>) {
  return (r as PromiseSettledResult<number> | undefined)?.status;
}`,
      `declare const data: unknown;
export const value = (data as PromiseFulfilledResult<number>).value;`,
      // each asserted element is narrowed itself: its own \`status\`, \`in\`, or a \`filter\`/\`find\` upstream
      `declare function loadProfile(): Promise<{ name: string }>;
declare function loadSettings(): Promise<{ theme: string }>;
export async function page() {
  const [profile, settings] = await Promise.allSettled([loadProfile(), loadSettings()]);
  return {
    profile: profile.status === 'fulfilled' ? ((profile as any).value as { name: string }) : null,
    settings: settings.status === 'fulfilled' ? settings.value : null,
  };
}`,
      `declare const remoteP: Promise<string>, diskP: Promise<string>;
export async function config() {
  const [remote, disk] = await Promise.allSettled([remoteP, diskP]);
  if (remote.status === 'fulfilled') return remote.value;
  if (disk.status === 'rejected') throw disk.reason;
  return (disk as PromiseFulfilledResult<string>).value;
}`,
      `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  let total = 0;
  for (const r of results) {
    if (r.status !== 'fulfilled') continue;
    total += (r as PromiseFulfilledResult<number>).value;
  }
  return total;
}`,
      `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  return results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<number>).value);
}`,
      // no type predicate is inferred for these callbacks: the \`status\` read itself counts
      `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  const fulfilled = results.filter((r) => {
    return r.status === 'fulfilled' && r.value > 0;
  });
  for (const r of fulfilled.slice(1)) console.log((r as PromiseFulfilledResult<number>).value);
  const [first] = fulfilled;
  const last = results.findLast((r) => 'value' in r && r.value > 0);
  return (first as PromiseFulfilledResult<number>).value + (last as PromiseFulfilledResult<number>).value;
}`,
      `async function run(ps: Promise<number>[]) {
  const rs = await Promise.allSettled(ps);
  if (rs[0]?.status === 'fulfilled') return (rs[0] as PromiseFulfilledResult<number>).value;
  return 0;
}`,
      `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  return results.map((r) => ('value' in r ? (r as { value?: number }).value : 0));
}`,
      // a type guard already narrowed the element; a union without \`value\` skips nothing
      `declare function isFulfilled(r: PromiseSettledResult<number>): r is PromiseFulfilledResult<number>;
async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  return results.filter(isFulfilled).map((r) => (r as PromiseFulfilledResult<number>).value);
}`,
      `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  return results.map((r) => (r as PromiseFulfilledResult<number> | PromiseRejectedResult).status);
}`,
    ],
    invalid: [
      // A tolerance check that throws only past half the stations narrows nothing: the rest may still hold rejected results, and the cast reads their missing value.
      {
        code: `declare const stations: { readings(id: string): Promise<number[]> };
export async function averages(ids: readonly string[]): Promise<number[]> {
  const results = await Promise.allSettled(ids.map((id) => stations.readings(id)));
  const failed = results.filter((r) => r.status === 'rejected').length;
  if (failed > ids.length / 2) throw new Error(\`\${failed} of \${ids.length} stations failed\`);
  return results.map((r) => {
    const values = (r as PromiseFulfilledResult<number[]>).value;
    return values.reduce((a, b) => a + b, 0) / values.length;
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'unnarrowedValue',
            line: 7,
            column: 21,
            endLine: 7,
            endColumn: 58,
            suggestions: [
              {
                messageId: 'suggestNarrow',
                output: `declare const stations: { readings(id: string): Promise<number[]> };
export async function averages(ids: readonly string[]): Promise<number[]> {
  const results = await Promise.allSettled(ids.map((id) => stations.readings(id)));
  const failed = results.filter((r) => r.status === 'rejected').length;
  if (failed > ids.length / 2) throw new Error(\`\${failed} of \${ids.length} stations failed\`);
  return results.map((r) => {
    const values = (r.status === 'fulfilled' ? r.value : (() => { throw r.reason; })());
    return values.reduce((a, b) => a + b, 0) / values.length;
  });
}`,
              },
            ],
          },
        ],
      },
      {
        code: `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  for (const r of results) console.log((r as PromiseFulfilledResult<number>).value);
}`,
        errors: [
          {
            messageId: 'unnarrowedValue',
            line: 3,
            column: 41,
            endLine: 3,
            endColumn: 76,
            suggestions: [
              {
                messageId: 'suggestNarrow',
                output: `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  for (const r of results) console.log((r.status === 'fulfilled' ? r.value : (() => { throw r.reason; })()));
}`,
              },
            ],
          },
        ],
      },
      {
        // the whole array asserted: check it right after its declaration
        code: `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  return (results as PromiseFulfilledResult<number>[]).map((r) => r.value);
}`,
        errors: [
          {
            messageId: 'unnarrowedValue',
            line: 3,
            column: 11,
            endLine: 3,
            endColumn: 54,
            suggestions: [
              {
                messageId: 'suggestThrowOnRejection',
                output: `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  ${throwAll('results').join('\n  ')}
  return (results as PromiseFulfilledResult<number>[]).map((r) => r.value);
}`,
              },
            ],
          },
        ],
      },
      {
        // \`as any\`, \`<T>\` and \`as unknown as T\` on a parameter
        code: `export const valueOf = (r: PromiseSettledResult<number>) => (r as any).value;`,
        errors: [
          {
            messageId: 'unnarrowedValue',
            line: 1,
            column: 62,
            endLine: 1,
            endColumn: 70,
            suggestions: [
              {
                messageId: 'suggestNarrow',
                output: `export const valueOf = (r: PromiseSettledResult<number>) => (r.status === 'fulfilled' ? r.value : (() => { throw r.reason; })());`,
              },
            ],
          },
        ],
      },
      {
        code: `export const valueOf = (r: PromiseSettledResult<number>) => (<PromiseFulfilledResult<number>>r).value;`,
        errors: [
          {
            messageId: 'unnarrowedValue',
            line: 1,
            column: 62,
            endLine: 1,
            endColumn: 95,
            suggestions: [
              {
                messageId: 'suggestNarrow',
                output: `export const valueOf = (r: PromiseSettledResult<number>) => (r.status === 'fulfilled' ? r.value : (() => { throw r.reason; })());`,
              },
            ],
          },
        ],
      },
      {
        code: `export const valueOf = (r: PromiseSettledResult<number>) => (r as unknown as PromiseFulfilledResult<number>).value;`,
        errors: [
          {
            messageId: 'unnarrowedValue',
            line: 1,
            column: 62,
            endLine: 1,
            endColumn: 108,
            suggestions: [
              {
                messageId: 'suggestNarrow',
                output: `export const valueOf = (r: PromiseSettledResult<number>) => (r.status === 'fulfilled' ? r.value : (() => { throw r.reason; })());`,
              },
            ],
          },
        ],
      },
      {
        // inside an element callback of a \`.then\` parameter
        code: withPs(
          `export const values = Promise.allSettled(ps).then((results) => results.map((r) => (r as PromiseFulfilledResult<number>).value));`,
        ),
        errors: [
          {
            messageId: 'unnarrowedValue',
            line: 2,
            column: 84,
            endLine: 2,
            endColumn: 119,
            suggestions: [
              {
                messageId: 'suggestNarrow',
                output: withPs(
                  `export const values = Promise.allSettled(ps).then((results) => results.map((r) => (r.status === 'fulfilled' ? r.value : (() => { throw r.reason; })())));`,
                ),
              },
            ],
          },
        ],
      },
      {
        // no identifier to narrow, and a reassigned local: reported without a suggestion
        code: `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  let last = results[0]!;
  last = results[1]!;
  return (results[0] as PromiseFulfilledResult<number>).value + (last as PromiseFulfilledResult<number>).value;
}`,
        errors: [
          { messageId: 'unnarrowedValue', line: 5, column: 11, endLine: 5, endColumn: 55, suggestions: [] },
          { messageId: 'unnarrowedValue', line: 5, column: 66, endLine: 5, endColumn: 104, suggestions: [] },
        ],
      },
      {
        // a \`status\` check on a sibling does not narrow \`profile\`
        code: `declare function loadProfile(): Promise<{ name: string }>;
declare function loadSettings(): Promise<{ theme: string }>;
export async function page() {
  const [profile, settings] = await Promise.allSettled([loadProfile(), loadSettings()]);
  return {
    profile: (profile as any).value as { name: string },
    settings: settings.status === 'fulfilled' ? settings.value : null,
  };
}`,
        errors: [
          {
            messageId: 'unnarrowedValue',
            line: 6,
            column: 15,
            endLine: 6,
            endColumn: 29,
            suggestions: [
              {
                messageId: 'suggestNarrow',
                output: `declare function loadProfile(): Promise<{ name: string }>;
declare function loadSettings(): Promise<{ theme: string }>;
export async function page() {
  const [profile, settings] = await Promise.allSettled([loadProfile(), loadSettings()]);
  return {
    profile: (profile.status === 'fulfilled' ? profile.value : (() => { throw profile.reason; })()) as { name: string },
    settings: settings.status === 'fulfilled' ? settings.value : null,
  };
}`,
              },
            ],
          },
        ],
      },
      {
        code: `declare const remoteP: Promise<string>, diskP: Promise<string>;
export async function config() {
  const [remote, disk] = await Promise.allSettled([remoteP, diskP]);
  if (remote.status === 'fulfilled') return remote.value;
  return (disk as PromiseFulfilledResult<string>).value;
}`,
        errors: [
          {
            messageId: 'unnarrowedValue',
            line: 5,
            column: 11,
            endLine: 5,
            endColumn: 49,
            suggestions: [
              {
                messageId: 'suggestNarrow',
                output: `declare const remoteP: Promise<string>, diskP: Promise<string>;
export async function config() {
  const [remote, disk] = await Promise.allSettled([remoteP, diskP]);
  if (remote.status === 'fulfilled') return remote.value;
  return (disk.status === 'fulfilled' ? disk.value : (() => { throw disk.reason; })());
}`,
              },
            ],
          },
        ],
      },
      {
        // a check on \`rs[0]\` narrows neither the callback's \`r\` nor \`rs[1]\`
        code: `async function run(ps: Promise<number>[]) {
  const rs = await Promise.allSettled(ps);
  if (rs[0]?.status === 'rejected') console.warn('first failed');
  return rs.map((r) => (r as PromiseFulfilledResult<number>).value).concat((rs[1] as PromiseFulfilledResult<number>).value);
}`,
        errors: [
          {
            messageId: 'unnarrowedValue',
            line: 4,
            column: 25,
            endLine: 4,
            endColumn: 60,
            suggestions: [
              {
                messageId: 'suggestNarrow',
                output: `async function run(ps: Promise<number>[]) {
  const rs = await Promise.allSettled(ps);
  if (rs[0]?.status === 'rejected') console.warn('first failed');
  return rs.map((r) => (r.status === 'fulfilled' ? r.value : (() => { throw r.reason; })())).concat((rs[1] as PromiseFulfilledResult<number>).value);
}`,
              },
            ],
          },
          { messageId: 'unnarrowedValue', line: 4, column: 77, endLine: 4, endColumn: 116, suggestions: [] },
        ],
      },
      {
        // any object type with \`value\` skips narrowing too
        code: `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  return results.map((r) => (r as { value?: number }).value ?? 0);
}`,
        errors: [
          {
            messageId: 'unnarrowedValue',
            line: 3,
            column: 30,
            endLine: 3,
            endColumn: 53,
            suggestions: [
              {
                messageId: 'suggestNarrow',
                output: `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  return results.map((r) => (r.status === 'fulfilled' ? r.value : (() => { throw r.reason; })()) ?? 0);
}`,
              },
            ],
          },
        ],
      },
      {
        code: `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  return (results as { value: number }[]).map((r) => r.value);
}`,
        errors: [
          {
            messageId: 'unnarrowedValue',
            line: 3,
            column: 11,
            endLine: 3,
            endColumn: 41,
            suggestions: [
              {
                messageId: 'suggestThrowOnRejection',
                output: `async function run(ps: Promise<number>[]) {
  const results = await Promise.allSettled(ps);
  ${throwAll('results').join('\n  ')}
  return (results as { value: number }[]).map((r) => r.value);
}`,
              },
            ],
          },
        ],
      },
      {
        // destructured \`.then\` parameter, \`<T>\` syntax
        code: `declare const a: Promise<number>, b: Promise<string>;
export const both = Promise.allSettled([a, b]).then(([x, y]) => (x.status === 'fulfilled' ? (<{ value: string }>y).value : null));`,
        errors: [
          {
            messageId: 'unnarrowedValue',
            line: 2,
            column: 94,
            endLine: 2,
            endColumn: 114,
            suggestions: [
              {
                messageId: 'suggestNarrow',
                output: `declare const a: Promise<number>, b: Promise<string>;
export const both = Promise.allSettled([a, b]).then(([x, y]) => (x.status === 'fulfilled' ? (y.status === 'fulfilled' ? y.value : (() => { throw y.reason; })()) : null));`,
              },
            ],
          },
        ],
      },
    ],
  });
});

describe('suggestions only where a new throw is right', () => {
  ruleTester.run('no-unchecked-settled-results', rule, {
    valid: [],
    invalid: [
      // in a `finally`, a throw would replace the error or the result of the `try`
      {
        code: `declare function work(): Promise<void>;
async function run(flushes: Array<() => Promise<void>>) {
  try {
    await work();
  } finally {
    await Promise.allSettled(flushes.map((flush) => flush()));
  }
}`,
        errors: [{ messageId: 'discardedResults', line: 6, column: 11, endLine: 6, endColumn: 62, suggestions: [] }],
      },
      {
        code: `declare function work(): Promise<void>;
async function run(ps: Promise<number>[]) {
  try {
    await work();
  } finally {
    const results = await Promise.allSettled(ps);
    for (const r of results) console.log((r as PromiseFulfilledResult<number>).value);
  }
}`,
        errors: [{ messageId: 'unnarrowedValue', line: 7, column: 43, endLine: 7, endColumn: 78, suggestions: [] }],
      },
      // in a `catch`, it would replace the error being handled
      {
        code: `declare function work(): Promise<void>;
async function run(rollbacks: Promise<void>[]) {
  try {
    await work();
  } catch (error) {
    const results = await Promise.allSettled(rollbacks);
    console.log(results.length);
    throw error;
  }
}`,
        errors: [{ messageId: 'uncheckedResults', line: 6, column: 11, endLine: 6, endColumn: 18, suggestions: [] }],
      },
      // in the `try` block itself the check is still offered, on lines of its own
      {
        code: `declare function work(): Promise<void>;
async function run(ps: Promise<number>[]) {
  try {
    await work();
    await Promise.allSettled(ps);
  } catch (error) {
    console.log(error);
  }
}`,
        errors: [
          {
            messageId: 'discardedResults',
            line: 5,
            column: 11,
            endLine: 5,
            endColumn: 33,
            suggestions: [
              {
                messageId: 'suggestThrowOnRejection',
                output: `declare function work(): Promise<void>;
async function run(ps: Promise<number>[]) {
  try {
    await work();
    const results = await Promise.allSettled(ps);
    ${throwAll('results').join('\n    ')}
  } catch (error) {
    console.log(error);
  }
}`,
              },
            ],
          },
        ],
      },
    ],
  });
});
