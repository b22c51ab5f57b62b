import rule from '../../rules/no-uncalled-async-function.js';
import { typedRuleTester } from '../rule-tester.js';

// Functions where data is expected: a ternary whose sibling branch settles with data, a method
// read off its object and yielded or returned (it would run without its `this`), a combinator slot
// that goes into a data sink inside an object literal.
describe('uncalled functions where data is expected', () => {
  typedRuleTester().run('no-uncalled-async-function', rule, {
    valid: [
      // A table whose entries all hand out functions: the caller calls what it gets.
      `type Command = 'tally' | 'restock' | 'close';
declare const bar: { report(n: number): Promise<void>; order(n: number): Promise<string>; notify(text: string): Promise<void> };

export class Station {
  private shucked = 0;

  private reportTally = async (): Promise<void> => {
    await bar.report(this.shucked);
  };

  private requestRestock = async (): Promise<void> => {
    await bar.order(10);
  };

  private closeUp = async (): Promise<void> => {
    await bar.notify('closing');
  };

  // Each entry hands out the handler for the command; the caller calls what it gets.
  private readonly lookup: Record<Command, () => () => Promise<void>> = {
    tally: () => this.reportTally,
    restock: () => this.requestRestock,
    close: () => this.closeUp,
  };

  async handle(command: Command): Promise<void> {
    await this.lookup[command]()();
  }
}`,
      // A step picker returns one of two functions of the same type, and the runner calls the one picked.
      `interface Blank { id: string; needsProfiling: boolean }
interface Cut { id: string; tipMm: number }
type Step = (blank: Blank) => Promise<Cut>;
declare const cutter: { cut(id: string): Promise<number>; profile(id: string): Promise<void> };

export class ReedBatch {
  private cut = async (blank: Blank): Promise<Cut> => ({ id: blank.id, tipMm: await cutter.cut(blank.id) });

  private profileThenCut = async (blank: Blank): Promise<Cut> => {
    await cutter.profile(blank.id);
    return this.cut(blank);
  };

  // Picks the step for a blank: a function either way, called by the runner below.
  stepFor(blank: Blank): Step {
    return blank.needsProfiling ? this.profileThenCut : this.cut;
  }

  run(blanks: Blank[]): Promise<Cut[]> {
    return Promise.all(blanks.map((blank) => this.stepFor(blank)(blank)));
  }
}`,
      // Neighbouring providers all hand out functions: a table of functions, not of work.
      `type Provider = () => unknown;
declare const container: { provide(name: string, provider: Provider): void };
declare const bus: { command(verb: string): Promise<void> };

export class Mill {
  constructor() {
    // Each provider hands out a function for the container to call later.
    container.provide('stop-motor', () => this.stopMotor);
    container.provide('purge-hopper', () => this.purgeHopper);
    container.provide('log-partial', () => this.logPartial);
  }

  private stopMotor = async (): Promise<void> => {
    await bus.command('stop');
  };

  private purgeHopper = async (): Promise<void> => {
    await bus.command('purge');
  };

  private logPartial = async (): Promise<void> => {
    await bus.command('log');
  };
}`,
      // The route's type takes a loader: the method handed back is called by the router later.
      `interface Snapshot { takenAt: number; jammed: number }
type Loader = () => Promise<Snapshot>;
type Handler = (req: { live?: string }) => Promise<Snapshot> | Snapshot | Loader;
declare const router: { get(path: string, handler: Handler): void };
declare const plc: { read(): Promise<Snapshot> };

export class LineStatus {
  private last?: Snapshot;

  register(): void {
    // The route's type takes a loader: handing back the method lets the router call it later.
    router.get('/status', (req) => {
      if (req.live === '1') return this.refresh();
      if (this.last && Date.now() - this.last.takenAt < 5000) return this.last;
      return this.refresh;
    });
  }

  refresh = async (): Promise<Snapshot> => {
    this.last = await plc.read();
    return this.last;
  };
}`,
      // the same handler calling it; a lookup returning only functions and nothing
      `type Reading = { kind: 'humidity'; percent: number } | { kind: 'co2'; ppm: number };
declare const actuators: { fan(percent: number): Promise<void>; mist(percent: number): Promise<void> };
export class Habitat {
  // every path with work starts it; the quiet path hands back nothing
  handle(reading: Reading): unknown {
    switch (reading.kind) {
      case 'humidity':
        return actuators.mist(reading.percent);
      case 'co2':
        if (reading.ppm <= 2000) return undefined;
        return this.purge();
    }
  }
  // a handler lookup: nothing but functions and nothing
  handlerFor(reading: Reading) {
    if (reading.kind === 'humidity') return undefined;
    return this.purge;
  }
  private purge = async (): Promise<void> => {
    await actuators.fan(90);
  };
}`,
      // the same pick whose caller tells the two apart and calls the function; a pick between a function and a label
      `declare const hub: { open(id: string): Promise<void> };
export class Inspector {
  private connecting?: Promise<void>;
  constructor(private readonly gymId: string) {}
  private async connect(): Promise<void> {
    this.connecting = hub.open(this.gymId);
    await this.connecting;
  }
  // the caller tells the two apart and calls the function
  private nextStep() {
    return this.connecting ?? this.connect;
  }
  async inspect(): Promise<void> {
    const step = this.nextStep();
    await (typeof step === 'function' ? step() : step);
  }
  // a function or a label: no promise among the values
  private describe(verbose: boolean) {
    return verbose ? this.connect : 'connect';
  }
  label(): string {
    const d = this.describe(false);
    return typeof d === 'string' ? d : d.name;
  }
}`,
      // the same chain with the step called; a chain whose steps all hand out plain functions
      `type Hook = (drone: { id: string }) => unknown;
declare class Pipeline { use(hook: Hook): this }
declare const router: { get(path: string, handler: () => unknown): typeof router };
declare const weather: { forecast(): Promise<number> };
export class Hub {
  gusts = 0;
  constructor(pipeline: Pipeline) {
    pipeline
      .use((drone) => this.verify(drone))
      .use(() => this.refresh())
      .use((drone) => this.check(drone));
    // handlers handed out by name: no step here returns a promise
    router.get('/a', () => this.describe).get('/b', () => this.label);
  }
  private describe = (): string => 'hub';
  private label = (): string => 'label';
  private refresh = async (): Promise<void> => {
    this.gusts = await weather.forecast();
  };
  private async verify(drone: { id: string }): Promise<void> {
    if (!drone.id) throw new Error('no id');
  }
  private check(drone: { id: string }): void {
    if (this.gusts > 12) throw new Error(\`\${drone.id}: grounded\`);
  }
}`,
      // a member tested on a value under a type assertion is duck typing: the assertion says the value may be something else, and the test tells which
      `interface StoreAdapter {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}
interface StoreOptions {
  namespace?: string;
}
export function pickStore(store: StoreAdapter | StoreOptions): StoreAdapter | undefined {
  if ((store as StoreAdapter).get) return store as StoreAdapter;
  return undefined;
}`,
      // a test that guards a call of the same method
      `class Cache {
  async warm(): Promise<void> {}
}
export async function start(cache: Cache): Promise<void> {
  if (cache.warm) await cache.warm();
}`,
      // an optional hook, and a lib method tested for feature detection
      `interface Hooks {
  flush?: () => Promise<void>;
}
export async function stop(hooks: Hooks, doc: Document): Promise<void> {
  if (hooks.flush) await hooks.flush();
  if (doc.startViewTransition) doc.startViewTransition(() => undefined);
}`,
      // the result is awaited and tested
      `class Sensor {
  async isConnected(): Promise<boolean> {
    return true;
  }
  async connect(): Promise<void> {}
}
export async function poll(sensors: Sensor[]): Promise<void> {
  for (const sensor of sensors) {
    if (!(await sensor.isConnected())) await sensor.connect();
  }
}`,
      // the other branch settles with a function, and the result is called: functions on purpose
      `declare function loadHandler(): Promise<() => void>;
declare function fallback(): Promise<void>;
export async function pick(cached: boolean) {
  const run = await (cached ? loadHandler() : fallback);
  run();
}`,
      // an untyped generator of handlers yields function expressions
      `export async function* handlers() {
  yield async () => 1;
  yield async () => 2;
}`,
      // a property holding a function (not a method) may be a handler
      `declare const ops: { flush: () => Promise<void> };
export async function* hooks() {
  yield ops.flush;
}`,
      // the slot goes into an object whose type wants a function
      `declare function listUsers(): Promise<string[]>;
declare function register(routes: { load: () => Promise<string[]> }): void;
export async function setup() {
  const [load] = await Promise.all([listUsers]);
  register({ load });
}`,
      // the slot goes into an object typed `object`, which may keep handlers
      `declare function listUsers(): Promise<string[]>;
declare function keep(value: object): void;
export async function hold() {
  const [users] = await Promise.all([listUsers]);
  keep({ users });
}`,
      // the ternary's other branch is `undefined`: nothing says the result is data
      `declare function load(): Promise<void>;
export async function maybe(skip: boolean) {
  const next = await (skip ? undefined : load);
  next?.();
}`,
    ],
    invalid: [
      // A table of handlers whose other entries return promises; one hands back its method uncalled.
      {
        code: `type Command = 'tally' | 'restock' | 'close';
declare const bar: { report(n: number): Promise<void>; order(n: number): Promise<string>; notify(text: string): Promise<void> };

export class Station {
  private shucked = 0;

  private async reportTally(): Promise<void> {
    await bar.report(this.shucked);
  }

  private async requestRestock(): Promise<void> {
    await bar.order(10);
  }

  private readonly handlers: Record<Command, () => unknown> = {
    tally: () => this.reportTally(),
    restock: () => this.requestRestock,
    close: () => bar.notify('closing'),
  };

  async handle(command: Command): Promise<void> {
    await this.handlers[command]();
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'uncalledReturned',
            line: 17,
            column: 20,
            endLine: 17,
            endColumn: 39,
            suggestions: [
              {
                messageId: 'suggestCall',
                output: `type Command = 'tally' | 'restock' | 'close';
declare const bar: { report(n: number): Promise<void>; order(n: number): Promise<string>; notify(text: string): Promise<void> };

export class Station {
  private shucked = 0;

  private async reportTally(): Promise<void> {
    await bar.report(this.shucked);
  }

  private async requestRestock(): Promise<void> {
    await bar.order(10);
  }

  private readonly handlers: Record<Command, () => unknown> = {
    tally: () => this.reportTally(),
    restock: () => this.requestRestock(),
    close: () => bar.notify('closing'),
  };

  async handle(command: Command): Promise<void> {
    await this.handlers[command]();
  }
}`,
              },
            ],
          },
        ],
      },
      // One pick calls for a Promise<Cut>, the other hands back a method giving the same: two ways to one result.
      {
        code: `interface Blank { id: string; needsProfiling: boolean }
interface Cut { id: string; tipMm: number }
interface TaskQueue { add<T>(task: () => T): Promise<Awaited<T>> }
declare const queue: TaskQueue;
declare const cutter: { cut(id: string): Promise<number>; profile(id: string): Promise<void> };

export class ReedBatch {
  private async cut(blank: Blank): Promise<Cut> {
    return { id: blank.id, tipMm: await cutter.cut(blank.id) };
  }

  private async profileThenCut(blank: Blank): Promise<Cut> {
    await cutter.profile(blank.id);
    return this.cut(blank);
  }

  run(blanks: Blank[]): Promise<unknown[]> {
    return Promise.all(blanks.map((blank) => queue.add(() => (blank.needsProfiling ? this.profileThenCut : this.cut(blank)))));
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'uncalledReturned',
            line: 18,
            column: 86,
            endLine: 18,
            endColumn: 105,
            suggestions: [],
          },
        ],
      },
      // Neighbouring shutdown hooks call their methods; one hands back its method uncalled.
      {
        code: `type Hook = () => unknown;
declare const lifecycle: { onShutdown(name: string, hook: Hook): void };
declare const bus: { command(verb: string): Promise<void> };

export class Mill {
  constructor() {
    lifecycle.onShutdown('stop-motor', () => this.stopMotor());
    lifecycle.onShutdown('purge-hopper', () => this.purgeHopper);
    lifecycle.onShutdown('log-partial', () => this.logPartial());
  }

  private async stopMotor(): Promise<void> {
    await bus.command('stop');
  }

  private async purgeHopper(): Promise<void> {
    await bus.command('purge');
  }

  private async logPartial(): Promise<void> {
    await bus.command('log');
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'uncalledReturned',
            line: 8,
            column: 48,
            endLine: 8,
            endColumn: 64,
            suggestions: [
              {
                messageId: 'suggestCall',
                output: `type Hook = () => unknown;
declare const lifecycle: { onShutdown(name: string, hook: Hook): void };
declare const bus: { command(verb: string): Promise<void> };

export class Mill {
  constructor() {
    lifecycle.onShutdown('stop-motor', () => this.stopMotor());
    lifecycle.onShutdown('purge-hopper', () => this.purgeHopper());
    lifecycle.onShutdown('log-partial', () => this.logPartial());
  }

  private async stopMotor(): Promise<void> {
    await bus.command('stop');
  }

  private async purgeHopper(): Promise<void> {
    await bus.command('purge');
  }

  private async logPartial(): Promise<void> {
    await bus.command('log');
  }
}`,
              },
            ],
          },
        ],
      },
      // A sibling return calls the very method handed back uncalled, beside a cached value: one result is meant.
      {
        code: `interface Snapshot { takenAt: number; jammed: number }
type Handler = (req: { live?: string }) => unknown;
declare const router: { get(path: string, handler: Handler): void };
declare const plc: { read(): Promise<Snapshot> };

export class LineStatus {
  private last?: Snapshot;

  register(): void {
    router.get('/status', (req) => {
      if (req.live === '1') return this.refresh();
      if (this.last && Date.now() - this.last.takenAt < 5000) return this.last;
      return this.refresh;
    });
  }

  async refresh(): Promise<Snapshot> {
    this.last = await plc.read();
    return this.last;
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'uncalledReturned',
            line: 13,
            column: 14,
            endLine: 13,
            endColumn: 26,
            suggestions: [
              {
                messageId: 'suggestCall',
                output: `interface Snapshot { takenAt: number; jammed: number }
type Handler = (req: { live?: string }) => unknown;
declare const router: { get(path: string, handler: Handler): void };
declare const plc: { read(): Promise<Snapshot> };

export class LineStatus {
  private last?: Snapshot;

  register(): void {
    router.get('/status', (req) => {
      if (req.live === '1') return this.refresh();
      if (this.last && Date.now() - this.last.takenAt < 5000) return this.last;
      return this.refresh();
    });
  }

  async refresh(): Promise<Snapshot> {
    this.last = await plc.read();
    return this.last;
  }
}`,
              },
            ],
          },
        ],
      },
      // a handler whose other returns start work or hand back nothing (return undefined) returns the async method uncalled on one branch (a suggestion)
      {
        code: `type Reading = { kind: 'humidity'; percent: number } | { kind: 'co2'; ppm: number };
declare const actuators: { fan(percent: number): Promise<void>; mist(percent: number): Promise<void> };
export class Habitat {
  handle(reading: Reading): unknown {
    switch (reading.kind) {
      case 'humidity':
        return actuators.mist(reading.percent);
      case 'co2':
        if (reading.ppm <= 2000) return undefined;
        return this.purge;
    }
  }
  private purge = async (): Promise<void> => {
    await actuators.fan(90);
  };
}`,
        output: null,
        errors: [
          {
            messageId: 'uncalledReturned',
            line: 10,
            column: 16,
            endLine: 10,
            endColumn: 26,
            suggestions: [
              {
                messageId: 'suggestCall',
                output: `type Reading = { kind: 'humidity'; percent: number } | { kind: 'co2'; ppm: number };
declare const actuators: { fan(percent: number): Promise<void>; mist(percent: number): Promise<void> };
export class Habitat {
  handle(reading: Reading): unknown {
    switch (reading.kind) {
      case 'humidity':
        return actuators.mist(reading.percent);
      case 'co2':
        if (reading.ppm <= 2000) return undefined;
        return this.purge();
    }
  }
  private purge = async (): Promise<void> => {
    await actuators.fan(90);
  };
}`,
              },
            ],
          },
        ],
      },
      // a method picks a held promise or, lost its call, the async method itself (this.connecting ?? this.connect), and is awaited where called (a suggestion: no type says so)
      {
        code: `declare const hub: { open(id: string): Promise<void> };
export class Inspector {
  private connecting?: Promise<void>;
  constructor(private readonly gymId: string) {}
  private async connect(): Promise<void> {
    this.connecting = hub.open(this.gymId);
    await this.connecting;
  }
  private whenConnected() {
    return this.connecting ?? this.connect;
  }
  async inspect(): Promise<void> {
    await this.whenConnected();
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'uncalledReturned',
            line: 10,
            column: 31,
            endLine: 10,
            endColumn: 43,
            suggestions: [
              {
                messageId: 'suggestCall',
                output: `declare const hub: { open(id: string): Promise<void> };
export class Inspector {
  private connecting?: Promise<void>;
  constructor(private readonly gymId: string) {}
  private async connect(): Promise<void> {
    this.connecting = hub.open(this.gymId);
    await this.connecting;
  }
  private whenConnected() {
    return this.connecting ?? this.connect();
  }
  async inspect(): Promise<void> {
    await this.whenConnected();
  }
}`,
              },
            ],
          },
        ],
      },
      // one step of a fluent chain returns the async method uncalled where its sibling steps return promises or nothing (a suggestion: only the siblings say so)
      {
        code: `type Hook = (drone: { id: string }) => unknown;
declare class Pipeline { use(hook: Hook): this }
declare const weather: { forecast(): Promise<number> };
export class Hub {
  gusts = 0;
  constructor(pipeline: Pipeline) {
    pipeline
      .use((drone) => this.verify(drone))
      .use(() => this.refresh)
      .use((drone) => this.check(drone));
  }
  private refresh = async (): Promise<void> => {
    this.gusts = await weather.forecast();
  };
  private async verify(drone: { id: string }): Promise<void> {
    if (!drone.id) throw new Error('no id');
  }
  private check(drone: { id: string }): void {
    if (this.gusts > 12) throw new Error(\`\${drone.id}: grounded\`);
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'uncalledReturned',
            line: 9,
            column: 18,
            endLine: 9,
            endColumn: 30,
            suggestions: [
              {
                messageId: 'suggestCall',
                output: `type Hook = (drone: { id: string }) => unknown;
declare class Pipeline { use(hook: Hook): this }
declare const weather: { forecast(): Promise<number> };
export class Hub {
  gusts = 0;
  constructor(pipeline: Pipeline) {
    pipeline
      .use((drone) => this.verify(drone))
      .use(() => this.refresh())
      .use((drone) => this.check(drone));
  }
  private refresh = async (): Promise<void> => {
    this.gusts = await weather.forecast();
  };
  private async verify(drone: { id: string }): Promise<void> {
    if (!drone.id) throw new Error('no id');
  }
  private check(drone: { id: string }): void {
    if (this.gusts > 12) throw new Error(\`\${drone.id}: grounded\`);
  }
}`,
              },
            ],
          },
        ],
      },
      // a method an interface of the program declares (not optional) is always there too
      {
        code: `interface Bridge {
  isPaired(): Promise<boolean>;
  pair(): Promise<void>;
  apply(scene: string): Promise<void>;
}
export async function applyScene(bridge: Bridge, scene: string): Promise<void> {
  if (!bridge.isPaired) await bridge.pair();
  await bridge.apply(scene);
}`,
        errors: [
          {
            messageId: 'uncalledTested',
            line: 7,
            column: 8,
            endLine: 7,
            endColumn: 23,
            suggestions: [
              {
                messageId: 'suggestAwaitCall',
                data: { name: 'bridge.isPaired' },
                output: `interface Bridge {
  isPaired(): Promise<boolean>;
  pair(): Promise<void>;
  apply(scene: string): Promise<void>;
}
export async function applyScene(bridge: Bridge, scene: string): Promise<void> {
  if (!(await bridge.isPaired())) await bridge.pair();
  await bridge.apply(scene);
}`,
              },
            ],
          },
        ],
      },
      // an async method of the program's own class, always there: `!sensor.isConnected` is always false
      {
        code: `class Sensor {
  async isConnected(): Promise<boolean> {
    return true;
  }
  async connect(): Promise<void> {}
}
export async function poll(sensors: Sensor[]): Promise<void> {
  for (const sensor of sensors) {
    if (!sensor.isConnected) await sensor.connect();
  }
}`,
        errors: [
          {
            messageId: 'uncalledTested',
            line: 9,
            column: 10,
            endLine: 9,
            endColumn: 28,
            suggestions: [
              {
                messageId: 'suggestAwaitCall',
                data: { name: 'sensor.isConnected' },
                output: `class Sensor {
  async isConnected(): Promise<boolean> {
    return true;
  }
  async connect(): Promise<void> {}
}
export async function poll(sensors: Sensor[]): Promise<void> {
  for (const sensor of sensors) {
    if (!(await sensor.isConnected())) await sensor.connect();
  }
}`,
              },
            ],
          },
        ],
      },
      // CLI: one branch of the ternary is called, the other is not; the result goes to `console.table`
      {
        code: `declare function planChanges(id: string): Promise<{ created: number }>;
declare function applyChanges(id: string): Promise<{ created: number }>;
export async function deploy(id: string, dryRun: boolean) {
  const summary = await (dryRun ? planChanges(id) : applyChanges);
  console.table(summary);
}`,
        output: null,
        errors: [{ messageId: 'uncalledAwaited', line: 4, column: 53, endLine: 4, endColumn: 65 }],
      },
      // a returned ternary whose other branch is a call: the fix calls the function
      {
        code: `declare function readCached(): Promise<string[]>;
declare function readFresh(): Promise<string[]>;
export async function rows(fresh: boolean): Promise<string[]> {
  return fresh ? readFresh() : readCached;
}`,
        output: `declare function readCached(): Promise<string[]>;
declare function readFresh(): Promise<string[]>;
export async function rows(fresh: boolean): Promise<string[]> {
  return fresh ? readFresh() : readCached();
}`,
        errors: [{ messageId: 'uncalledReturned', line: 4, column: 32, endLine: 4, endColumn: 42 }],
      },
      // an untyped async generator yields a method read off `this`
      {
        code: `declare function listAuditEvents(cursor: string | null): Promise<{ items: string[]; next: string | null }>;
export class Reader {
  private cursor: string | null = null;
  async readPage() {
    const page = await listAuditEvents(this.cursor);
    this.cursor = page.next;
    return page.items;
  }
  async *pages() {
    while (this.cursor !== undefined) yield this.readPage;
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'uncalledYielded',
            line: 10,
            column: 45,
            endLine: 10,
            endColumn: 58,
            suggestions: [
              {
                messageId: 'suggestCall',
                output: `declare function listAuditEvents(cursor: string | null): Promise<{ items: string[]; next: string | null }>;
export class Reader {
  private cursor: string | null = null;
  async readPage() {
    const page = await listAuditEvents(this.cursor);
    this.cursor = page.next;
    return page.items;
  }
  async *pages() {
    while (this.cursor !== undefined) yield this.readPage();
  }
}`,
              },
            ],
          },
        ],
      },
      // a method read off an object is yielded uncalled
      {
        code: `declare const store: { save(key: string): Promise<void>; load(): Promise<string> };
export async function* tasks() {
  yield store.load;
}`,
        output: null,
        errors: [
          {
            messageId: 'uncalledYielded',
            line: 3,
            column: 9,
            endLine: 3,
            endColumn: 19,
            suggestions: [
              {
                messageId: 'suggestCall',
                output: `declare const store: { save(key: string): Promise<void>; load(): Promise<string> };
export async function* tasks() {
  yield store.load();
}`,
              },
            ],
          },
        ],
      },
      // browser handler: the loader's slot goes into a JSON body typed `unknown`
      {
        code: `interface Res { json(body: unknown): void }
declare function listUsers(): Promise<string[]>;
export async function handler(res: Res) {
  const loadUsers = async () => listUsers();
  const [users] = await Promise.all([loadUsers]);
  res.json({ users });
}`,
        output: `interface Res { json(body: unknown): void }
declare function listUsers(): Promise<string[]>;
export async function handler(res: Res) {
  const loadUsers = async () => listUsers();
  const [users] = await Promise.all([loadUsers()]);
  res.json({ users });
}`,
        errors: [{ messageId: 'uncalledInCombinator', line: 5, column: 38, endLine: 5, endColumn: 47 }],
      },
      // the slot is put in an object and stringified
      {
        code: `declare function listUsers(): Promise<string[]>;
export async function dump() {
  const [users] = await Promise.all([listUsers]);
  console.log(JSON.stringify({ users }));
}`,
        output: `declare function listUsers(): Promise<string[]>;
export async function dump() {
  const [users] = await Promise.all([listUsers()]);
  console.log(JSON.stringify({ users }));
}`,
        errors: [{ messageId: 'uncalledInCombinator', line: 3, column: 38, endLine: 3, endColumn: 47 }],
      },
      // worker: a method yielded in a loop of an untyped generator (no other yields)
      {
        code: `declare const queue: { pull(): Promise<string[]>; size: number };
export async function* batches() {
  while (queue.size > 0) {
    yield queue.pull;
  }
}`,
        output: null,
        errors: [
          {
            messageId: 'uncalledYielded',
            line: 4,
            column: 11,
            endLine: 4,
            endColumn: 21,
            suggestions: [
              {
                messageId: 'suggestCall',
                output: `declare const queue: { pull(): Promise<string[]>; size: number };
export async function* batches() {
  while (queue.size > 0) {
    yield queue.pull();
  }
}`,
              },
            ],
          },
        ],
      },
      // test code: awaiting a ternary whose branches are a call and a bare function
      {
        code: `import { it } from 'vitest';
declare function seed(): Promise<number>;
declare function reset(): Promise<number>;
it('seeds', async () => {
  const rows = await (process.env.CI ? seed() : reset);
  console.log(rows);
});`,
        output: `import { it } from 'vitest';
declare function seed(): Promise<number>;
declare function reset(): Promise<number>;
it('seeds', async () => {
  const rows = await (process.env.CI ? seed() : reset());
  console.log(rows);
});`,
        errors: [{ messageId: 'uncalledAwaited', line: 5, column: 49, endLine: 5, endColumn: 54 }],
      },
    ],
  });
});
