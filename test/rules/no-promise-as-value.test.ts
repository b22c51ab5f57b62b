import rule from '../../rules/no-promise-as-value.js';
import { typedRuleTester } from '../rule-tester.js';

const decl = `declare function load(): Promise<string>;
declare const p: Promise<number>;
`;

typedRuleTester().run('no-promise-as-value', rule, {
  valid: [
    // A promise subclass that says how it prints (`[Symbol.toPrimitive]`, `[Symbol.toStringTag]`) and reflection on its own members (`Object.getOwnPropertyNames`, `Reflect.deleteProperty`, `Object.defineProperty`).
    `class ShellTask extends Promise<string> {
  override get [Symbol.toStringTag](): string {
    return 'ShellTask';
  }
  [Symbol.toPrimitive](): string {
    return this.toString();
  }
  private static disarm(task: ShellTask, on = true): void {
    Object.getOwnPropertyNames(ShellTask.prototype).forEach((key) => {
      if (key in Promise.prototype) return;
      if (!on) {
        Reflect.deleteProperty(task, key);
        return;
      }
      Object.defineProperty(task, key, {
        configurable: true,
        get() {
          throw new Error('use $ instead');
        },
      });
    });
  }
}
declare function run(cmd: string): ShellTask;
export function describe(cmd: string): string {
  return \`running \${run(cmd)}\`;
}`,
    // A stored handle tested before a member is read off it (`if (this.timer) this.timer.cancel()`): an existence test, not a test of the value.
    `interface Timeout<T> extends Promise<T> {
  cancel(): void;
}
declare function timeout<T>(ms: number): Timeout<T>;
class PendingRequest {
  timer: Timeout<string>;
  constructor(ms: number) {
    this.timer = timeout(ms);
  }
  resolve() {
    if (this.timer) {
      this.timer.cancel();
    }
  }
  cancel() {
    this.timer && this.timer.cancel();
  }
}`,
    // The promise an `unhandledRejection` listener receives names the one that failed: logging it is the point.
    `declare const logger: { error(message: string, ...details: unknown[]): void };
declare function cleanup(): Promise<void>;
process.on('unhandledRejection', (reason, promise) => {
  logger.error('Unhandled rejection', reason, promise);
  void cleanup();
});`,
    // the record awaited where it is built; a class instance's state and a type with toJSON are not looked into
    `interface Booking { id: string; guests: number }
declare function lockerFor(booking: Booking): Promise<{ bank: string; numbers: number[] }>;
async function toRecord(booking: Booking) {
  return { ref: booking.id, party: booking.guests, locker: await lockerFor(booking) };
}
export async function push(bookings: Booking[]): Promise<void> {
  const records = await Promise.all(bookings.map(toRecord));
  await fetch('/arrivals', { method: 'PUT', body: JSON.stringify({ arrivals: records }) });
}
// a class instance's state, and a type that says how it is written
export class Session {
  ready: Promise<void> = Promise.resolve();
  id = 's1';
}
interface Job { id: string; done: Promise<void>; toJSON(): { id: string } }
export function describe(session: Session, job: Job): string {
  return JSON.stringify({ session, job });
}`,
    // A check by the class's name: the promise itself is what is meant.
    `declare function ensureTypeByName(value: unknown, name: string): void;
declare const cursor: { forEach(each: (doc: object) => void): Promise<void> };

export function startsIteration(): Promise<void> {
  const promise = cursor.forEach(() => undefined);
  ensureTypeByName(promise, 'Promise');
  return promise;
}`,
    // a check that the value is a promise: `Promise` is an argument of the assertion or of a call chained on it
    `declare const t: { type(value: unknown, klass: unknown, message?: string): void; ok(value: unknown): void };
declare const expect: (value: unknown) => { toBeInstanceOf(klass: unknown): void; toBe(value: unknown): void };
declare function refresh(key: string): Promise<number>;
const pending = refresh('a');
t.type(pending, Promise, 'a refresh in flight');
expect(refresh('b')).toBeInstanceOf(Promise);`,
    // The awaited value asserted equal; a cached promise asserted identical to the same promise (an identity check between promises).
    `import { it } from 'node:test';
import assert from 'node:assert/strict';
declare const board: { period(): Promise<number>; cached(): Promise<number> };
it('moves to the second period', async () => {
  assert.equal(await board.period(), 2);
  const pending = board.cached();
  assert.equal(board.cached(), pending);
});`,
    // a truthiness test guarding a runtime check of the same value's kind (a cast from unknown, duck typing) does not stand for the value
    `interface Fetching<V> extends Promise<V> {
  controller: AbortController;
}
export function isFetching<V>(value: unknown): value is Fetching<V> {
  const candidate = value as Fetching<V>;
  return !!candidate && candidate instanceof Promise && candidate.controller instanceof AbortController;
}
export function looksThenable(value: unknown): boolean {
  const candidate = value as Promise<unknown>;
  return !!candidate && typeof candidate.then === 'function';
}`,
    // maybePromise: the mixed result is awaited first (awaiting a plain value is harmless)
    `declare const cache: Map<string, { minutes: number; at: number }>;
declare function fetchWait(rideId: string): Promise<number>;
function currentWait(rideId: string) {
  const hit = cache.get(rideId);
  if (hit && Date.now() - hit.at < 60_000) return hit.minutes;
  return fetchWait(rideId);
}
export async function boardLine(name: string, rideId: string): Promise<string> {
  const wait = await currentWait(rideId);
  return \`\${name}: \${wait} min\`;
}`,
    // maybePromise: a declared `string | Promise<string>` API (a view's `render()`): its callers often know which one they get
    `type Rendered = string | Promise<string>;
interface View {
  render(): Rendered;
}
declare function page(title: string): View;
export function title(name: string): string {
  const html = page(name).render();
  return \`<!doctype html>\${html}\`;
}`,
    `${decl}async function f() { const v = await p; if (v) return \`\${v}\`; return JSON.stringify(await p); }`,
    `${decl}function f() { return p.then((v) => \`\${v}\`); }`,
    `${decl}function f(q: Promise<number>) { return p === q || p !== q; }`,
    `${decl}function f() { return p instanceof Promise; }`,
    `${decl}class Loader { loading: Promise<void> | undefined; load() { if (this.loading) return this.loading; this.loading = Promise.resolve(); return this.loading; } }`,
    `${decl}class Loader { loading?: Promise<void>; busy() { return this.loading !== undefined && !!this.loading; } }`,
    `${decl}function f(x: Promise<number> | undefined) { return x ?? p; }`,
    `${decl}function f(x?: Promise<number>) { return x || p; }`,
    `${decl}function f() { return Promise.resolve(p); }`,
    `${decl}function f() { return Promise.all([p, load()]).then(() => Promise.race([p])); }`,
    `${decl}function f() { return new Promise((resolve) => { resolve(p); }); }`,
    `${decl}import assert from 'node:assert'; async function f() { await assert.rejects(p); assert.ok(p instanceof Promise); }`,
    `${decl}import assert from 'node:assert'; function f(q: Promise<number>) { assert.strictEqual(p, q); }`,
    `${decl}import { expect } from 'vitest'; async function f(cache: Map<string, Promise<number>>) { await expect(p).resolves.toBe(1); expect(p).toBeInstanceOf(Promise); expect(cache.get('a')).toBe(p); }`,
    `${decl}function f(m: Map<string, Promise<number>>, a: Promise<number>[], u: unknown[]) { m.set('k', p); a.push(p); u.push(p); return new Set([p]); }`,
    `${decl}function f(seen: WeakSet<object>, refs: WeakMap<object, number>) { seen.add(p); refs.set(p, 1); }`,
    `${decl}function f(x: unknown, y: object, z: {}) { return x === p || y === p || z === p; }`,
    `${decl}function f<T>(x: T) { return x === p; }`,
    `${decl}function f() { return typeof p === 'object' && p instanceof Promise; }`,
    // presence checks of promises that may be absent: optional, `!`-declared, unions, elements, narrowed locals
    `${decl}class Loader { private ready!: Promise<void>; loading?: Promise<void>; busy() { return this.ready === undefined || this.loading != null; } }`,
    `${decl}function f(x: Promise<number> | undefined, ps: Promise<number>[], cache: Record<string, Promise<number>>, key: string) { return x !== undefined || ps[0] !== undefined || cache[key] === undefined || typeof cache.other === 'undefined'; }`,
    `${decl}function f() { let pending: Promise<number> | undefined; pending = p; return pending !== undefined; }`,
    `${decl}async function f() { const existing = load(); return (await existing) !== undefined && undefined !== await load(); }`,
    // feature detection of a DOM or library promise property
    `${decl}function f(animation: Animation) { return animation.finished !== undefined && typeof navigator.serviceWorker.ready !== 'undefined'; }`,
    `${decl}function f() { return typeof p === 'undefined' || p === undefined; }`,
    // static fields and module-level `let`s need no initializer: they start out `undefined`
    `${decl}class Db { private static connecting: Promise<number>; static get() { if (Db.connecting === undefined) Db.connecting = p; if (!this.connecting) this.connecting = p; return Db.connecting; } }`,
    `${decl}let connection: Promise<number>; function connect() { if (connection === undefined) connection = p; if (!connection) connection = p; return connection; }`,
    // a parameter checked for `null`/`undefined`: validation of untyped callers
    `${decl}function track(pending: Promise<void>) { if (pending == null) throw new TypeError('pending is required'); return pending; }`,
    `${decl}function f(q: Promise<number>) { return Object.is(p, q); }`,
    `${decl}declare function sql(strings: TemplateStringsArray, ...values: unknown[]): string; function f() { return sql\`select \${p}\`; }`,
    `${decl}function f(x: string | Promise<string>) { return \`\${x}\` + x; }`,
    `${decl}function f(x: any, y: unknown) { if (x) return \`\${x}\${y}\`; return x ?? y; }`,
    `${decl}function f(cb: (value: unknown) => void, next: (error?: unknown) => void) { cb(p); next(p); }`,
    `${decl}function track(value: unknown) { if (value instanceof Promise) value.catch(() => {}); } function f() { track(p); }`,
    `${decl}function settle(value: unknown) { return Promise.resolve(value); } function f() { return settle(p); }`,
    `${decl}import { types } from 'node:util'; function f() { return types.isPromise(p); }`,
    `${decl}declare const q: PromiseLike<number>; function f() { return \`\${q}\` + String(q); }`,
    `${decl}function f(ps: Promise<number>[], cache: Record<string, Promise<number>>, key: string) { if (ps[0]) return ps[0]; return cache[key] ?? cache.other ?? p; }`,
    `${decl}function f(String: (value: unknown) => string) { return String(p); }`,
    `${decl}declare function expectType<T>(value: T): void; function f() { expectType(p); expectType<Promise<number>>(p); }`,
    `${decl}function f() { void p; return [p].length; }`,
    `${decl}async function f() { if (await load()) return 1; return \`\${await load()}\`; }`,
    `${decl}function f() { return structuredClone({ ready: true }); }`,
    `${decl}class Job { #done: Promise<void> = Promise.resolve(); get finished() { return this.#done; } }`,
    // an allow-listed function may receive promises
    {
      code: `${decl}declare function audit(value: unknown): void; function f() { audit(p); }`,
      options: [{ allowList: ['audit'] }],
    },
    {
      code: `${decl}declare function audit(value: unknown): void; function f() { audit(p); }`,
      options: [{ allowList: [{ from: 'file', name: 'audit' }] }],
    },
    // mocks return promises, assertion libraries inspect them, resolvers adopt them,
    `${decl}declare const stub: { returns(value: any): void; resolves(value: any): void }; function f() { stub.returns(p); }`,
    `${decl}declare const mock: { mockReturnValue(value: any): void }; function f() { mock.mockReturnValue(load()); }`,
    `${decl}declare function expect(value: any): { to: { eventually: { equal(v: unknown): Promise<void> } } }; function f() { return expect(p).to.eventually.equal(1); }`,
    `${decl}declare const chai: { assert: { isFulfilled(value: any): void } }; function f() { chai.assert.isFulfilled(p); }`,
    `${decl}let resolveLater: (value: unknown) => void = () => {}; function f() { resolveLater(p); }`,
    // a field declared with `!` may still be unset: testing it is a presence check,
    `${decl}class Service { private ready!: Promise<void>; start() { if (!this.ready) this.ready = Promise.resolve(); return this.ready ?? p; } }`,
    `${decl}declare function exists(path: string): Promise<boolean>; async function f(paths: string[]) { const ok = await Promise.all(paths.map(exists)); return paths.filter((_, i) => ok[i]); }`,
    `${decl}declare const rows: { filter(fn: (row: string) => Promise<boolean>): Promise<string[]> }; async function f() { return rows.filter(async (row) => row.length > 0); }`,
    `${decl}function f(paths: string[]) { return paths.find((path) => path.length > 0); }`,
    // a parameter whose type does not resolve (a missing @types package) says nothing,
    `${decl}// @ts-expect-error the type is missing
declare function send(body: MissingBody): void; function f() { send(p); }`,
    `${decl}function f() { return p.then.bind(p); }`,
    // a settled value compared with promises it did not come from, or a promise compared with a promise
    `${decl}async function f(a: Promise<unknown>, b: Promise<unknown>) { let winner = await Promise.race([a, b]); winner = a; return winner === a; }`,
    `${decl}async function f(a: Promise<unknown>, b: Promise<unknown>) { const winner = Promise.race([a, b]); return winner === a; }`,
    `${decl}async function f(a: Promise<unknown>, b: Promise<unknown>) { const tagged = await Promise.race([a.then(() => ({ from: a })), b.then(() => ({ from: b }))]); return tagged.from === a; }`,
    `${decl}function f(winner: unknown, a: Promise<unknown>) { return winner === a; }`,
    `${decl}class Race { current?: Promise<unknown>; async run(timeout: Promise<unknown>) { const winner = await Promise.race([this.current, timeout]); return winner === this.current; } }`,
    `${decl}declare const q: PromiseLike<unknown>; function f() { return q.then((value) => value === p); }`,
    `${decl}async function f(a: Promise<unknown>, b: Promise<unknown>) { const [first = a] = await Promise.all([a, b]); return first === a; }`,
    `${decl}async function f(a: Promise<unknown>, b: Promise<unknown>) { const winner = await Promise.race([a, b]); switch (winner) { case 'a': return 1; default: return 0; } }`,
    `${decl}function f(a: Promise<unknown>, b: Promise<unknown>) { switch (a) { case b: return 1; case p: return 2; default: return 0; } }`,
    `${decl}function f(running: Promise<void>[], task: () => Promise<void>) { const done: Promise<void> = task().then(() => { running.splice(running.indexOf(done), 1); }); running.push(done); }`,
    `${decl}async function f(jobs: Promise<string>[]) { const ids = await Promise.all(jobs); const first = await Promise.race(jobs); return ids.indexOf(first) + (ids.includes(first) ? 1 : 0); }`,
    `${decl}async function f(running: Promise<number>[]) { const index = await Promise.race(running.map((job, i) => job.then(() => i))); running.splice(index, 1); }`,
  ],
  invalid: [
    // A subclass that declares no printing of its own still prints as a promise; `Object.keys` reads it as a value.
    {
      code: `class ShellTask extends Promise<string> {}
declare function run(cmd: string): ShellTask;
export function describe(cmd: string): string {
  return \`running \${run(cmd)}\`;
}
export function inspect(task: ShellTask): string[] {
  return Object.keys(task);
}`,
      output: null,
      errors: [
        {
          messageId: 'string',
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 29,
          suggestions: [],
        },
        {
          messageId: 'argument',
          line: 7,
          column: 22,
          endLine: 7,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    // The same test guarding code that never touches the handle still tests the promise for its value.
    {
      code: `interface Timeout<T> extends Promise<T> {
  cancel(): void;
}
declare function timeout<T>(ms: number): Timeout<T>;
declare function log(message: string): void;
class PendingRequest {
  timer: Timeout<string>;
  constructor(ms: number) {
    this.timer = timeout(ms);
  }
  resolve() {
    if (this.timer) {
      log('request answered before its deadline');
    }
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'condition',
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 19,
          suggestions: [],
        },
      ],
    },
    // A promise started in a listener and handed to a logger's `unknown` rest parameter is still logged as a promise.
    {
      code: `declare const logger: { error(message: string, ...details: unknown[]): void };
declare function pendingWork(): Promise<number>;
process.on('exit', (code) => {
  logger.error('Exit', code, pendingWork());
});`,
      output: null,
      errors: [
        {
          messageId: 'argument',
          line: 4,
          column: 30,
          endLine: 4,
          endColumn: 43,
          suggestions: [],
        },
      ],
    },
    // readings whose interface holds a promise: structuredClone throws on it
    {
      code: `interface Reading { sensor: string; calibrated: Promise<number> }
declare function latestReadings(): Reading[];
export function archive(): Reading[] {
  return structuredClone(latestReadings());
}`,
      output: null,
      errors: [
        {
          messageId: 'cloneNested',
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
    // records built by a function that lost its await carry the promise in their type: JSON.stringify writes {} at [].locker (the literal in sight is reported where the promise is stored)
    {
      code: `interface Booking { id: string; guests: number }
declare function lockerFor(booking: Booking): Promise<{ bank: string; numbers: number[] }>;
function toRecord(booking: Booking) {
  return { ref: booking.id, party: booking.guests, locker: lockerFor(booking) };
}
export async function push(bookings: Booking[]): Promise<void> {
  const records = bookings.map(toRecord);
  await fetch('/arrivals', { method: 'PUT', body: JSON.stringify({ arrivals: records }) });
}
export function snapshot(booking: Booking) {
  return structuredClone(toRecord(booking));
}`,
      output: null,
      errors: [
        {
          messageId: 'storedPromise',
          line: 4,
          column: 60,
          endLine: 4,
          endColumn: 78,
          suggestions: [],
        },
        {
          messageId: 'jsonNested',
          line: 8,
          column: 78,
          endLine: 8,
          endColumn: 85,
          suggestions: [],
        },
      ],
    },
    // The same helper checking for another name reads the promise as a value.
    {
      code: `declare function ensureTypeByName(value: unknown, name: string): void;
declare const cursor: { forEach(each: (doc: object) => void): Promise<void> };

export function startsIteration(): Promise<void> {
  const promise = cursor.forEach(() => undefined);
  ensureTypeByName(promise, 'object');
  return promise;
}`,
      output: null,
      errors: [
        {
          messageId: 'argument',
          line: 6,
          column: 20,
          endLine: 6,
          endColumn: 27,
          suggestions: [],
        },
      ],
    },
    // the same assertions against another class or a value: the promise stands for its value
    {
      code: `declare const t: { type(value: unknown, klass: unknown, message?: string): void; ok(value: unknown): void };
declare const expect: (value: unknown) => { toBeInstanceOf(klass: unknown): void; toBe(value: unknown): void };
declare function refresh(key: string): Promise<number>;
class Entry {}
t.type(refresh('a'), Entry, 'an entry');
expect(refresh('b')).toBe(1);`,
      output: null,
      errors: [
        {
          messageId: 'argument',
          line: 5,
          column: 8,
          endLine: 5,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `declare const t: { type(value: unknown, klass: unknown, message?: string): void; ok(value: unknown): void };
declare const expect: (value: unknown) => { toBeInstanceOf(klass: unknown): void; toBe(value: unknown): void };
declare function refresh(key: string): Promise<number>;
class Entry {}
t.type(await refresh('a'), Entry, 'an entry');
expect(refresh('b')).toBe(1);`,
            },
          ],
        },
        {
          messageId: 'comparison',
          line: 6,
          column: 8,
          endLine: 6,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `declare const t: { type(value: unknown, klass: unknown, message?: string): void; ok(value: unknown): void };
declare const expect: (value: unknown) => { toBeInstanceOf(klass: unknown): void; toBe(value: unknown): void };
declare function refresh(key: string): Promise<number>;
class Entry {}
t.type(refresh('a'), Entry, 'an entry');
expect(await refresh('b')).toBe(1);`,
            },
          ],
        },
      ],
    },
    {
      // An equality assertion between a promise and a plain number: a promise never equals it.
      code: `import { it } from 'node:test';
import assert from 'node:assert/strict';
declare const board: { period(): Promise<number> };
it('moves to the second period', async () => {
  await Promise.resolve();
  assert.equal(board.period(), 2);
});`,
      errors: [
        {
          messageId: 'comparison',
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `import { it } from 'node:test';
import assert from 'node:assert/strict';
declare const board: { period(): Promise<number> };
it('moves to the second period', async () => {
  await Promise.resolve();
  assert.equal(await board.period(), 2);
});`,
            },
          ],
        },
      ],
    },
    {
      // a guard followed by a check of another value's kind still tests a promise (the guards of the valid look-alike stay quiet in the same file)
      code: `interface Fetching<V> extends Promise<V> {
  controller: AbortController;
}
export function isFetching<V>(value: unknown): value is Fetching<V> {
  const candidate = value as Fetching<V>;
  return !!candidate && candidate instanceof Promise && candidate.controller instanceof AbortController;
}
export function looksThenable(value: unknown): boolean {
  const candidate = value as Promise<unknown>;
  return !!candidate && typeof candidate.then === 'function';
}
declare function load(): Promise<string>;
export function check(other: Promise<string>): boolean {
  const pending = load();
  return !!pending && other instanceof Promise;
}`,
      errors: [
        {
          messageId: 'condition',
          line: 15,
          column: 12,
          endLine: 15,
          endColumn: 19,
          suggestions: [],
        },
      ],
    },
    {
      // maybePromise: a function of this file returns a cached number on one path and a fetch on another, and the result goes into a string
      code: `declare const cache: Map<string, { minutes: number; at: number }>;
declare function fetchWait(rideId: string): Promise<number>;
function currentWait(rideId: string) {
  const hit = cache.get(rideId);
  if (hit && Date.now() - hit.at < 60_000) return hit.minutes;
  return fetchWait(rideId);
}
export async function boardLine(name: string, rideId: string): Promise<string> {
  const wait = currentWait(rideId);
  return \`\${name}: \${wait} min\`;
}`,
      errors: [
        {
          messageId: 'maybePromise',
          line: 10,
          column: 22,
          endLine: 10,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `declare const cache: Map<string, { minutes: number; at: number }>;
declare function fetchWait(rideId: string): Promise<number>;
function currentWait(rideId: string) {
  const hit = cache.get(rideId);
  if (hit && Date.now() - hit.at < 60_000) return hit.minutes;
  return fetchWait(rideId);
}
export async function boardLine(name: string, rideId: string): Promise<string> {
  const wait = currentWait(rideId);
  return \`\${name}: \${await wait} min\`;
}`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f() { return \`id: \${p}\`; }`,
      errors: [
        {
          messageId: 'string',
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 37,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f() { return \`id: \${await p}\`; }` }],
        },
      ],
    },
    {
      code: `${decl}function f() { return 'total: ' + p; }`,
      errors: [{ messageId: 'string', line: 3, column: 35, endLine: 3, endColumn: 36, suggestions: [] }],
    },
    {
      code: `${decl}async function f(s: string) { s += p; return s; }`,
      errors: [
        {
          messageId: 'string',
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 37,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f(s: string) { s += await p; return s; }` }],
        },
      ],
    },
    {
      code: `${decl}async function f() { return String(p); }`,
      errors: [
        {
          messageId: 'string',
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 37,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f() { return String(await p); }` }],
        },
      ],
    },
    {
      code: `${decl}async function f() { return p.toString(); }`,
      errors: [
        {
          messageId: 'string',
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 30,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f() { return (await p).toString(); }` }],
        },
      ],
    },
    {
      code: `${decl}async function f() { return JSON.stringify(p); }`,
      errors: [
        {
          messageId: 'json',
          line: 3,
          column: 44,
          endLine: 3,
          endColumn: 45,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f() { return JSON.stringify(await p); }` }],
        },
      ],
    },
    {
      code: `${decl}async function f() { return structuredClone(p); }`,
      errors: [
        {
          messageId: 'clone',
          line: 3,
          column: 45,
          endLine: 3,
          endColumn: 46,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f() { return structuredClone(await p); }` }],
        },
      ],
    },
    {
      code: `${decl}async function f() { return { id: 1, ...p }; }`,
      errors: [
        {
          messageId: 'spread',
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 42,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f() { return { id: 1, ...await p }; }` }],
        },
      ],
    },
    {
      code: `${decl}async function f() { if (load()) return 1; return 0; }`,
      errors: [
        {
          messageId: 'condition',
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 32,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f() { if (await load()) return 1; return 0; }` }],
        },
      ],
    },
    {
      code: `${decl}async function f() { while (p) { break; } }`,
      errors: [
        {
          messageId: 'condition',
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 30,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f() { while (await p) { break; } }` }],
        },
      ],
    },
    {
      code: `${decl}async function f() { return p ? 1 : 2; }`,
      errors: [
        {
          messageId: 'condition',
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 30,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f() { return await p ? 1 : 2; }` }],
        },
      ],
    },
    {
      code: `${decl}async function f() { return !p; }`,
      errors: [
        {
          messageId: 'condition',
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 31,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f() { return !await p; }` }],
        },
      ],
    },
    {
      code: `${decl}async function f(a: boolean) { if (a && p) return 1; return 0; }`,
      errors: [
        {
          messageId: 'condition',
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 42,
          suggestions: [
            { messageId: 'suggestAwait', output: `${decl}async function f(a: boolean) { if (a && await p) return 1; return 0; }` },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f() { const v = p || 5; return v; }`,
      errors: [
        {
          messageId: 'condition',
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 33,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f() { const v = await p || 5; return v; }` }],
        },
      ],
    },
    {
      code: `${decl}async function f() { do { break; } while (p); }`,
      errors: [
        {
          messageId: 'condition',
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 44,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f() { do { break; } while (await p); }` }],
        },
      ],
    },
    {
      code: `${decl}async function f() { return p ?? 0; }`,
      errors: [
        {
          messageId: 'nullish',
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 30,
          // `await p ?? 0` would still never use `0`: the value of `p` is never nullish
          suggestions: [],
        },
      ],
    },
    // the winner of a race is the value a promise settled with, never the promise: awaiting `a` is no repair
    {
      code: `${decl}async function f(a: Promise<number>, b: Promise<number>) { const winner = await Promise.race([a, b]); return winner === a; }`,
      errors: [
        {
          messageId: 'settledComparison',
          data: { value: 'winner', combinator: 'Promise.race', consequence: 'this comparison with a promise is always false' },
          line: 3,
          column: 121,
          endLine: 3,
          endColumn: 122,
          suggestions: [],
        },
      ],
    },
    {
      code: `${decl}async function f() { return p > 3; }`,
      errors: [
        {
          messageId: 'comparison',
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 30,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f() { return await p > 3; }` }],
        },
      ],
    },
    {
      code: `${decl}async function f() { return typeof p === 'number'; }`,
      errors: [
        {
          messageId: 'typeof',
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 37,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f() { return typeof await p === 'number'; }` }],
        },
      ],
    },
    {
      code: `${decl}async function f() { console.log(p); }`,
      errors: [
        {
          messageId: 'argument',
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 35,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f() { console.log(await p); }` }],
        },
      ],
    },
    {
      code: `${decl}async function f() { postMessage(p); }`,
      errors: [
        {
          messageId: 'argument',
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 35,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f() { postMessage(await p); }` }],
        },
      ],
    },
    {
      code: `${decl}declare const res: { json(body: unknown): void }; async function f() { res.json(p); }`,
      errors: [
        {
          messageId: 'argument',
          line: 3,
          column: 81,
          endLine: 3,
          endColumn: 82,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}declare const res: { json(body: unknown): void }; async function f() { res.json(await p); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}function f() { return Object.keys(p); }`,
      errors: [{ messageId: 'argument', line: 3, column: 35, endLine: 3, endColumn: 36, suggestions: [] }],
    },
    {
      code: `${decl}declare class Box { constructor(value: unknown); } async function f() { return new Box(p); }`,
      errors: [
        {
          messageId: 'argument',
          line: 3,
          column: 88,
          endLine: 3,
          endColumn: 89,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}declare class Box { constructor(value: unknown); } async function f() { return new Box(await p); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f() { return \`\${p as Promise<number>}\`; }`,
      errors: [
        {
          messageId: 'string',
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 52,
          suggestions: [
            { messageId: 'suggestAwait', output: `${decl}async function f() { return \`\${await (p as Promise<number>)}\`; }` },
          ],
        },
      ],
    },
    {
      code: `${decl}function f() { if (load()) return 1; return 0; }`,
      errors: [{ messageId: 'condition', line: 3, column: 20, endLine: 3, endColumn: 26, suggestions: [] }],
    },
    {
      code: `${decl}async function f<T extends Promise<number>>(x: T) { return \`\${x}\`; }`,
      errors: [
        {
          messageId: 'string',
          line: 3,
          column: 63,
          endLine: 3,
          endColumn: 64,
          suggestions: [
            { messageId: 'suggestAwait', output: `${decl}async function f<T extends Promise<number>>(x: T) { return \`\${await x}\`; }` },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f() { return Boolean(p); }`,
      errors: [
        {
          messageId: 'condition',
          line: 3,
          column: 37,
          endLine: 3,
          endColumn: 38,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f() { return Boolean(await p); }` }],
        },
      ],
    },
    {
      code: `${decl}async function f(x: Promise<number> | Promise<string>) { return x ? 1 : 0; }`,
      errors: [
        {
          messageId: 'condition',
          line: 3,
          column: 65,
          endLine: 3,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}async function f(x: Promise<number> | Promise<string>) { return await x ? 1 : 0; }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f() { return \`\${/* id */ p}\`; }`,
      errors: [
        {
          messageId: 'string',
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 42,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f() { return \`\${/* id */ await p}\`; }` }],
        },
      ],
    },
    {
      code: `${decl}const text = \`\${p}\`;`,
      errors: [
        {
          messageId: 'string',
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 18,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}const text = \`\${await p}\`;` }],
        },
      ],
    },
    {
      code: `${decl}async function f() { return [1].map(() => \`\${p}\`); }`,
      errors: [{ messageId: 'string', line: 3, column: 46, endLine: 3, endColumn: 47, suggestions: [] }],
    },
    {
      code: `${decl}declare function audit(value: unknown): void; async function f() { audit(p); }`,
      errors: [
        {
          messageId: 'argument',
          line: 3,
          column: 74,
          endLine: 3,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}declare function audit(value: unknown): void; async function f() { audit(await p); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f() { return \`\${(p)}\`; }`,
      errors: [
        {
          messageId: 'string',
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 34,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f() { return \`\${await (p)}\`; }` }],
        },
      ],
    },
    {
      code: `${decl}async function f() { for (; p; ) break; }`,
      errors: [
        {
          messageId: 'condition',
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 30,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f() { for (; await p; ) break; }` }],
        },
      ],
    },
    {
      code: `${decl}async function f(q: Promise<number>) { return \`\${p}\${q}\`; }`,
      errors: [
        {
          messageId: 'string',
          line: 3,
          column: 50,
          endLine: 3,
          endColumn: 51,
          suggestions: [
            { messageId: 'suggestAwait', output: `${decl}async function f(q: Promise<number>) { return \`\${await p}\${q}\`; }` },
          ],
        },
        {
          messageId: 'string',
          line: 3,
          column: 54,
          endLine: 3,
          endColumn: 55,
          suggestions: [
            { messageId: 'suggestAwait', output: `${decl}async function f(q: Promise<number>) { return \`\${p}\${await q}\`; }` },
          ],
        },
      ],
    },

    {
      code: `${decl}function f(x: Promise<number> | undefined) { if (x) return \`\${x}\`; return ''; }`,
      errors: [{ messageId: 'string', line: 3, column: 63, endLine: 3, endColumn: 64, suggestions: [] }],
    },
    {
      code: `${decl}declare function keysOf(value: object): string[]; declare function show(value: {}): void; async function f() { keysOf(p); show(load()); }`,
      errors: [
        {
          messageId: 'argument',
          line: 3,
          column: 119,
          endLine: 3,
          endColumn: 120,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}declare function keysOf(value: object): string[]; declare function show(value: {}): void; async function f() { keysOf(await p); show(load()); }`,
            },
          ],
        },
        {
          messageId: 'argument',
          line: 3,
          column: 128,
          endLine: 3,
          endColumn: 134,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}declare function keysOf(value: object): string[]; declare function show(value: {}): void; async function f() { keysOf(p); show(await load()); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}class Profile { name = load(); async label() { return 'name: ' + this.name; } }`,
      errors: [
        {
          messageId: 'string',
          line: 3,
          column: 66,
          endLine: 3,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}class Profile { name = load(); async label() { return 'name: ' + await this.name; } }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f(a: Promise<number>) { return a == 0 || a !== 1; }`,
      errors: [
        {
          messageId: 'comparison',
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 48,
          suggestions: [
            { messageId: 'suggestAwait', output: `${decl}async function f(a: Promise<number>) { return await a == 0 || a !== 1; }` },
          ],
        },
        {
          messageId: 'comparison',
          line: 3,
          column: 57,
          endLine: 3,
          endColumn: 58,
          suggestions: [
            { messageId: 'suggestAwait', output: `${decl}async function f(a: Promise<number>) { return a == 0 || await a !== 1; }` },
          ],
        },
      ],
    },

    // comparisons with `null`/`undefined` of an always-promise value are fixed: the `await` was forgotten
    {
      code: `${decl}interface Account { id: string } declare const store: { findByEmail(email: string): Promise<Account | undefined> }; async function register(email: string) { const existing = store.findByEmail(email); if (existing !== undefined) throw new Error('taken'); }`,
      errors: [
        {
          messageId: 'nullish',
          data: { consequence: 'this comparison is always true' },
          line: 3,
          column: 205,
          endLine: 3,
          endColumn: 213,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}interface Account { id: string } declare const store: { findByEmail(email: string): Promise<Account | undefined> }; async function register(email: string) { const existing = store.findByEmail(email); if (await existing !== undefined) throw new Error('taken'); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}interface Account { id: string } declare const store: { findByEmail(email: string): Promise<Account | undefined> }; function taken(email: string) { return null == store.findByEmail(email) || store.findByEmail(email) === void 0; }`,
      errors: [
        {
          messageId: 'nullish',
          data: { consequence: 'this comparison is always false' },
          line: 3,
          column: 164,
          endLine: 3,
          endColumn: 188,
          suggestions: [],
        },
        {
          messageId: 'nullish',
          data: { consequence: 'this comparison is always false' },
          line: 3,
          column: 192,
          endLine: 3,
          endColumn: 216,
          suggestions: [],
        },
      ],
    },
    {
      code: `${decl}interface Account { id: string } declare const store: { findByEmail(email: string): Promise<Account | undefined> }; async function f(email: string) { const existing = store.findByEmail(email); return typeof existing === 'undefined' ? 'free' : 'taken'; }`,
      errors: [
        {
          messageId: 'nullish',
          data: { consequence: 'this comparison is always false' },
          line: 3,
          column: 208,
          endLine: 3,
          endColumn: 216,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}interface Account { id: string } declare const store: { findByEmail(email: string): Promise<Account | undefined> }; async function f(email: string) { const existing = store.findByEmail(email); return typeof await existing === 'undefined' ? 'free' : 'taken'; }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}class Session { token = load(); async valid() { return this.token != null && (this.token as Promise<string>) !== null; } }`,
      errors: [
        {
          messageId: 'nullish',
          data: { consequence: 'this comparison is always true' },
          line: 3,
          column: 56,
          endLine: 3,
          endColumn: 66,
          // a `string` is never null either: `await` would keep the comparison constant
          suggestions: [],
        },
        {
          messageId: 'nullish',
          data: { consequence: 'this comparison is always true' },
          line: 3,
          column: 79,
          endLine: 3,
          endColumn: 108,
          suggestions: [],
        },
      ],
    },
    // a settled value (after `await`, from `Promise.race`/`any`/`all`, in `.then`) is never a promise, whatever its type
    {
      code: `${decl}async function f(primary: Promise<unknown>, replica: Promise<unknown>) { const winner = await Promise.race([primary, replica]); return winner === primary ? 'primary' : 'replica'; }`,
      errors: [
        {
          messageId: 'settledComparison',
          data: { value: 'winner', combinator: 'Promise.race', consequence: 'this comparison with a promise is always false' },
          line: 3,
          column: 147,
          endLine: 3,
          endColumn: 154,
          suggestions: [],
        },
      ],
    },
    {
      code: `${decl}function f(a: Promise<unknown>, b: Promise<unknown>) { return Promise.any([a, b]).then((first) => a !== first); }`,
      errors: [
        {
          messageId: 'settledComparison',
          data: { value: 'first', combinator: 'Promise.any', consequence: 'this comparison with a promise is always true' },
          line: 3,
          column: 99,
          endLine: 3,
          endColumn: 100,
          suggestions: [],
        },
      ],
    },
    {
      code: `${decl}async function f(a: Promise<unknown>, b: Promise<unknown>) { const [x] = await Promise.all([a, b]); return x == a || (await Promise.all([a, b]))[1] === b; }`,
      errors: [
        {
          messageId: 'settledComparison',
          data: { value: 'x', combinator: 'Promise.all', consequence: 'this comparison with a promise is always false' },
          line: 3,
          column: 113,
          endLine: 3,
          endColumn: 114,
          suggestions: [],
        },
        {
          messageId: 'settledComparison',
          data: {
            value: '(await Promise.all([a, b]))[1]',
            combinator: 'Promise.all',
            consequence: 'this comparison with a promise is always false',
          },
          line: 3,
          column: 153,
          endLine: 3,
          endColumn: 154,
          suggestions: [],
        },
      ],
    },
    {
      code: `${decl}async function f(a: Promise<unknown>) { const current: unknown = await a; return current === a; }`,
      errors: [
        {
          messageId: 'comparison',
          line: 3,
          column: 94,
          endLine: 3,
          endColumn: 95,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}async function f(a: Promise<unknown>) { const current: unknown = await a; return current === await a; }`,
            },
          ],
        },
      ],
    },

    // looking a settled value up among promises (a concurrency pool removing the one that finished)
    {
      code: `${decl}async function drain(tasks: Array<() => Promise<any>>) { const running: Promise<any>[] = []; for (const task of tasks) { running.push(task()); if (running.length >= 4) { const done = await Promise.race(running); running.splice(running.indexOf(done), 1); } } }`,
      errors: [
        {
          messageId: 'settledComparison',
          data: { value: 'done', combinator: 'Promise.race', consequence: '`indexOf` never finds it among promises' },
          line: 3,
          column: 244,
          endLine: 3,
          endColumn: 248,
          suggestions: [],
        },
      ],
    },
    {
      code: `${decl}async function next(running: Set<Promise<unknown>>) { const winner: any = await Promise.any(running); running.delete(winner); return running.has(winner); }`,
      errors: [
        {
          messageId: 'settledComparison',
          data: { value: 'winner', combinator: 'Promise.any', consequence: '`delete` never finds it among promises' },
          line: 3,
          column: 118,
          endLine: 3,
          endColumn: 124,
          suggestions: [],
        },
        {
          messageId: 'settledComparison',
          data: { value: 'winner', combinator: 'Promise.any', consequence: '`has` never finds it among promises' },
          line: 3,
          column: 146,
          endLine: 3,
          endColumn: 152,
          suggestions: [],
        },
      ],
    },

    // a `switch` compares its discriminant with each case; the discriminant is reported once
    {
      code: `${decl}async function f(a: Promise<unknown>, b: Promise<unknown>) { switch (await Promise.race([a, b])) { case a: return 'a'; case b: return 'b'; default: return 'none'; } }`,
      errors: [
        {
          messageId: 'settledComparison',
          data: {
            value: 'await Promise.race([a, b])',
            combinator: 'Promise.race',
            consequence: 'this comparison with a promise is always false',
          },
          line: 3,
          column: 105,
          endLine: 3,
          endColumn: 106,
          suggestions: [],
        },
        {
          messageId: 'settledComparison',
          data: {
            value: 'await Promise.race([a, b])',
            combinator: 'Promise.race',
            consequence: 'this comparison with a promise is always false',
          },
          line: 3,
          column: 125,
          endLine: 3,
          endColumn: 126,
          suggestions: [],
        },
      ],
    },
    {
      code: `${decl}interface Account { id: string } declare const store: { findByEmail(email: string): Promise<Account | undefined> }; async function f(email: string) { switch (store.findByEmail(email)) { case undefined: return 'free'; case null: return 'none'; default: return 'taken'; } }`,
      errors: [
        {
          messageId: 'nullish',
          data: { consequence: 'this comparison is always false' },
          line: 3,
          column: 159,
          endLine: 3,
          endColumn: 183,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}interface Account { id: string } declare const store: { findByEmail(email: string): Promise<Account | undefined> }; async function f(email: string) { switch (await store.findByEmail(email)) { case undefined: return 'free'; case null: return 'none'; default: return 'taken'; } }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f() { switch (load()) { case 'a': return 1; case 'b': return 2; default: return 0; } }`,
      errors: [
        {
          messageId: 'comparison',
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}async function f() { switch (await load()) { case 'a': return 1; case 'b': return 2; default: return 0; } }`,
            },
          ],
        },
      ],
    },

    // array methods that test a callback's result do not wait for a promise
    {
      code: `${decl}declare function exists(path: string): Promise<boolean>; async function f(paths: string[]) { return paths.filter(async (path) => await exists(path)); }`,
      errors: [{ messageId: 'asyncPredicate', line: 3, column: 114, endLine: 3, endColumn: 148, suggestions: [] }],
    },
    {
      code: `${decl}declare function exists(path: string): Promise<boolean>; function f(paths: string[]) { return paths.some(exists); }`,
      errors: [{ messageId: 'asyncPredicate', line: 3, column: 106, endLine: 3, endColumn: 112, suggestions: [] }],
    },

    // promoted to a fix by the plugin setting
    {
      code: `${decl}async function f() { return ` + '\`id: \${p}\`' + `; }`,
      settings: { settle: { promoteToFix: ['no-promise-as-value'] } },
      output: `${decl}async function f() { return ` + '\`id: \${await p}\`' + `; }`,
      errors: [
        {
          messageId: 'string',
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 37,
          suggestions: [{ messageId: 'suggestAwait', output: `${decl}async function f() { return ` + '\`id: \${await p}\`' + `; }` }],
        },
      ],
    },
    // the callee is named in the message
    {
      code: `${decl}function f() { console.log('loaded', p); }`,
      errors: [{ messageId: 'argument', data: { callee: 'console.log' }, line: 3, column: 38, endLine: 3, endColumn: 39, suggestions: [] }],
    },
    // `await` is not suggested where waiting would hold back what settles the promise
    {
      code:
        `${decl}import { once } from 'node:events'; import type { EventEmitter } from 'node:events'; async function f(emitter: EventEmitter) { const ready = once(emitter, 'ready'); console.log(` +
        '`state: ${ready}`' +
        `); emitter.emit('ready'); await ready; }`,
      errors: [{ messageId: 'string', line: 3, column: 188, endLine: 3, endColumn: 193, suggestions: [] }],
    },
    {
      code: `${decl}declare function waitForMessage(): Promise<string>; declare function trigger(): void; async function f() { const message = waitForMessage(); if (message) trigger(); }`,
      errors: [{ messageId: 'condition', line: 3, column: 146, endLine: 3, endColumn: 153, suggestions: [] }],
    },
    // nor on work started to run meanwhile
    {
      code:
        `${decl}declare function serve(port: number): Promise<number>; async function f() { const server = serve(80); console.log(` +
        '`listening: ${server}`' +
        `); }`,
      errors: [{ messageId: 'string', line: 3, column: 129, endLine: 3, endColumn: 135, suggestions: [] }],
    },
    // nor on a promise that carries no value
    {
      code:
        `${decl}declare function save(): Promise<void>; async function f() { const saving = save(); console.log(` +
        '`saved: ${saving}`' +
        `); }`,
      errors: [{ messageId: 'string', line: 3, column: 107, endLine: 3, endColumn: 113, suggestions: [] }],
    },
    // a later call that only shares a primitive argument cannot settle it: still offered
    {
      code:
        `${decl}declare function fetchUser(id: string): Promise<{ name: string }>; declare function report(id: string): void; async function f(id: string) { const user = fetchUser(id); console.log(` +
        '`user: ${user}`' +
        `); report(id); }`,
      errors: [
        {
          messageId: 'string',
          line: 3,
          column: 191,
          endLine: 3,
          endColumn: 195,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output:
                `${decl}declare function fetchUser(id: string): Promise<{ name: string }>; declare function report(id: string): void; async function f(id: string) { const user = fetchUser(id); console.log(` +
                '`user: ${await user}`' +
                `); report(id); }`,
            },
          ],
        },
      ],
    },
  ],
});
