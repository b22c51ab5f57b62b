import rule from '../../rules/no-reused-settled-promise.js';
import { typedRuleTester } from '../rule-tester.js';

/**
 * Prepends the `sleep` that most cases wait with. The line it adds counts in the positions below: the first line of
 * `code` is line 2.
 */
const withSleep = (code: string): string => `declare function sleep(ms: number): Promise<void>;
${code}`;

const ruleTester = typedRuleTester();

describe('retriedSettledPromise: a loop retries the same promise after it rejected', () => {
  ruleTester.run('no-reused-settled-promise', rule, {
    valid: [
      // a method of the class that dials again, called in the loop
      `interface Link { id: string }
declare function dial(host: string): Promise<Link>;
declare function pause(ms: number): Promise<void>;

export class Uplink {
  private dialing?: Promise<Link>;

  constructor(private readonly host: string) {}

  private redial(): void {
    this.dialing = dial(this.host);
  }

  async link(tries: number): Promise<Link> {
    this.dialing ??= dial(this.host);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dialing;
      } catch (error) {
        if (attempt >= tries) throw error;
        await pause(250 * attempt);
        this.redial();
      }
    }
  }
}`,
      // the property cleared after each failure and dialled again at the top of the loop
      `interface Link { id: string }
declare function dial(host: string): Promise<Link>;
declare function pause(ms: number): Promise<void>;

export class Uplink {
  private dialing?: Promise<Link>;

  constructor(private readonly host: string) {}

  async link(tries: number): Promise<Link> {
    for (let attempt = 1; ; attempt++) {
      this.dialing ??= dial(this.host);
      try {
        return await this.dialing;
      } catch (error) {
        this.dialing = undefined;
        if (attempt >= tries) throw error;
        await pause(250 * attempt);
      }
    }
  }
}`,
      // the same report re-read per stage with no check that ends the loop on it: no poll
      `declare const press: { progress(id: string): Promise<{ stage: 'inking' | 'printing' | 'done'; sheets: number }> };
declare function sleep(ms: number): Promise<void>;

export async function sheetsPerStage(id: string, stages: string[]): Promise<string[]> {
  const report = press.progress(id);
  let latest = await report;
  const lines: string[] = [];
  for (const stage of stages) {
    lines.push(\`\${stage}: \${latest.sheets}\`);
    await sleep(10);
    latest = await report;
  }
  return lines;
}`,
      // the same poll asking for a fresh report each tick
      `import { setInterval as every } from 'node:timers/promises';

declare const press: { progress(id: string): Promise<{ stage: 'inking' | 'printing' | 'done'; sheets: number }> };

export async function waitForRun(id: string, limit: number): Promise<number> {
  let latest = await press.progress(id);
  let checks = 1;
  for await (const _ of every(1000)) {
    if (latest.stage === 'done') return latest.sheets;
    if (++checks > limit) throw new Error(\`run \${id} still \${latest.stage}\`);
    latest = await press.progress(id);
  }
  return 0;
}`,
      // A shared reference awaited as a gate for every note, its outcome fed to per-note work.
      `interface Reading {
  cents: number;
}
declare const tuner: { measure(note: string): Promise<Reading> };
declare const voicer: { adjust(note: string, cents: number): Promise<boolean> };

export async function tuneRank(notes: string[]): Promise<string[]> {
  const reference = tuner.measure('A4');
  const untuned: string[] = [];
  for (const note of notes) {
    const { cents } = await reference;
    if (!(await voicer.adjust(note, cents))) untuned.push(note);
  }
  return untuned;
}`,
      // A fresh measurement each round, corrected by the outcome: nothing is reused.
      `interface Reading {
  cents: number;
}
declare const tuner: { measure(note: string): Promise<Reading> };
declare const voicer: { adjust(note: string, cents: number): Promise<void> };

export async function tune(note: string): Promise<number> {
  for (let round = 1; round <= 8; round++) {
    const { cents } = await tuner.measure(note);
    if (Math.abs(cents) <= 2) return round;
    await voicer.adjust(note, cents);
  }
  throw new Error(\`\${note} did not settle\`);
}`,
      // a heartbeat: one lease awaited and extended on each paced turn is not a consumer taking items (look-alike in invalid: the same loop without the wait)
      `import { setTimeout as wait } from 'node:timers/promises';
declare const locks: { acquire(name: string): Promise<{ token: string }>; extend(token: string): Promise<boolean> };
export async function holdLock(name: string, signal: AbortSignal): Promise<void> {
  const lock = locks.acquire(name);
  while (!signal.aborted) {
    const { token } = await lock;
    await wait(1000, undefined, { signal }).catch(() => undefined);
    if (!(await locks.extend(token))) throw new Error(\`lock \${name} lost\`);
  }
}`,
      // a retry helper that takes a factory
      withSleep(`export async function retry<T>(make: () => Promise<T>, attempts: number): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    try { return await make(); } catch { await sleep(100); }
  }
  throw new Error('gave up');
}`),
      // a gate inside a per-item try/catch
      `declare function send(item: string): Promise<void>;
export async function each(items: string[], ready: Promise<void>) {
  for (const item of items) { try { await ready; await send(item); } catch (e) { console.error(e); } }
}`,
      // the loop reassigns the promise
      withSleep(`declare function start(): Promise<number>;
export async function retry() {
  let p = start();
  while (true) {
    try { return await p; } catch { await sleep(10); p = start(); }
  }
}`),
      // the catch rethrows: the loop runs once
      `export async function once<T>(p: Promise<T>) {
  for (let i = 0; i < 3; i++) {
    try { return await p; } catch (e) { throw e; }
  }
  return undefined;
}`,
      // awaited once before the loop
      withSleep(`export async function gate<T>(p: Promise<T>) {
  await p;
  while (true) {
    try { return await p; } catch { await sleep(1); }
  }
}`),
      // a cached promise in another method (a different function)
      `export class Service {
  ready?: Promise<void>;
  init(): Promise<void> { return Promise.resolve(); }
  async call() { this.ready ??= this.init(); await this.ready; }
  async run(items: string[]) {
    for (const item of items) {
      try { await this.call(); return item; } catch { continue; }
    }
    return undefined;
  }
}`,
      // mirrors: the try also awaits per-item work
      `declare function fetchFrom(url: string): Promise<string>;
export async function mirror(urls: string[], ready: Promise<void>) {
  for (const url of urls) {
    try { await ready; return await fetchFrom(url); } catch { continue; }
  }
  return undefined;
}`,
      // `do … while (false)` runs once
      withSleep(`export async function run(p: Promise<number>) {
  do {
    try { return await p; } catch { await sleep(1); }
  } while (false);
  return 0;
}`),
      // a closure reassigns the promise
      withSleep(`declare function start(): Promise<number>;
export async function retry() {
  let p = start();
  const restart = () => { p = start(); };
  while (true) {
    try { return await p; } catch { restart(); await sleep(10); }
  }
}`),
      // a different promise per iteration
      withSleep(`export async function retry(tasks: Promise<number>[]) {
  for (const task of tasks) {
    try { return await task; } catch { await sleep(10); }
  }
  return 0;
}`),
      // a break after the try: the loop runs once
      withSleep(`export async function retry(p: Promise<number>, signal: AbortSignal) {
  while (!signal.aborted) {
    try { return await p; } catch { await sleep(10); }
    break;
  }
  return 0;
}`),
      // `any` is not a promise
      withSleep(`export async function retry(p: any) {
  while (true) {
    try { return await p; } catch { await sleep(10); }
  }
}`),
    ],
    invalid: [
      // a dial kept in a property of this, awaited on every attempt of the loop, cleared only on the way out
      {
        code: `interface Link { id: string }
declare function dial(host: string): Promise<Link>;
declare function pause(ms: number): Promise<void>;

export class Uplink {
  private dialing?: Promise<Link>;

  constructor(private readonly host: string) {}

  async link(tries: number): Promise<Link> {
    this.dialing ??= dial(this.host);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dialing;
      } catch (error) {
        if (attempt >= tries) {
          this.dialing = undefined;
          throw error;
        }
        await pause(250 * attempt);
      }
    }
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'retriedSettledPromise',
            line: 14,
            column: 22,
            endLine: 14,
            endColumn: 34,
            suggestions: [],
          },
        ],
      },
      // a poll on an interval whose checks at the top read the value the last await of the body gave: the same report each tick (awaited once before the loop as well)
      {
        code: `import { setInterval as every } from 'node:timers/promises';

declare const press: { progress(id: string): Promise<{ stage: 'inking' | 'printing' | 'done'; sheets: number }> };

export async function waitForRun(id: string, limit: number): Promise<number> {
  const report = press.progress(id);
  let latest = await report;
  let checks = 1;
  for await (const _ of every(1000)) {
    if (latest.stage === 'done') return latest.sheets;
    if (++checks > limit) throw new Error(\`run \${id} still \${latest.stage}\`);
    latest = await report;
  }
  return 0;
}`,
        output: null,
        errors: [
          {
            messageId: 'polledSettledPromise',
            line: 12,
            column: 20,
            endLine: 12,
            endColumn: 26,
            suggestions: [],
          },
        ],
      },
      // Correct, then re-check the one measurement started before the loop: the correction is never seen.
      {
        code: `interface Reading {
  cents: number;
}
declare const tuner: { measure(note: string): Promise<Reading> };
declare const voicer: { adjust(note: string, cents: number): Promise<void> };

export async function tune(note: string): Promise<number> {
  const reading = tuner.measure(note);
  for (let round = 1; round <= 8; round++) {
    const { cents } = await reading;
    if (Math.abs(cents) <= 2) return round;
    await voicer.adjust(note, cents);
  }
  throw new Error(\`\${note} did not settle\`);
}`,
        output: null,
        errors: [
          {
            messageId: 'polledSettledPromise',
            line: 10,
            column: 29,
            endLine: 10,
            endColumn: 36,
            suggestions: [
              {
                messageId: 'suggestFactoryLocal',
                output: `interface Reading {
  cents: number;
}
declare const tuner: { measure(note: string): Promise<Reading> };
declare const voicer: { adjust(note: string, cents: number): Promise<void> };

export async function tune(note: string): Promise<number> {
  const reading = () => tuner.measure(note);
  for (let round = 1; round <= 8; round++) {
    const { cents } = await reading();
    if (Math.abs(cents) <= 2) return round;
    await voicer.adjust(note, cents);
  }
  throw new Error(\`\${note} did not settle\`);
}`,
              },
            ],
          },
        ],
      },
      {
        // consumer: the same lease handed back on every turn with nothing pacing the loop
        code: `declare const locks: { acquire(name: string): Promise<{ token: string }>; extend(token: string): Promise<boolean> };
export async function holdLock(name: string, signal: AbortSignal): Promise<void> {
  const lock = locks.acquire(name);
  while (!signal.aborted) {
    const { token } = await lock;
    if (!(await locks.extend(token))) throw new Error(\`lock \${name} lost\`);
  }
}`,
        errors: [
          {
            messageId: 'consumedSettledPromise',
            line: 5,
            column: 29,
            endLine: 5,
            endColumn: 33,
            suggestions: [
              {
                messageId: 'suggestFactoryLocal',
                data: { name: 'lock' },
                output: `declare const locks: { acquire(name: string): Promise<{ token: string }>; extend(token: string): Promise<boolean> };
export async function holdLock(name: string, signal: AbortSignal): Promise<void> {
  const lock = () => locks.acquire(name);
  while (!signal.aborted) {
    const { token } = await lock();
    if (!(await locks.extend(token))) throw new Error(\`lock \${name} lost\`);
  }
}`,
              },
            ],
          },
        ],
      },
      {
        // poll: the wait between checks swallows its own abort (`.catch(() => undefined)`) and is still only a wait
        code: `import { setTimeout as wait } from 'node:timers/promises';
declare const printer: { jobState(id: string): Promise<'queued' | 'printing' | 'done'> };
export async function waitForPrint(id: string, signal: AbortSignal): Promise<void> {
  const state = printer.jobState(id);
  while (!signal.aborted) {
    if ((await state) === 'done') return;
    await wait(500, undefined, { signal }).catch(() => undefined);
  }
}`,
        errors: [
          {
            messageId: 'polledSettledPromise',
            line: 6,
            column: 16,
            endLine: 6,
            endColumn: 21,
            suggestions: [
              {
                messageId: 'suggestFactoryLocal',
                data: { name: 'state' },
                output: `import { setTimeout as wait } from 'node:timers/promises';
declare const printer: { jobState(id: string): Promise<'queued' | 'printing' | 'done'> };
export async function waitForPrint(id: string, signal: AbortSignal): Promise<void> {
  const state = () => printer.jobState(id);
  while (!signal.aborted) {
    if ((await state()) === 'done') return;
    await wait(500, undefined, { signal }).catch(() => undefined);
  }
}`,
              },
            ],
          },
        ],
      },
      {
        code: withSleep(`export async function retry<T>(p: Promise<T>, attempts: number): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    try {
      return await p;
    } catch (error) {
      await sleep(100 * 2 ** i);
    }
  }
  throw new Error('gave up');
}`),
        output: null,
        errors: [
          {
            messageId: 'retriedSettledPromise',
            line: 5,
            column: 20,
            endLine: 5,
            endColumn: 21,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output: withSleep(`export async function retry<T>(p: () => Promise<T>, attempts: number): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    try {
      return await p();
    } catch (error) {
      await sleep(100 * 2 ** i);
    }
  }
  throw new Error('gave up');
}`),
              },
            ],
          },
        ],
      },
      {
        code: withSleep(`declare function start(): Promise<number>;
export async function run() {
  const job = start();
  let ok = false;
  while (!ok) {
    try {
      await job.then((n) => console.log(n));
      ok = true;
    } catch {
      await sleep(10);
    }
  }
}`),
        output: null,
        // \`start()\` is named as starting work that runs until stopped: starting it again on every
        // attempt is not offered (the factory twin with \`load()\` follows)
        errors: [
          {
            messageId: 'retriedSettledPromise',
            line: 8,
            column: 13,
            endLine: 8,
            endColumn: 16,
            suggestions: [],
          },
        ],
      },
      {
        code: withSleep(`declare function load(): Promise<number>;
export async function run() {
  const job = load();
  let ok = false;
  while (!ok) {
    try {
      await job.then((n) => console.log(n));
      ok = true;
    } catch {
      await sleep(10);
    }
  }
}`),
        output: null,
        errors: [
          {
            messageId: 'retriedSettledPromise',
            line: 8,
            column: 13,
            endLine: 8,
            endColumn: 16,
            suggestions: [
              {
                messageId: 'suggestFactoryLocal',
                output: withSleep(`declare function load(): Promise<number>;
export async function run() {
  const job = () => load();
  let ok = false;
  while (!ok) {
    try {
      await job().then((n) => console.log(n));
      ok = true;
    } catch {
      await sleep(10);
    }
  }
}`),
              },
            ],
          },
        ],
      },
      {
        code: withSleep(`export async function retry<T>(p: Promise<T>) {
  let lastError: unknown;
  for (const delay of [100, 200, 400]) {
    try { return await p; } catch (error) { lastError = error; await sleep(delay); }
  }
  throw lastError;
}`),
        output: null,
        errors: [
          {
            messageId: 'retriedSettledPromise',
            line: 5,
            column: 24,
            endLine: 5,
            endColumn: 25,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output: withSleep(`export async function retry<T>(p: () => Promise<T>) {
  let lastError: unknown;
  for (const delay of [100, 200, 400]) {
    try { return await p(); } catch (error) { lastError = error; await sleep(delay); }
  }
  throw lastError;
}`),
              },
            ],
          },
        ],
      },
      {
        code: withSleep(`declare function connect(url: string): Promise<WebSocket>;
export class Client {
  async open(url: string) {
    const socket = connect(url);
    outer: while (true) {
      try {
        return await socket;
      } catch {
        await sleep(1000);
        continue outer;
      }
    }
  }
}`),
        output: null,
        errors: [
          {
            messageId: 'retriedSettledPromise',
            line: 8,
            column: 22,
            endLine: 8,
            endColumn: 28,
            suggestions: [
              {
                messageId: 'suggestFactoryLocal',
                output: withSleep(`declare function connect(url: string): Promise<WebSocket>;
export class Client {
  async open(url: string) {
    const socket = () => connect(url);
    outer: while (true) {
      try {
        return await socket();
      } catch {
        await sleep(1000);
        continue outer;
      }
    }
  }
}`),
              },
            ],
          },
        ],
      },
      {
        code: withSleep(`declare function load(): Promise<string>;
const config = load();
export async function readConfig() {
  while (true) {
    try {
      return await config;
    } catch (error) {
      console.warn('retrying', error);
      await sleep(500);
    }
  }
}`),
        output: null,
        errors: [
          {
            messageId: 'retriedSettledPromise',
            line: 7,
            column: 20,
            endLine: 7,
            endColumn: 26,
            suggestions: [
              {
                messageId: 'suggestFactoryLocal',
                output: withSleep(`declare function load(): Promise<string>;
const config = () => load();
export async function readConfig() {
  while (true) {
    try {
      return await config();
    } catch (error) {
      console.warn('retrying', error);
      await sleep(500);
    }
  }
}`),
              },
            ],
          },
        ],
      },
      {
        code: withSleep(`export const retry = async <T,>(p: Promise<T>): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await p;
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(2 ** attempt * 100);
    }
  }
};`),
        output: null,
        errors: [
          {
            messageId: 'retriedSettledPromise',
            line: 5,
            column: 20,
            endLine: 5,
            endColumn: 21,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output: withSleep(`export const retry = async <T,>(p: () => Promise<T>): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await p();
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(2 ** attempt * 100);
    }
  }
};`),
              },
            ],
          },
        ],
      },
      {
        code: withSleep(`export async function retryAction<T>(action: Promise<T>, retryInterval = 2000, maxAttemptCount = 3) {
  const errors: unknown[] = [];
  for (let attempted = 0; attempted < maxAttemptCount; attempted++) {
    try {
      if (attempted > 0) await sleep(retryInterval);
      return await action;
    } catch (error) {
      console.log(\`Attempt \${attempted + 1} failed.\`);
      errors.push(error);
    }
  }
  throw errors;
}`),
        output: null,
        errors: [
          {
            messageId: 'retriedSettledPromise',
            line: 7,
            column: 20,
            endLine: 7,
            endColumn: 26,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output:
                  withSleep(`export async function retryAction<T>(action: () => Promise<T>, retryInterval = 2000, maxAttemptCount = 3) {
  const errors: unknown[] = [];
  for (let attempted = 0; attempted < maxAttemptCount; attempted++) {
    try {
      if (attempted > 0) await sleep(retryInterval);
      return await action();
    } catch (error) {
      console.log(\`Attempt \${attempted + 1} failed.\`);
      errors.push(error);
    }
  }
  throw errors;
}`),
              },
            ],
          },
        ],
      },
      {
        code: withSleep(`export async function connect(pending: Promise<{ id: string } | undefined>) {
  let session: { id: string } | undefined;
  while (!session) {
    try { session = await pending; } catch { await sleep(100); }
  }
  return session;
}`),
        output: null,
        errors: [
          {
            messageId: 'retriedSettledPromise',
            line: 5,
            column: 27,
            endLine: 5,
            endColumn: 34,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output: withSleep(`export async function connect(pending: () => Promise<{ id: string } | undefined>) {
  let session: { id: string } | undefined;
  while (!session) {
    try { session = await pending(); } catch { await sleep(100); }
  }
  return session;
}`),
              },
            ],
          },
        ],
      },
    ],
  });
});

describe('retriedSettledPromise: a function retries by calling itself with the same promise', () => {
  ruleTester.run('no-reused-settled-promise', rule, {
    valid: [
      // the recursive retry starts a new attempt
      `declare function start(): Promise<number>;
export async function retry(p: Promise<number>, retries = 3): Promise<number> {
  try {
    return await p;
  } catch (error) {
    if (retries <= 0) throw error;
    return retry(start(), retries - 1);
  }
}`,
    ],
    invalid: [
      {
        code: withSleep(`export async function retry<T>(p: Promise<T>, retries = 3): Promise<T> {
  try {
    return await p;
  } catch (error) {
    if (retries <= 0) throw error;
    await sleep(100);
    return retry(p, retries - 1);
  }
}`),
        output: null,
        errors: [
          {
            messageId: 'retriedSettledPromise',
            line: 4,
            column: 18,
            endLine: 4,
            endColumn: 19,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output: withSleep(`export async function retry<T>(p: () => Promise<T>, retries = 3): Promise<T> {
  try {
    return await p();
  } catch (error) {
    if (retries <= 0) throw error;
    await sleep(100);
    return retry(p, retries - 1);
  }
}`),
              },
            ],
          },
        ],
      },
      {
        code: `export class Client {
  async send(request: Promise<string>, attempts: number): Promise<string> {
    try {
      return await request;
    } catch (error) {
      if (attempts === 0) throw error;
      return this.send(request, attempts - 1);
    }
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'retriedSettledPromise',
            line: 4,
            column: 20,
            endLine: 4,
            endColumn: 27,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output: `export class Client {
  async send(request: () => Promise<string>, attempts: number): Promise<string> {
    try {
      return await request();
    } catch (error) {
      if (attempts === 0) throw error;
      return this.send(request, attempts - 1);
    }
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

describe('polledSettledPromise: a loop polls the same promise for its exit', () => {
  ruleTester.run('no-reused-settled-promise', rule, {
    valid: [
      // a promise awaited as a gate for each item
      `declare const ready: Promise<void>;
declare function send(item: string): Promise<void>;
export async function each(items: string[]) {
  for (const item of items) { await ready; await send(item); }
}`,
      // an unconditional return after the await: the loop runs once
      `export async function once<T>(p: Promise<T>) {
  for (let i = 0; i < 3; i++) {
    const v = await p;
    if (v) console.log(v);
    return v;
  }
  return undefined;
}`,
      // `for await` over a stream, with a stop promise as a gate
      `export async function drain(stop: Promise<void>, source: AsyncIterable<number>) {
  for await (const x of source) { await stop; console.log(x); }
}`,
      // a config read per item, with item-dependent checks
      `declare function check(item: string): Promise<boolean>;
export async function scan(items: string[], config: Promise<{ skip: string[] }>) {
  for (const item of items) {
    const c = await config;
    if (c.skip.includes(item)) continue;
    await check(item);
  }
}`,
      // an early exit on a config flag while processing items
      `declare function process(item: string): Promise<void>;
export async function each(items: string[], config: Promise<{ disabled: boolean }>) {
  for (const item of items) {
    const cfg = await config;
    if (cfg.disabled) return;
    await process(item);
  }
}`,
      // an early exit on a config flag in an index loop
      `declare function process(item: string): void;
export async function each(items: string[], config: Promise<{ disabled: boolean }>) {
  for (let i = 0; i < items.length; i++) {
    const cfg = await config;
    if (cfg.disabled) break;
    process(items[i]!);
  }
}`,
      // racing a stop promise each iteration
      `declare function next(): Promise<string>;
export async function consume(stop: Promise<'stop'>) {
  while (true) {
    const message = await Promise.race([next(), stop]);
    if (message === 'stop') break;
    console.log(message);
  }
}`,
      // `.error(…)` on anything but a logger is no logging call (isLoggingCall): a notification per item is work of the loop
      `declare const toast: { error(message: string): void };
export async function each(items: string[], config: Promise<{ disabled: boolean }>) {
  for (const item of items) {
    const cfg = await config;
    if (cfg.disabled) return;
    toast.error(item);
  }
}`,
      // a new promise per iteration
      withSleep(`declare function start(): Promise<{ done: boolean }>;
export async function poll() {
  while (true) {
    const request = start();
    const s = await request;
    if (s.done) return s;
    await sleep(1000);
  }
}`),
      // collecting the same value is not a retry
      `export async function loop(p: Promise<number>) {
  const values: number[] = [];
  for (let i = 0; i < 3; i++) values.push(await p);
  return values;
}`,
      // the exit test also depends on the item
      withSleep(`export async function poll(p: Promise<{ done: boolean }>, items: string[]) {
  for (const item of items) {
    const s = await p;
    if (s.done && item === 'x') return item;
    await sleep(10);
  }
  return undefined;
}`),
      // a gate before per-iteration work
      withSleep(`declare function check(): Promise<boolean>;
export async function run(ready: Promise<void>) {
  while (true) {
    await ready;
    if (await check()) return;
    await sleep(100);
  }
}`),
      // racing the promise against a timer to poll whether it is done
      withSleep(`export async function pollUntilComplete<T>(promise: Promise<T>, pollRate = 100): Promise<T> {
  const marker = {};
  while (true) {
    const result = await Promise.race([promise, sleep(pollRate).then(() => marker)]);
    if (result !== marker) return result as T;
  }
}`),
      // the loop also awaits another check each time
      withSleep(`export async function poll(p: Promise<{ done: boolean }>, check: () => Promise<boolean>) {
  while (true) {
    const s = await p;
    if (s.done) return;
    if (await check()) return;
    await sleep(10);
  }
}
`),
      // the exit also needs the item: the promise is a per-item check, not the loop's exit
      withSleep(`export async function pick(verdict: Promise<{ accept: boolean }>, names: string[]) {
  for (let i = 0; i < names.length; i++) {
    const v = await verdict;
    if (v.accept && names[i]!.startsWith('a')) return names[i];
    await sleep(10);
  }
  return undefined;
}`),
      // a flag set from the promise, but each iteration also takes fresh work from a queue
      `declare const queue: { take(): Promise<string> };
declare function handle(task: string): Promise<void>;
export async function work(enabled: Promise<boolean>) {
  let on = true;
  while (on) {
    on = await enabled;
    await handle(await queue.take());
  }
}`,
      // the flag the loop tests is also set by other code in the loop
      withSleep(`declare function probe(): boolean;
export async function settle(first: Promise<boolean>) {
  let ok = false;
  while (!ok) {
    ok = await first;
    ok = probe();
    await sleep(5);
  }
}`),
      // the exit branch returns the item it was looking at: the loop walks the items
      `export async function firstWhenOpen(open: Promise<boolean>, items: string[]) {
  for (const item of items) {
    const isOpen = await open;
    if (isOpen) { console.log('open'); return await Promise.resolve(item); }
  }
  return undefined;
}`,
      // Known miss, kept silent on purpose: a consumer loop that awaits one \`next\` promise and
      // handles "the next job" forever looks like a loop that awaits a config or a connection and
      // then does work that pulls its own input (\`await this.tick(cfg)\`). Only a promise taken
      // from a source that the loop hands the item back to (\`queue.complete(job.id)\`) tells them
      // apart, and a parameter has no source in sight.
      `interface Job { id: string }
export class Worker {
  running = true;
  async handle(job: Job): Promise<void> { console.log(job.id); }
  async drain(next: Promise<Job>) {
    while (this.running) {
      const job = await next;
      await this.handle(job);
    }
  }
}`,
      `export class Ticker {
  running = true;
  async tick(cfg: { batch: number }): Promise<void> { console.log(cfg.batch); }
  async run(config: Promise<{ batch: number }>) {
    while (this.running) {
      const cfg = await config;
      await this.tick(cfg);
    }
  }
}`,
    ],
    invalid: [
      {
        code: withSleep(`declare function status(): Promise<{ done: boolean }>;
export async function poll() {
  const request = status();
  while (true) {
    const s = await request;
    if (s.done) return s;
    await sleep(1000);
  }
}`),
        output: null,
        errors: [
          {
            messageId: 'polledSettledPromise',
            line: 6,
            column: 21,
            endLine: 6,
            endColumn: 28,
            suggestions: [
              {
                messageId: 'suggestFactoryLocal',
                output: withSleep(`declare function status(): Promise<{ done: boolean }>;
export async function poll() {
  const request = () => status();
  while (true) {
    const s = await request();
    if (s.done) return s;
    await sleep(1000);
  }
}`),
              },
            ],
          },
        ],
      },
      {
        code: withSleep(`export async function waitReady(p: PromiseLike<string>) {
  while ((await p) !== 'ready') await sleep(100);
}`),
        output: null,
        errors: [
          {
            messageId: 'polledSettledPromise',
            line: 3,
            column: 17,
            endLine: 3,
            endColumn: 18,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output: withSleep(`export async function waitReady(p: () => PromiseLike<string>) {
  while ((await p()) !== 'ready') await sleep(100);
}`),
              },
            ],
          },
        ],
      },
      {
        code: withSleep(`declare function fetchStatus(id: string): Promise<{ ok: boolean }>;
export async function wait(id: string) {
  const pending: Promise<{ ok: boolean }> = fetchStatus(id);
  do {
    const { ok } = await pending;
    if (ok) break;
    await sleep(500);
  } while (true);
}`),
        output: null,
        errors: [
          {
            messageId: 'polledSettledPromise',
            line: 6,
            column: 26,
            endLine: 6,
            endColumn: 33,
            suggestions: [
              {
                messageId: 'suggestFactoryLocal',
                output: withSleep(`declare function fetchStatus(id: string): Promise<{ ok: boolean }>;
export async function wait(id: string) {
  const pending: () => Promise<{ ok: boolean }> = () => fetchStatus(id);
  do {
    const { ok } = await pending();
    if (ok) break;
    await sleep(500);
  } while (true);
}`),
              },
            ],
          },
        ],
      },
      {
        code: `export async function waitDone(job: Promise<{ state: string }>) {
  let attempts = 0;
  while (true) {
    const s = await job;
    if (s.state === 'done') return s;
    attempts++;
    if (attempts > 10) throw new Error('timeout');
    console.log('waiting', attempts);
    await new Promise((resolve) => setTimeout(resolve, 100 * attempts));
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'polledSettledPromise',
            line: 4,
            column: 21,
            endLine: 4,
            endColumn: 24,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output: `export async function waitDone(job: () => Promise<{ state: string }>) {
  let attempts = 0;
  while (true) {
    const s = await job();
    if (s.state === 'done') return s;
    attempts++;
    if (attempts > 10) throw new Error('timeout');
    console.log('waiting', attempts);
    await new Promise((resolve) => setTimeout(resolve, 100 * attempts));
  }
}`,
              },
            ],
          },
        ],
      },
      // a function named as a logger only logs (isLoggingCall): what it reads is no work of the loop
      {
        code: `declare function log(...args: unknown[]): void;
export async function waitDone(job: Promise<{ state: string }>) {
  let attempts = 0;
  while (true) {
    const s = await job;
    if (s.state === 'done') return s;
    attempts++;
    log('waiting', attempts);
    await new Promise((resolve) => setTimeout(resolve, 100 * attempts));
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'polledSettledPromise',
            line: 5,
            column: 21,
            endLine: 5,
            endColumn: 24,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output: `declare function log(...args: unknown[]): void;
export async function waitDone(job: () => Promise<{ state: string }>) {
  let attempts = 0;
  while (true) {
    const s = await job();
    if (s.state === 'done') return s;
    attempts++;
    log('waiting', attempts);
    await new Promise((resolve) => setTimeout(resolve, 100 * attempts));
  }
}`,
              },
            ],
          },
        ],
      },
      {
        code: withSleep(`export async function retry(p: Promise<unknown>) {
  for (;;) {
    const ok = await p.then(() => true, () => false);
    if (ok) break;
    await sleep(100);
  }
}`),
        output: null,
        errors: [
          {
            messageId: 'polledSettledPromise',
            line: 4,
            column: 22,
            endLine: 4,
            endColumn: 23,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output: withSleep(`export async function retry(p: () => Promise<unknown>) {
  for (;;) {
    const ok = await p().then(() => true, () => false);
    if (ok) break;
    await sleep(100);
  }
}`),
              },
            ],
          },
        ],
      },
      {
        code: withSleep(`export async function waitFor(job: Promise<'done' | 'failed' | 'running'>) {
  for (;;) {
    const state = await job;
    switch (state) {
      case 'done':
        return true;
      case 'failed':
        throw new Error('failed');
      default:
        await sleep(100);
    }
  }
}`),
        output: null,
        errors: [
          {
            messageId: 'polledSettledPromise',
            line: 4,
            column: 25,
            endLine: 4,
            endColumn: 28,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output: withSleep(`export async function waitFor(job: () => Promise<'done' | 'failed' | 'running'>) {
  for (;;) {
    const state = await job();
    switch (state) {
      case 'done':
        return true;
      case 'failed':
        throw new Error('failed');
      default:
        await sleep(100);
    }
  }
}`),
              },
            ],
          },
        ],
      },
      {
        code: `interface Created { id: string }
export async function create(url: string): Promise<Created> {
  const response = fetch(url, { method: 'POST' });
  for (let attempt = 1; attempt <= 5; attempt++) {
    const res = await response;
    if (res.ok) return (await res.json()) as Created;
    console.warn('create failed, attempt', attempt);
  }
  throw new Error('could not create');
}`,
        output: null,
        errors: [
          {
            messageId: 'polledSettledPromise',
            line: 5,
            column: 23,
            endLine: 5,
            endColumn: 31,
            suggestions: [
              {
                messageId: 'suggestFactoryLocal',
                output: `interface Created { id: string }
export async function create(url: string): Promise<Created> {
  const response = () => fetch(url, { method: 'POST' });
  for (let attempt = 1; attempt <= 5; attempt++) {
    const res = await response();
    if (res.ok) return (await res.json()) as Created;
    console.warn('create failed, attempt', attempt);
  }
  throw new Error('could not create');
}`,
              },
            ],
          },
        ],
      },
      {
        code: withSleep(`export async function waitForReplica(lag: Promise<number>, limit: number) {
  let inSync = false;
  for (let round = 0; round < 20 && !inSync; round++) {
    inSync = await lag.then((seconds) => seconds <= limit);
    if (!inSync) await sleep(500);
  }
  return inSync;
}`),
        output: null,
        errors: [
          {
            messageId: 'polledSettledPromise',
            line: 5,
            column: 20,
            endLine: 5,
            endColumn: 23,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output: withSleep(`export async function waitForReplica(lag: () => Promise<number>, limit: number) {
  let inSync = false;
  for (let round = 0; round < 20 && !inSync; round++) {
    inSync = await lag().then((seconds) => seconds <= limit);
    if (!inSync) await sleep(500);
  }
  return inSync;
}`),
              },
            ],
          },
        ],
      },
      {
        code: withSleep(`declare function tryLock(name: string): Promise<string | null>;
export async function lock(name: string, timeoutMs: number) {
  const since = Date.now();
  const claim = tryLock(name);
  let token: string | null = null;
  while (!token) {
    if (Date.now() - since > timeoutMs) throw new Error('lock timeout');
    token = await claim;
    if (!token) await sleep(250);
  }
  return token;
}`),
        output: null,
        errors: [
          {
            messageId: 'polledSettledPromise',
            line: 9,
            column: 19,
            endLine: 9,
            endColumn: 24,
            suggestions: [
              {
                messageId: 'suggestFactoryLocal',
                output: withSleep(`declare function tryLock(name: string): Promise<string | null>;
export async function lock(name: string, timeoutMs: number) {
  const since = Date.now();
  const claim = () => tryLock(name);
  let token: string | null = null;
  while (!token) {
    if (Date.now() - since > timeoutMs) throw new Error('lock timeout');
    token = await claim();
    if (!token) await sleep(250);
  }
  return token;
}`),
              },
            ],
          },
        ],
      },
      {
        code: withSleep(`export async function drained(queue: Promise<{ depth: number }>) {
  for (;;) {
    const stats = await queue;
    const empty = stats.depth === 0;
    if (empty) break;
    await sleep(1000);
  }
}`),
        output: null,
        errors: [
          {
            messageId: 'polledSettledPromise',
            line: 4,
            column: 25,
            endLine: 4,
            endColumn: 30,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output: withSleep(`export async function drained(queue: () => Promise<{ depth: number }>) {
  for (;;) {
    const stats = await queue();
    const empty = stats.depth === 0;
    if (empty) break;
    await sleep(1000);
  }
}`),
              },
            ],
          },
        ],
      },
      {
        code: withSleep(`export async function finished(build: Promise<{ done: boolean }>) {
  for (let tries = 0; ; tries++) {
    const b = await build;
    if (b.done || tries >= 10) return b.done;
    await sleep(100);
  }
}`),
        output: null,
        errors: [
          {
            messageId: 'polledSettledPromise',
            line: 4,
            column: 21,
            endLine: 4,
            endColumn: 26,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output: withSleep(`export async function finished(build: () => Promise<{ done: boolean }>) {
  for (let tries = 0; ; tries++) {
    const b = await build();
    if (b.done || tries >= 10) return b.done;
    await sleep(100);
  }
}`),
              },
            ],
          },
        ],
      },
    ],
  });
});

describe('the factory suggestions: union types, call sites, and when none is offered', () => {
  ruleTester.run('no-reused-settled-promise', rule, {
    valid: [],
    invalid: [
      {
        code: withSleep(`export async function retry<T>(p: Promise<T> | PromiseLike<T>, attempts = 3) {
  for (let i = 0; i < attempts; i++) {
    try {
      return await p;
    } catch {
      await sleep(100);
    }
  }
  return undefined;
}`),
        output: null,
        errors: [
          {
            messageId: 'retriedSettledPromise',
            line: 5,
            column: 20,
            endLine: 5,
            endColumn: 21,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output: withSleep(`export async function retry<T>(p: () => (Promise<T> | PromiseLike<T>), attempts = 3) {
  for (let i = 0; i < attempts; i++) {
    try {
      return await p();
    } catch {
      await sleep(100);
    }
  }
  return undefined;
}`),
              },
            ],
          },
        ],
      },
      {
        code: withSleep(`export async function retry<T>(p: Promise<T>, attempts = 3) {
  const result = { p };
  for (let i = 0; i < attempts; i++) {
    try {
      return await p;
    } catch {
      await sleep(100);
    }
  }
  return result;
}`),
        output: null,
        errors: [{ messageId: 'retriedSettledPromise', line: 6, column: 20, endLine: 6, endColumn: 21 }],
      },
      {
        code: withSleep(`declare function upload(file: string): Promise<string>;
async function retry<T>(p: Promise<T>, times: number): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await p;
    } catch (error) {
      if (i >= times) throw error;
      await sleep(100);
    }
  }
}
export const send = (file: string) => retry(upload(file), 3);`),
        output: null,
        errors: [
          {
            messageId: 'retriedSettledPromise',
            line: 6,
            column: 20,
            endLine: 6,
            endColumn: 21,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output: withSleep(`declare function upload(file: string): Promise<string>;
async function retry<T>(p: () => Promise<T>, times: number): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await p();
    } catch (error) {
      if (i >= times) throw error;
      await sleep(100);
    }
  }
}
export const send = (file: string) => retry(() => upload(file), 3);`),
              },
            ],
          },
        ],
      },
      {
        code: withSleep(`declare function schedule(run: (p: Promise<string>, times: number) => Promise<string>): void;
async function retry(p: Promise<string>, times: number): Promise<string> {
  for (let i = 0; ; i++) {
    try {
      return await p;
    } catch (error) {
      if (i >= times) throw error;
      await sleep(100);
    }
  }
}
schedule(retry);
`),
        output: null,
        errors: [{ messageId: 'retriedSettledPromise', line: 6, column: 20, endLine: 6, endColumn: 21 }],
      },
    ],
  });
});

describe('factory suggestions: only where starting the work at the read changes nothing else', () => {
  ruleTester.run('no-reused-settled-promise', rule, {
    valid: [],
    invalid: [
      // two reads per turn would start the work twice
      {
        code: withSleep(`declare function fetchStatus(): Promise<{ done: boolean; step: string }>;
export async function waitDone() {
  const status = fetchStatus();
  while (!(await status).done) {
    console.log((await status).step);
    await sleep(100);
  }
}`),
        errors: [{ messageId: 'polledSettledPromise', line: 5, column: 18, endLine: 5, endColumn: 24, suggestions: [] }],
      },
      // a caller passes a promise it also uses as a promise: \`() => pending\` would hand back the same one
      {
        code: withSleep(`declare function load(): Promise<number>;
async function retry<T>(p: Promise<T>, attempts: number): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    try {
      return await p;
    } catch (error) {
      await sleep(100 * 2 ** i);
    }
  }
  throw new Error('gave up');
}
export async function main() {
  const pending = load();
  pending.then((n) => console.log(n));
  return retry(pending, 3);
}`),
        errors: [{ messageId: 'retriedSettledPromise', line: 6, column: 20, endLine: 6, endColumn: 21, suggestions: [] }],
      },
      // a waiter created before its trigger: made at the read, it would miss the event
      {
        code: withSleep(`import { once } from 'node:events';
import type { EventEmitter } from 'node:events';
export async function ready(emitter: EventEmitter) {
  const opened = once(emitter, 'open');
  emitter.emit('connect');
  for (let i = 0; i < 3; i++) {
    try {
      return await opened;
    } catch {
      await sleep(100);
    }
  }
  throw new Error('never opened');
}`),
        errors: [{ messageId: 'retriedSettledPromise', line: 9, column: 20, endLine: 9, endColumn: 26, suggestions: [] }],
      },
      // a caller that starts the work in the call: offered
      {
        code: withSleep(`declare function load(): Promise<number>;
async function retry<T>(p: Promise<T>, attempts: number): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    try {
      return await p;
    } catch (error) {
      await sleep(100 * 2 ** i);
    }
  }
  throw new Error('gave up');
}
export async function main() {
  return retry(load(), 3);
}`),
        errors: [
          {
            messageId: 'retriedSettledPromise',
            line: 6,
            column: 20,
            endLine: 6,
            endColumn: 21,
            suggestions: [
              {
                messageId: 'suggestFactoryParameter',
                output: withSleep(`declare function load(): Promise<number>;
async function retry<T>(p: () => Promise<T>, attempts: number): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    try {
      return await p();
    } catch (error) {
      await sleep(100 * 2 ** i);
    }
  }
  throw new Error('gave up');
}
export async function main() {
  return retry(() => load(), 3);
}`),
              },
            ],
          },
        ],
      },
    ],
  });
});
