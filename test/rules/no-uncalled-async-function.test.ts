import rule from '../../rules/no-uncalled-async-function.js';
import { typedRuleTester } from '../rule-tester.js';

typedRuleTester().run('no-uncalled-async-function', rule, {
  valid: [
    // A handler table whose odd entry returns a plain function (a formatter field), beside data and promises.
    `type Handler = (url: URL) => unknown;
export class PotteryApi {
  readonly routes: Record<string, Handler> = {
    'GET /pots': () => this.listPots(),
    'GET /health': () => ({ ok: true }),
    'GET /format': () => this.formatter,
  };
  readonly formatter = (value: number): string => value.toFixed(2);
  async listPots(): Promise<string[]> {
    return [];
  }
}`,
    // the same callback handed to a slot whose declared type returns a promise or a function on purpose
    `declare function exclusive<T>(task: () => T): Promise<Awaited<T>>;
declare function pickStep(task: () => Promise<void> | (() => Promise<void>)): Promise<void>;
interface Shutter { open(): Promise<void>; close(): Promise<void>; jammed: boolean }
declare function report(reason: string): Promise<void>;

export async function cycle(shutter: Shutter): Promise<void> {
  await pickStep(() => {
    if (shutter.jammed) return report('jammed');
    if (Math.random() > 0.5) return shutter.close;
    return shutter.open();
  });
  await exclusive(() => shutter.open());
}`,
    // A method's then-callback hands back a method or nothing, and its caller calls what comes back: the function is the result.
    `declare const hub: { levels(): Promise<{ id: string; stale: boolean }[]> };
export class Occupancy {
  private staleLevels: string[] = [];
  refresh() {
    return hub.levels().then((levels) => {
      const stale = levels.filter((level) => level.stale);
      if (stale.length > 0) {
        this.staleLevels = stale.map((level) => level.id);
        return this.resyncStaleLevels;
      }
      this.staleLevels = [];
      return undefined;
    });
  }
  private async resyncStaleLevels(): Promise<void> {
    this.staleLevels = [];
  }
  async tick(): Promise<void> {
    const resync = await this.refresh();
    if (resync) await resync.call(this);
  }
}`,
    // Arrays filled only with started work, and functions called by map before the combinator.
    `declare function loadA(): Promise<number>;
declare function loadB(): Promise<number>;
export async function both(skipA: boolean): Promise<void> {
  const tasks = [];
  if (!skipA) tasks.push(loadA());
  tasks.push(loadB());
  await Promise.all(tasks);
  const jobs = [loadA, loadB];
  await Promise.all(jobs.map((job) => job()));
}`,
    // a beforeEach handing back a function (vitest runs it as the teardown), and an after-hook calling it
    {
      code: `declare const beforeEach: (fn: () => unknown) => void;
declare const afterEach: (fn: () => unknown) => void;
declare const fixtures: { clearBookings(): Promise<void>; seed(): Promise<void> };
beforeEach(() => fixtures.clearBookings);
afterEach(() => fixtures.clearBookings());`,
      filename: 'quiet.e2e.ts',
    },
    // a generic callee whose declared type parameter is constrained to a function: returning one is meant
    `interface Machine {
  id: string;
  queueOfflineSync(): Promise<void>;
}
declare const registry: { lazy<T extends () => Promise<void>>(load: () => Promise<T>): Promise<T> };
declare function ping(id: string): Promise<boolean>;
export async function handlerFor(machine: Machine): Promise<() => Promise<void>> {
  return registry.lazy(async () => {
    if (!(await ping(machine.id))) {
      return machine.queueOfflineSync;
    }
    return async () => {};
  });
}`,
    // a proxy callback that returns plain strings on some branches and itself on another: its results are not all started work, and a function handing itself out does so on purpose
    `declare function fetchRoute(path: string): Promise<Response>;
export function makeClient(base: string) {
  return function route(path: string) {
    if (path === 'toString') return \`\${base}\`;
    if (path === 'self') return route;
    return fetchRoute(\`\${base}/\${path}\`);
  };
}`,
    // a function that returns functions on every branch: no started work among its returns says a call was lost
    `declare function loadProfile(id: string): Promise<string>;
declare function defaultProfile(): Promise<string>;
export function profileLoader(id: string | undefined): () => Promise<string> {
  if (id === undefined) return defaultProfile;
  return () => loadProfile(id);
}`,
    // a plain task whose slot takes a function or a promise: returning the function hands it over, the sibling's started work does not say otherwise
    `type Step = Promise<void> | (() => Promise<void>);
declare const pipeline: { add(step: () => Step): void };
declare function warmCache(): Promise<void>;
declare function rebuildCache(): Promise<void>;
export function schedule(deferRebuild: boolean): void {
  pipeline.add(() => {
    // a deferred step is handed over as a function for the pipeline to call later
    if (deferRebuild) return rebuildCache;
    return warmCache();
  });
}`,
    // the same `.map` callback calling both methods
    `declare const plc: { open(id: string): Promise<void> };
class Vat {
  constructor(readonly id: string, readonly exhausted: boolean) {}
  async drain(): Promise<void> {
    await plc.open(this.id);
  }
  async topUp(litres: number): Promise<void> {
    await plc.open(\`\${this.id}:\${litres}\`);
  }
}
export async function endOfShift(vats: Vat[]): Promise<number> {
  const results = await Promise.allSettled(vats.map((vat) => (vat.exhausted ? vat.drain() : vat.topUp(40))));
  return results.filter((result) => result.status === 'fulfilled').length;
}`,
    // a handler that may be absent, awaited and tested for: checking for a function
    `interface Options {
  onReady?: () => Promise<void>;
}
export async function start(options: Options): Promise<boolean> {
  const ready = await options.onReady;
  if (!ready) return false;
  await ready();
  return true;
}`,
    // called properly
    `declare function load(id?: string): Promise<number>;
export async function run() { await load(); await Promise.all([load('a'), load('b')]); }`,
    // a function returning a factory on purpose
    `declare const fetchUser: (id: string) => Promise<string>;
export const userLoader = () => fetchUser;`,
    // factories called through map
    `declare const tasks: (() => Promise<void>)[];
export async function run() { await Promise.all(tasks.map((task) => task())); }`,
    // a typed factory of factories
    `declare function load(id?: string): Promise<number>;
export function makeLoader(): () => () => Promise<number> { return () => load; }`,
    // a callback typed to return a factory
    `declare function load(id?: string): Promise<number>;
declare function register(factory: () => () => Promise<number>): void;
register(() => load);`,
    // the result is called: a cache of loaders
    `declare function load(id?: string): Promise<number>;
declare const cached: (() => Promise<number>) | undefined;
export async function run() { const task = await (cached ?? load); return task(); }`,
    // the slot is destructured and called
    `declare function load(id?: string): Promise<number>;
export async function run() { const [a, b] = await Promise.all([load('a'), load]); return a + (await b()); }`,
    // the settled slot's value is called
    `declare function load(id?: string): Promise<number>;
export async function run() { const results = await Promise.allSettled([load('a'), load]); if (results[1].status === 'fulfilled') await results[1].value(); }`,
    // the destructured settled value is called
    `declare function load(id?: string): Promise<number>;
export async function run() { const [, second] = await Promise.allSettled([load('a'), load]); if (second.status === 'fulfilled') await second.value(); }`,
    // the declared return type wants a function
    `declare function load(id?: string): Promise<number>;
export function run(): Promise<() => Promise<number>> { return Promise.resolve(load); }`,
    // an untyped plain function returning a promise of a function
    `declare function load(id?: string): Promise<number>;
export function run() { return Promise.resolve(load); }`,
    // the `.then` result is called
    `declare function load(id?: string): Promise<number>;
declare function connect(): Promise<void>;
export async function run() { const next = await connect().then(() => load); return next(); }`,
    // returned from an untyped plain function: may be a factory
    `declare function load(id?: string): Promise<number>;
declare function connect(): Promise<void>;
export function run() { return connect().then(() => load); }`,
    // an untyped async function may return a factory
    `declare function load(id?: string): Promise<number>;
export async function pick() { return load; }`,
    // an untyped async arrow may return a factory
    `declare function load(id?: string): Promise<number>;
export const pick = async () => load;`,
    // a fallback for a promise of a function
    `type Handler = (request: string) => Promise<string>;
declare function loadHandler(): Promise<Handler>;
declare const fallback: Handler;
export async function handler() { return await loadHandler().catch(() => fallback); }`,
    // both branches deal in functions
    `type Handler = (request: string) => Promise<string>;
declare const pending: Promise<Handler> | undefined;
declare const fallback: Handler;
export async function handler() { return await (pending ?? fallback); }`,
    // an async generator typed to yield factories
    `declare function load(id?: string): Promise<number>;
export async function* loaders(): AsyncGenerator<() => Promise<number>> { yield load; }`,
    // a sync generator
    `declare function load(id?: string): Promise<number>;
export function* loaders() { yield load; }`,
    // objects holding functions are not functions
    `declare const plugin: { setup: () => Promise<void> };
declare function use(plugin: { setup: () => Promise<void> }): Promise<void>;
export async function run() { await use(plugin); }`,
    // retry helpers take factories
    `declare function load(id?: string): Promise<number>;
declare function retry<T>(attempt: () => Promise<T>, times: number): Promise<T>;
export async function run() { return retry(load, 3); }`,
    // `&&` with a called function
    `declare function load(id?: string): Promise<number>;
export async function run(enabled: boolean) { await (enabled && load()); }`,
    // opaque types
    `declare const value: any;
declare const thing: unknown;
export async function run<T>(generic: T) { await value; await thing; await generic; }`,
    // a callable thenable is awaited properly
    `declare const thenableFn: (() => Promise<void>) & { then(resolve: (value: number) => void): void };
export async function run() { await thenableFn; }`,
    // functions that do not return promises
    `declare function format(value: number): string;
export async function run() { await Promise.all([format]); }`,
    // not the global Promise
    `class Promise2 { static all(values: unknown[]) { return values; } }
declare function load(id?: string): Promise<number>;
export function run() { return Promise2.all([load]); }`,
    // a race of a promise of a function, called
    `declare function load(id?: string): Promise<number>;
export async function run() { const loader = await Promise.race([Promise.resolve(load)]); return loader(); }`,
    // map callbacks that call
    `declare const items: string[];
declare function load(id?: string): Promise<number>;
export async function run() { await Promise.all(items.map((id) => load(id))); }`,
    // a test callback typed to return a factory
    `declare function load(id?: string): Promise<number>;
declare function it(name: string, fn: () => Promise<() => Promise<number>>): void;
it('returns a loader', async () => load);`,
    // testing the function's type
    `declare function load(id?: string): Promise<number>;
export async function run() { if (typeof (await load) === 'function') return 1; return 0; }`,
    // passed where a function is expected
    `declare function load(id?: string): Promise<number>;
declare function schedule(task: () => Promise<number>): void;
export async function run() { schedule(await load); }`,
    // the resolved function is called
    `declare function load(id?: string): Promise<number>;
export async function run() { return (await Promise.resolve(load))(); }
`,
    // an untyped async generator of handlers
    `declare function auth(request: string): Promise<void>;
declare function audit(request: string): Promise<void>;
export async function* middleware() { yield auth; yield audit; }`,
    // every return is a function: a factory
    `declare function fetchToken(): Promise<string>;
declare const override: (() => Promise<string>) | undefined;
export async function tokenSource() {
  if (override) return override;
  return fetchToken;
}`,
    // untyped methods and fields may return factories
    `declare function load(id?: string): Promise<number>;
export const handlers = { async pick() { return load; }, get current() { return load; } };
export class Holder { pick = async () => load; }
`,
    // the fallback handler is printed and then called: it is meant as a function
    `declare function defaultHandler(): Promise<void>;
export async function run(custom: (() => Promise<void>) | undefined) {
  const handler = await (custom ?? defaultHandler);
  console.log(String(handler));
  await handler();
}`,
    // a tag receives the value as it is, not as text
    `declare function sql(parts: TemplateStringsArray, ...values: unknown[]): string;
declare function loadRows(): Promise<string[]>;
export async function query(cached: string[] | undefined) {
  const rows = await (cached ?? loadRows);
  return sql\`select \${rows}\`;
}`,
    // a local \`String\` helper is not the global conversion
    `declare function loadName(): Promise<string>;
const String = (value: any): unknown => value;
export async function name(given: string | undefined) {
  const value = await (given || loadName);
  return String(value);
}`,
    // a hook whose callback may return its teardown: vitest runs the returned function after the suite
    `import { beforeAll } from 'vitest';
declare function startServer(): Promise<{ close(): Promise<void> }>;
beforeAll(async () => {
  const server = await startServer();
  return async () => {
    await server.close();
  };
});`,
    `declare function startServer(): Promise<{ close(): Promise<void> }>;
declare function setup(fn: () => Promise<(() => Promise<void>) | void>): void;
setup(async () => {
  const server = await startServer();
  return async function teardown() {
    await server.close();
  };
});`,
  ],
  invalid: [
    // A pick between calling one method and naming another async one; a handler table (promises and data) whose entry names an async method.
    {
      code: `declare const jobs: { add(name: string, run: () => unknown): Promise<void> };
export class FeedPlans {
  private async rebuildAll(): Promise<string[]> {
    return [];
  }
  private async rebuildPen(penId: string): Promise<string> {
    return penId;
  }
  schedule(penId: string | null): Promise<void> {
    return jobs.add('rebuild', () => (penId === null ? this.rebuildAll : this.rebuildPen(penId)));
  }
}
type Handler = (url: URL) => unknown;
export class PotteryApi {
  readonly routes: Record<string, Handler> = {
    'GET /pots': () => this.listPots(),
    'GET /pot': (url) => this.potDetail(url.searchParams.get('sku') ?? ''),
    'GET /kilns': () => this.kilnStatus,
    'GET /health': () => ({ ok: true }),
  };
  async listPots(): Promise<string[]> {
    return [];
  }
  async potDetail(sku: string): Promise<string> {
    return sku;
  }
  async kilnStatus(): Promise<number[]> {
    return [];
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'uncalledReturned',
          line: 10,
          column: 56,
          endLine: 10,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'suggestCall',
              output: `declare const jobs: { add(name: string, run: () => unknown): Promise<void> };
export class FeedPlans {
  private async rebuildAll(): Promise<string[]> {
    return [];
  }
  private async rebuildPen(penId: string): Promise<string> {
    return penId;
  }
  schedule(penId: string | null): Promise<void> {
    return jobs.add('rebuild', () => (penId === null ? this.rebuildAll() : this.rebuildPen(penId)));
  }
}
type Handler = (url: URL) => unknown;
export class PotteryApi {
  readonly routes: Record<string, Handler> = {
    'GET /pots': () => this.listPots(),
    'GET /pot': (url) => this.potDetail(url.searchParams.get('sku') ?? ''),
    'GET /kilns': () => this.kilnStatus,
    'GET /health': () => ({ ok: true }),
  };
  async listPots(): Promise<string[]> {
    return [];
  }
  async potDetail(sku: string): Promise<string> {
    return sku;
  }
  async kilnStatus(): Promise<number[]> {
    return [];
  }
}`,
            },
          ],
        },
        {
          messageId: 'uncalledReturned',
          line: 18,
          column: 25,
          endLine: 18,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'suggestCall',
              output: `declare const jobs: { add(name: string, run: () => unknown): Promise<void> };
export class FeedPlans {
  private async rebuildAll(): Promise<string[]> {
    return [];
  }
  private async rebuildPen(penId: string): Promise<string> {
    return penId;
  }
  schedule(penId: string | null): Promise<void> {
    return jobs.add('rebuild', () => (penId === null ? this.rebuildAll : this.rebuildPen(penId)));
  }
}
type Handler = (url: URL) => unknown;
export class PotteryApi {
  readonly routes: Record<string, Handler> = {
    'GET /pots': () => this.listPots(),
    'GET /pot': (url) => this.potDetail(url.searchParams.get('sku') ?? ''),
    'GET /kilns': () => this.kilnStatus(),
    'GET /health': () => ({ ok: true }),
  };
  async listPots(): Promise<string[]> {
    return [];
  }
  async potDetail(sku: string): Promise<string> {
    return sku;
  }
  async kilnStatus(): Promise<number[]> {
    return [];
  }
}`,
            },
          ],
        },
      ],
    },
    // a callback handed to a generic task slot (exclusive<T>(task: () => T)) whose other returns start work: the slot's T is inferred from the callback, so it does not ask for a function
    {
      code: `declare function exclusive<T>(task: () => T): Promise<Awaited<T>>;
interface Shutter { open(): Promise<void>; close(): Promise<void>; jammed: boolean }
declare function report(reason: string): Promise<void>;

export async function cycle(shutter: Shutter): Promise<void> {
  await exclusive(() => {
    if (shutter.jammed) return report('jammed');
    if (Math.random() > 0.5) return shutter.close;
    return shutter.open();
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'uncalledReturned',
          line: 8,
          column: 37,
          endLine: 8,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'suggestCall',
              output: `declare function exclusive<T>(task: () => T): Promise<Awaited<T>>;
interface Shutter { open(): Promise<void>; close(): Promise<void>; jammed: boolean }
declare function report(reason: string): Promise<void>;

export async function cycle(shutter: Shutter): Promise<void> {
  await exclusive(() => {
    if (shutter.jammed) return report('jammed');
    if (Math.random() > 0.5) return shutter.close();
    return shutter.open();
  });
}`,
            },
          ],
        },
      ],
    },
    // The same then-callback, with every caller of the method in the file awaiting and dropping the result: the resync never runs (a suggestion: only the callers in sight say so).
    {
      code: `declare const hub: { levels(): Promise<{ id: string; stale: boolean }[]> };
export class Occupancy {
  private staleLevels: string[] = [];
  refresh() {
    return hub.levels().then((levels) => {
      const stale = levels.filter((level) => level.stale);
      if (stale.length > 0) {
        this.staleLevels = stale.map((level) => level.id);
        return this.resyncStaleLevels;
      }
      this.staleLevels = [];
      return undefined;
    });
  }
  private async resyncStaleLevels(): Promise<void> {
    this.staleLevels = [];
  }
  async tick(): Promise<void> {
    await this.refresh();
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'uncalledReturned',
          line: 9,
          column: 16,
          endLine: 9,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'suggestCall',
              output: `declare const hub: { levels(): Promise<{ id: string; stale: boolean }[]> };
export class Occupancy {
  private staleLevels: string[] = [];
  refresh() {
    return hub.levels().then((levels) => {
      const stale = levels.filter((level) => level.stale);
      if (stale.length > 0) {
        this.staleLevels = stale.map((level) => level.id);
        return this.resyncStaleLevels();
      }
      this.staleLevels = [];
      return undefined;
    });
  }
  private async resyncStaleLevels(): Promise<void> {
    this.staleLevels = [];
  }
  async tick(): Promise<void> {
    await this.refresh();
  }
}`,
            },
          ],
        },
      ],
    },
    // A const array literal with a call beside a method left uncalled, handed to Promise.allSettled.
    {
      code: `export class Sync {
  async pullUsers(): Promise<void> {}
  async pullOrders(): Promise<void> {}
  async run(): Promise<void> {
    const steps = [this.pullUsers(), this.pullOrders];
    await Promise.allSettled(steps);
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'uncalledInCombinator',
          line: 5,
          column: 38,
          endLine: 5,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'suggestCall',
              output: `export class Sync {
  async pullUsers(): Promise<void> {}
  async pullOrders(): Promise<void> {}
  async run(): Promise<void> {
    const steps = [this.pullUsers(), this.pullOrders()];
    await Promise.allSettled(steps);
  }
}`,
            },
          ],
        },
      ],
    },
    // A local array filled by push with a call beside an uncalled function, only handed to Promise.all: the function never runs (a suggestion: inferred from its siblings).
    {
      code: `declare function loadA(): Promise<number>;
declare function loadB(): Promise<number>;
export async function both(skipA: boolean): Promise<void> {
  const tasks = [];
  if (!skipA) tasks.push(loadA);
  tasks.push(loadB());
  await Promise.all(tasks);
}`,
      output: null,
      errors: [
        {
          messageId: 'uncalledInCombinator',
          line: 5,
          column: 26,
          endLine: 5,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'suggestCall',
              output: `declare function loadA(): Promise<number>;
declare function loadB(): Promise<number>;
export async function both(skipA: boolean): Promise<void> {
  const tasks = [];
  if (!skipA) tasks.push(loadA());
  tasks.push(loadB());
  await Promise.all(tasks);
}`,
            },
          ],
        },
      ],
    },
    // an after-hook handing back the cleanup uncalled: the runner waits for a promise and drops a function
    {
      code: `declare const afterEach: (fn: () => unknown) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const fixtures: { clearBookings(): Promise<void>; seed(): Promise<void> };
afterEach(() => fixtures.clearBookings);
it('seeds', () => fixtures.seed());`,
      filename: 'quiet.e2e.ts',
      output: `declare const afterEach: (fn: () => unknown) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const fixtures: { clearBookings(): Promise<void>; seed(): Promise<void> };
afterEach(() => fixtures.clearBookings());
it('seeds', () => fixtures.seed());`,
      errors: [
        {
          messageId: 'uncalledReturned',
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 39,
          suggestions: [],
        },
      ],
    },
    // a generic callee (add<T>(task: () => Promise<T>)): T is inferred from the callback's own returns, so it says nothing; the other return starts work
    {
      code: `interface Machine {
  id: string;
  queueOfflineSync(): Promise<void>;
}
declare const queue: { add<T>(task: () => Promise<T>): Promise<T> };
declare function ping(id: string): Promise<boolean>;
declare function push(machine: Machine): Promise<void>;
export async function sync(machine: Machine): Promise<void> {
  await queue.add(async () => {
    if (!(await ping(machine.id))) {
      return machine.queueOfflineSync;
    }
    return push(machine);
  });
}`,
      output: `interface Machine {
  id: string;
  queueOfflineSync(): Promise<void>;
}
declare const queue: { add<T>(task: () => Promise<T>): Promise<T> };
declare function ping(id: string): Promise<boolean>;
declare function push(machine: Machine): Promise<void>;
export async function sync(machine: Machine): Promise<void> {
  await queue.add(async () => {
    if (!(await ping(machine.id))) {
      return machine.queueOfflineSync();
    }
    return push(machine);
  });
}`,
      errors: [
        {
          messageId: 'uncalledReturned',
          line: 11,
          column: 14,
          endLine: 11,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    // a scheduler task that hands back started work on one branch and the function itself on the other: that branch lost its call (a suggestion: the call is inferred from the sibling)
    {
      code: `declare const ticker: { every(ms: number, task: () => unknown): { stop(): void } };
declare function flushMetrics(): Promise<void>;
declare function flushEverything(): Promise<void>;
export class MetricsFlusher {
  private draining = false;
  start(): { stop(): void } {
    return ticker.every(1_000, () => {
      if (this.draining) return flushEverything;
      return flushMetrics();
    });
  }
  drain(): void {
    this.draining = true;
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'uncalledReturned',
          line: 8,
          column: 33,
          endLine: 8,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'suggestCall',
              output: `declare const ticker: { every(ms: number, task: () => unknown): { stop(): void } };
declare function flushMetrics(): Promise<void>;
declare function flushEverything(): Promise<void>;
export class MetricsFlusher {
  private draining = false;
  start(): { stop(): void } {
    return ticker.every(1_000, () => {
      if (this.draining) return flushEverything();
      return flushMetrics();
    });
  }
  drain(): void {
    this.draining = true;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // a `.map` callback handed to a combinator returns the uncalled method on one branch and started work on the other: the branch was meant to be called like its sibling
      code: `declare const plc: { open(id: string): Promise<void> };
class Vat {
  constructor(readonly id: string, readonly exhausted: boolean) {}
  async drain(): Promise<void> {
    await plc.open(this.id);
  }
  async topUp(litres: number): Promise<void> {
    await plc.open(\`\${this.id}:\${litres}\`);
  }
}
export async function endOfShift(vats: Vat[]): Promise<number> {
  const results = await Promise.allSettled(vats.map((vat) => (vat.exhausted ? vat.drain : vat.topUp(40))));
  return results.filter((result) => result.status === 'fulfilled').length;
}`,
      output: `declare const plc: { open(id: string): Promise<void> };
class Vat {
  constructor(readonly id: string, readonly exhausted: boolean) {}
  async drain(): Promise<void> {
    await plc.open(this.id);
  }
  async topUp(litres: number): Promise<void> {
    await plc.open(\`\${this.id}:\${litres}\`);
  }
}
export async function endOfShift(vats: Vat[]): Promise<number> {
  const results = await Promise.allSettled(vats.map((vat) => (vat.exhausted ? vat.drain() : vat.topUp(40))));
  return results.filter((result) => result.status === 'fulfilled').length;
}`,
      errors: [
        {
          messageId: 'uncalledInCombinator',
          line: 12,
          column: 79,
          endLine: 12,
          endColumn: 88,
          suggestions: [],
        },
      ],
    },
    {
      // an uncalled method among the work of `Promise.all`, whose result is only tested as data (`Array.isArray`): a type test of data never wants the function
      code: `interface Slot { startsAt: string }
declare const kilnApi: { slots(): Promise<Slot[]> };
declare const ordersApi: { open(): Promise<string[]> };
export class Studio {
  private async loadSchedule(): Promise<Slot[]> {
    return kilnApi.slots();
  }
  private async loadOrders(): Promise<string[]> {
    return ordersApi.open();
  }
  async today(): Promise<{ slots: Slot[]; orders: string[] }> {
    const [schedule, orders] = await Promise.all([this.loadSchedule, this.loadOrders()]);
    const slots = Array.isArray(schedule) ? schedule : [];
    return { slots, orders };
  }
}`,
      output: `interface Slot { startsAt: string }
declare const kilnApi: { slots(): Promise<Slot[]> };
declare const ordersApi: { open(): Promise<string[]> };
export class Studio {
  private async loadSchedule(): Promise<Slot[]> {
    return kilnApi.slots();
  }
  private async loadOrders(): Promise<string[]> {
    return ordersApi.open();
  }
  async today(): Promise<{ slots: Slot[]; orders: string[] }> {
    const [schedule, orders] = await Promise.all([this.loadSchedule(), this.loadOrders()]);
    const slots = Array.isArray(schedule) ? schedule : [];
    return { slots, orders };
  }
}`,
      errors: [
        {
          messageId: 'uncalledInCombinator',
          line: 12,
          column: 51,
          endLine: 12,
          endColumn: 68,
          suggestions: [],
        },
      ],
    },
    // an awaited method never called, tested with `!`: a function is always truthy
    {
      code: `declare const broker: { isConnected(): Promise<boolean> };
export async function probe(): Promise<number> {
  if (!(await broker.isConnected)) {
    return 503;
  }
  return 200;
}`,
      output: `declare const broker: { isConnected(): Promise<boolean> };
export async function probe(): Promise<number> {
  if (!(await broker.isConnected())) {
    return 503;
  }
  return 200;
}`,
      errors: [
        {
          messageId: 'uncalledAwaited',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 33,
          suggestions: [],
        },
      ],
    },
    // an awaited function kept in a local, then tested
    {
      code: `declare function isReady(): Promise<boolean>;
export async function status(): Promise<number> {
  const ok = await isReady;
  return ok ? 200 : 503;
}`,
      output: `declare function isReady(): Promise<boolean>;
export async function status(): Promise<number> {
  const ok = await isReady();
  return ok ? 200 : 503;
}`,
      errors: [
        {
          messageId: 'uncalledAwaited',
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 27,
          suggestions: [],
        },
      ],
    },
    {
      code: `declare function load(id?: string): Promise<number>;
declare function save(value: number): Promise<void>;
export async function run() {
  await Promise.all([load('a'), save]);
}`,
      output: null,
      errors: [{ messageId: 'uncalledInCombinator', line: 4, column: 33, endLine: 4, endColumn: 37 }],
    },
    {
      code: `declare function load(id?: string): Promise<number>;
export async function run() {
  await load;
}`,
      output: `declare function load(id?: string): Promise<number>;
export async function run() {
  await load();
}`,
      errors: [{ messageId: 'uncalledAwaited', line: 3, column: 9, endLine: 3, endColumn: 13 }],
    },
    {
      code: `declare function save(value: number): Promise<void>;
export async function run() {
  await save;
}`,
      output: null,
      errors: [{ messageId: 'uncalledAwaited', line: 3, column: 9, endLine: 3, endColumn: 13 }],
    },
    {
      code: `declare function load(id?: string): Promise<number>;
declare const cached: Promise<number> | undefined;
export async function run() {
  return await (cached ?? load);
}`,
      output: `declare function load(id?: string): Promise<number>;
declare const cached: Promise<number> | undefined;
export async function run() {
  return await (cached ?? load());
}`,
      errors: [{ messageId: 'uncalledAwaited', line: 4, column: 27, endLine: 4, endColumn: 31 }],
    },
    {
      code: `declare function load(id?: string): Promise<number>;
declare const cached: Promise<number> | undefined;
export async function run(fresh: boolean) {
  const value = await (fresh ? load : cached || load);
  return value;
}`,
      output: `declare function load(id?: string): Promise<number>;
declare const cached: Promise<number> | undefined;
export async function run(fresh: boolean) {
  const value = await (fresh ? load() : cached || load());
  return value;
}`,
      errors: [
        { messageId: 'uncalledAwaited', line: 4, column: 32, endLine: 4, endColumn: 36 },
        { messageId: 'uncalledAwaited', line: 4, column: 49, endLine: 4, endColumn: 53 },
      ],
    },
    {
      code: `declare function load(id?: string): Promise<number>;
export async function run() {
  const [a, b] = await Promise.all([load('a'), load]);
  return a;
}`,
      output: `declare function load(id?: string): Promise<number>;
export async function run() {
  const [a, b] = await Promise.all([load('a'), load()]);
  return a;
}`,
      errors: [{ messageId: 'uncalledInCombinator', line: 3, column: 48, endLine: 3, endColumn: 52 }],
    },
    {
      code: `declare function load(id?: string): Promise<number>;
export async function run() {
  const results = await Promise.allSettled([load('a'), /* retry */ load]);
  return results.filter((result) => result.status === 'rejected');
}`,
      output: `declare function load(id?: string): Promise<number>;
export async function run() {
  const results = await Promise.allSettled([load('a'), /* retry */ load()]);
  return results.filter((result) => result.status === 'rejected');
}`,
      errors: [{ messageId: 'uncalledInCombinator', line: 3, column: 68, endLine: 3, endColumn: 72 }],
    },
    {
      code: `declare function load(id?: string): Promise<number>;
declare function timeout(ms: number): Promise<never>;
export function run() {
  return Promise.race([load(), timeout]);
}`,
      output: null,
      errors: [{ messageId: 'uncalledInCombinator', line: 4, column: 32, endLine: 4, endColumn: 39 }],
    },
    {
      code: `declare function load(id?: string): Promise<number>;
export async function run() {
  return Promise.any([load('a'), load]);
}`,
      output: `declare function load(id?: string): Promise<number>;
export async function run() {
  return Promise.any([load('a'), load()]);
}`,
      errors: [{ messageId: 'uncalledInCombinator', line: 3, column: 34, endLine: 3, endColumn: 38 }],
    },
    {
      code: `declare function load(id?: string): Promise<number>;
export function run() {
  void Promise.resolve(load);
}`,
      output: `declare function load(id?: string): Promise<number>;
export function run() {
  void Promise.resolve(load());
}`,
      errors: [{ messageId: 'uncalledResolved', line: 3, column: 24, endLine: 3, endColumn: 28 }],
    },
    {
      code: `declare function load(id?: string): Promise<number>;
declare function connect(): Promise<void>;
export function run() {
  connect().then(() => load);
}`,
      output: `declare function load(id?: string): Promise<number>;
declare function connect(): Promise<void>;
export function run() {
  connect().then(() => load());
}`,
      errors: [{ messageId: 'uncalledReturned', line: 4, column: 24, endLine: 4, endColumn: 28 }],
    },
    {
      code: `declare function load(id?: string): Promise<number>;
declare function connect(): Promise<void>;
export async function run() {
  await connect().then(() => {
    return load;
  });
}`,
      output: `declare function load(id?: string): Promise<number>;
declare function connect(): Promise<void>;
export async function run() {
  await connect().then(() => {
    return load();
  });
}`,
      errors: [{ messageId: 'uncalledReturned', line: 5, column: 12, endLine: 5, endColumn: 16 }],
    },
    {
      code: `declare function load(id?: string): Promise<number>;
declare function test(name: string, fn: () => void | Promise<unknown>): void;
test('loads', async () => load);`,
      output: `declare function load(id?: string): Promise<number>;
declare function test(name: string, fn: () => void | Promise<unknown>): void;
test('loads', async () => load());`,
      errors: [{ messageId: 'uncalledReturned', line: 3, column: 27, endLine: 3, endColumn: 31 }],
    },
    {
      code: `declare function load(id?: string): Promise<number>;
export async function run(): Promise<unknown> {
  return load;
}`,
      output: `declare function load(id?: string): Promise<number>;
export async function run(): Promise<unknown> {
  return load();
}`,
      errors: [{ messageId: 'uncalledReturned', line: 3, column: 10, endLine: 3, endColumn: 14 }],
    },
    {
      code: `declare function load(id?: string): Promise<number>;
export async function* pages() {
  yield load('first');
  yield load;
}`,
      // an untyped generator: only its other yields say values are meant, so the call is a suggestion
      output: null,
      errors: [
        {
          messageId: 'uncalledYielded',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestCall',
              data: { name: 'load' },
              output: `declare function load(id?: string): Promise<number>;
export async function* pages() {
  yield load('first');
  yield load();
}`,
            },
          ],
        },
      ],
    },
    {
      code: `declare const tasks: (() => Promise<void>)[];
export async function run() {
  await Promise.all(tasks);
}`,
      output: `declare const tasks: (() => Promise<void>)[];
export async function run() {
  await Promise.all(tasks.map((task) => task()));
}`,
      errors: [{ messageId: 'uncalledArray', line: 3, column: 21, endLine: 3, endColumn: 26 }],
    },
    {
      code: `declare const jobs: ((id: string) => Promise<void>)[];
export async function run() {
  await Promise.allSettled(jobs);
}`,
      output: null,
      errors: [{ messageId: 'uncalledArray', line: 3, column: 28, endLine: 3, endColumn: 32 }],
    },
    {
      code: `export async function run() {
  await Promise.all([async () => { await Promise.resolve(); }, Promise.resolve(2)]);
}`,
      output: `export async function run() {
  await Promise.all([(async () => { await Promise.resolve(); })(), Promise.resolve(2)]);
}`,
      errors: [{ messageId: 'uncalledInCombinator', line: 2, column: 22, endLine: 2, endColumn: 62 }],
    },
    {
      code: `declare const api: { load?: () => Promise<number> };
export async function run() {
  await api.load;
}`,
      output: `declare const api: { load?: () => Promise<number> };
export async function run() {
  await api.load?.();
}`,
      errors: [{ messageId: 'uncalledAwaited', line: 3, column: 9, endLine: 3, endColumn: 17 }],
    },
    {
      code: `declare const api: { load(): Promise<number> } | undefined;
export async function run() {
  await api?.load;
}`,
      output: `declare const api: { load(): Promise<number> } | undefined;
export async function run() {
  await api?.load?.();
}`,
      errors: [{ messageId: 'uncalledAwaited', line: 3, column: 9, endLine: 3, endColumn: 18 }],
    },
    {
      code: `export class Store {
  async refresh(): Promise<void> {}
  async start() {
    await Promise.all([this.refresh]);
  }
}`,
      output: `export class Store {
  async refresh(): Promise<void> {}
  async start() {
    await Promise.all([this.refresh()]);
  }
}`,
      errors: [{ messageId: 'uncalledInCombinator', line: 4, column: 24, endLine: 4, endColumn: 36 }],
    },
    {
      code: `export async function run<T extends () => Promise<void>>(task: T) {
  await task;
}`,
      output: `export async function run<T extends () => Promise<void>>(task: T) {
  await task();
}`,
      errors: [{ messageId: 'uncalledAwaited', line: 2, column: 9, endLine: 2, endColumn: 13 }],
    },
    {
      code: `declare function load(id?: string): Promise<number>;
export async function run() {
  await (load as () => Promise<number>);
}`,
      output: `declare function load(id?: string): Promise<number>;
export async function run() {
  await (load as () => Promise<number>)();
}`,
      errors: [{ messageId: 'uncalledAwaited', line: 3, column: 10, endLine: 3, endColumn: 39 }],
    },
    {
      code: `declare const query: () => PromiseLike<number>;
export async function run() {
  await query;
}`,
      output: `declare const query: () => PromiseLike<number>;
export async function run() {
  await query();
}`,
      errors: [{ messageId: 'uncalledAwaited', line: 3, column: 9, endLine: 3, endColumn: 14 }],
    },
    {
      code: `declare function load(id?: string): Promise<number>;
declare function save(value: number): Promise<void>;
export async function run() {
  await Promise.all([load, save]);
}
`,
      output: `declare function load(id?: string): Promise<number>;
declare function save(value: number): Promise<void>;
export async function run() {
  await Promise.all([load(), save]);
}
`,
      errors: [
        { messageId: 'uncalledInCombinator', line: 4, column: 22, endLine: 4, endColumn: 26 },
        { messageId: 'uncalledInCombinator', line: 4, column: 28, endLine: 4, endColumn: 32 },
      ],
    },
    {
      code: `declare function fetchToken(): Promise<string>;
declare const cached: string | undefined;
export async function token() {
  if (cached) return cached;
  return fetchToken;
}`,
      // an untyped exported function: callers elsewhere may take the function, so the call is a suggestion
      output: null,
      errors: [
        {
          messageId: 'uncalledReturned',
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'suggestCall',
              data: { name: 'fetchToken' },
              output: `declare function fetchToken(): Promise<string>;
declare const cached: string | undefined;
export async function token() {
  if (cached) return cached;
  return fetchToken();
}`,
            },
          ],
        },
      ],
    },
    {
      code: `declare function load(id?: string): Promise<number>;
export class Api {
  async untyped() { return load; }
  async typed(): Promise<unknown> { return load; }
}`,
      output: `declare function load(id?: string): Promise<number>;
export class Api {
  async untyped() { return load; }
  async typed(): Promise<unknown> { return load(); }
}`,
      errors: [{ messageId: 'uncalledReturned', line: 4, column: 44, endLine: 4, endColumn: 48 }],
    },
    {
      code: `declare function load(id?: string): Promise<number>;
export async function run() {
  await (console.log('loading'), load);
}
`,
      output: `declare function load(id?: string): Promise<number>;
export async function run() {
  await (console.log('loading'), load());
}
`,
      errors: [{ messageId: 'uncalledAwaited', line: 3, column: 34, endLine: 3, endColumn: 38 }],
    },
    {
      code: `declare function detectRegion(): Promise<string>;
export async function region(configured: string | undefined) {
  const value = await (configured || detectRegion);
  return String(value);
}`,
      output: `declare function detectRegion(): Promise<string>;
export async function region(configured: string | undefined) {
  const value = await (configured || detectRegion());
  return String(value);
}`,
      errors: [{ messageId: 'uncalledAwaited', line: 3, column: 38, endLine: 3, endColumn: 50 }],
    },
    {
      code: `declare function currentUser(): Promise<{ name: string }>;
export async function greet(cached: { name: string } | null) {
  const user = await (cached ?? currentUser);
  console.log(\`hello \${user}\`, JSON.stringify(user));
}`,
      output: `declare function currentUser(): Promise<{ name: string }>;
export async function greet(cached: { name: string } | null) {
  const user = await (cached ?? currentUser());
  console.log(\`hello \${user}\`, JSON.stringify(user));
}`,
      errors: [{ messageId: 'uncalledAwaited', line: 3, column: 33, endLine: 3, endColumn: 44 }],
    },
    {
      code: `declare function readToken(): Promise<string>;
export async function header(token?: string) {
  const value = await (token || readToken);
  return 'Bearer ' + (value as string).trim();
}`,
      output: `declare function readToken(): Promise<string>;
export async function header(token?: string) {
  const value = await (token || readToken());
  return 'Bearer ' + (value as string).trim();
}`,
      errors: [{ messageId: 'uncalledAwaited', line: 3, column: 33, endLine: 3, endColumn: 42 }],
    },
    // a method taken off its object would run without its `this`: the call is a suggestion
    {
      code: `declare const store: { save(): Promise<void> };
export async function run() {
  const save = store.save;
  await save;
}`,
      output: null,
      errors: [
        {
          messageId: 'uncalledAwaited',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestCall',
              data: { name: 'save' },
              output: `declare const store: { save(): Promise<void> };
export async function run() {
  const save = store.save;
  await save();
}`,
            },
          ],
        },
      ],
    },
    {
      code: `declare const store: { save(): Promise<void>; load(): Promise<void> };
export async function run() {
  const tasks = [store.save, store.load];
  await Promise.all(tasks);
}`,
      output: null,
      errors: [
        {
          messageId: 'uncalledArray',
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'suggestCallEach',
              output: `declare const store: { save(): Promise<void>; load(): Promise<void> };
export async function run() {
  const tasks = [store.save, store.load];
  await Promise.all(tasks.map((task) => task()));
}`,
            },
          ],
        },
      ],
    },
    // called on its object, the method keeps its receiver: still a fix
    {
      code: `declare const store: { save(): Promise<void> };
export async function run() {
  await store.save;
}`,
      output: `declare const store: { save(): Promise<void> };
export async function run() {
  await store.save();
}`,
      errors: [{ messageId: 'uncalledAwaited', line: 3, column: 9, endLine: 3, endColumn: 19 }],
    },
    // a declared return type says a value is meant: still a fix
    {
      code: `declare function fetchToken(): Promise<string>;
declare const cached: string | undefined;
export const token = async (): Promise<string> => {
  if (cached) return cached;
  return fetchToken;
};`,
      output: `declare function fetchToken(): Promise<string>;
declare const cached: string | undefined;
export const token = async (): Promise<string> => {
  if (cached) return cached;
  return fetchToken();
};`,
      errors: [{ messageId: 'uncalledReturned', line: 5, column: 10, endLine: 5, endColumn: 20 }],
    },
    {
      code: `import { beforeAll } from 'vitest';
declare function startServer(): Promise<{ close(): Promise<void> }>;
declare function warmUp(): Promise<void>;
beforeAll(async () => {
  await startServer();
  return warmUp;
});`,
      output: `import { beforeAll } from 'vitest';
declare function startServer(): Promise<{ close(): Promise<void> }>;
declare function warmUp(): Promise<void>;
beforeAll(async () => {
  await startServer();
  return warmUp();
});`,
      errors: [{ messageId: 'uncalledReturned', line: 6, column: 10, endLine: 6, endColumn: 16, suggestions: [] }],
    },
    {
      code: `declare function startServer(): Promise<{ close(): Promise<void> }>;
declare function setup(fn: () => Promise<void>): void;
setup(async () => {
  const server = await startServer();
  // @ts-expect-error a teardown is not accepted here
  return async () => {
    await server.close();
  };
});`,
      output: `declare function startServer(): Promise<{ close(): Promise<void> }>;
declare function setup(fn: () => Promise<void>): void;
setup(async () => {
  const server = await startServer();
  // @ts-expect-error a teardown is not accepted here
  return (async () => {
    await server.close();
  })();
});`,
      errors: [{ messageId: 'uncalledReturned', line: 6, column: 10, endLine: 8, endColumn: 4, suggestions: [] }],
    },
  ],
});
