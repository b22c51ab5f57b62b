import rule from '../../rules/no-unobserved-promise.js';
import { typedRuleTester } from '../rule-tester.js';

// Exits through a throw: a call that can plausibly throw (a helper of this program whose body
// throws, an assertion, `JSON.parse`, `new URL`) between a promise's creation and its observation
// abandons it. Destructuring is in no-unobserved-promise-patterns.test.ts.
const decl = `declare function load(id: string): Promise<number>;
declare function save(value: number): Promise<void>;
`;
const parseDecl = `function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port)) throw new RangeError(\`bad port \${text}\`);
  return port;
}
`;

typedRuleTester().run('no-unobserved-promise', rule, {
  valid: [
    // The throwing callback runs before anything is pushed, and the filling callback catches its own throw.
    `declare const office: { register(heat: number): Promise<string> };
declare function log(error: unknown): void;
export async function drawHeats(heats: number[]): Promise<string[]> {
  heats.forEach((heat) => {
    if (heat < 1) throw new Error(\`heat \${heat} is not on the card\`);
  });
  const registrations: Array<Promise<string>> = [];
  heats.forEach((heat) => {
    try {
      if (heat > 99) throw new Error('late entry');
    } catch (error) {
      log(error);
    }
    registrations.push(office.register(heat));
  });
  return Promise.all(registrations);
}`,
    // A pushed chain that already handles the rejection (`.catch(log)`).
    `declare const office: { register(heat: number): Promise<string> };
declare function log(error: unknown): void;
export async function drawHeats(heats: number[]): Promise<unknown[]> {
  const registrations: Array<Promise<unknown>> = [];
  for (const heat of heats) {
    registrations.push(office.register(heat).catch(log));
    if (heat < 1) throw new Error(\`heat \${heat} is not on the card\`);
  }
  return Promise.all(registrations);
}`,
    // Each promise got its handler before it was pushed: a throw after the push leaves nothing unhandled.
    `declare const office: { register(heat: number): Promise<string> };
declare function log(error: unknown): void;
export async function drawHeats(heats: number[]): Promise<string[]> {
  const registrations: Array<Promise<string>> = [];
  heats.forEach((heat) => {
    const registration = office.register(heat);
    registration.catch(log);
    registrations.push(registration);
    if (heat < 1) throw new Error(\`heat \${heat} is not on the card\`);
  });
  return Promise.all(registrations);
}`,
    // Both reactions are quiet: string methods on the names, a Set built from a map whose callback cannot throw; the derived promise cannot reject.
    `declare const roster: { members(): Promise<string[]> };
declare function readRows(path: string): AsyncIterable<string>;

export async function newcomers(path: string): Promise<string[]> {
  const known = roster.members().then(
    (names) => ({ ok: true as const, names: new Set(names.map((name) => name.trim().toLowerCase())) }),
    (error: Error) => ({ ok: false as const, error }),
  );
  const rows: string[] = [];
  for await (const row of readRows(path)) rows.push(row);
  const loaded = await known;
  return loaded.ok ? rows.filter((row) => !loaded.names.has(row.toLowerCase())) : [];
}`,
    // the same early return, once the transfer's outcome was awaited with a handler
    `declare const pump: { transfer(litres: number): Promise<number>; stop(): void };
declare function tooWarm(): boolean;
export async function fill(litres: number): Promise<number> {
  let busy = true;
  try {
    const moving = pump.transfer(litres);
    if (tooWarm()) {
      pump.stop();
      await moving.catch(() => 0);
      return 0;
    }
    return await moving;
  } finally {
    busy = false;
    void busy;
  }
}`,
    // a `.then(onFulfilled, onRejected)` chain whose fulfilment handler only copies (`lots.flat()`) cannot reject
    `declare const inventory: { reserve(origin: string, kg: number): Promise<string[]> };
declare const roaster: { preheat(celsius: number): Promise<void> };
type Reservation = { ok: true; lotIds: string[] } | { ok: false; error: Error };
function reserveAll(origins: string[]): Promise<Reservation> {
  return Promise.all(origins.map((origin) => inventory.reserve(origin, 60))).then(
    (lots): Reservation => ({ ok: true, lotIds: lots.flat() }),
    (error: unknown): Reservation => ({ ok: false, error: error instanceof Error ? error : new Error(String(error)) }),
  );
}
export async function startDay(origins: string[]): Promise<Reservation> {
  const reservation = reserveAll(origins);
  await roaster.preheat(210);
  return reservation;
}`,
    // a deferred held in a local until it is handed on: nothing can reject it on the throw path
    `declare function deferred<T = void>(): Promise<T> & { resolve(value: T): void; reject(error: Error): void };
const pending: Record<string, Promise<void> | undefined> = {};
export function register(id: string): Promise<void> {
  const done = deferred();
  if (pending[id]) {
    throw new Error(\`job \${id} is already registered\`);
  }
  pending[id] = done;
  return done;
}`,
    // a callee whose only throw is an `assert` of its own invariant does not abandon the timeout
    `import assert from 'node:assert';
declare function drain(): Promise<void>;
const state = { open: true };
let draining: Promise<void> | null = null;
function stopIntake(): Promise<void> {
  if (!draining) {
    assert.equal(state.open, true);
    state.open = false;
    draining = drain();
  }
  return draining;
}
export async function forceStop(): Promise<void> {
  const timeout = new Promise<void>((_resolve, reject) => {
    setTimeout(() => reject(new Error('timed out')), 5_000).unref();
  });
  await Promise.race([stopIntake(), timeout]);
}`,
    // the helper cannot throw: it only formats
    `${decl}function label(id: string): string { return id.trim().toUpperCase(); }
export async function show(id: string) {
  const value = load(id);
  const name = label(id);
  return \`\${name}: \${await value}\`;
}`,
    // a declared function is not known to throw
    `${decl}declare function normalize(id: string): string;
export async function show(id: string) {
  const value = load(id);
  const key = normalize(id);
  return { key, value: await value };
}`,
    // the validation runs before the promise is started
    `${decl}${parseDecl}export async function connect(text: string) {
  const port = parsePort(text);
  const ready = load(String(port));
  return await ready;
}`,
    // the exception is caught and the path goes on to the await
    `${decl}${parseDecl}export async function connect(text: string) {
  const ready = load('host');
  let port = 80;
  try {
    port = parsePort(text);
  } catch {
    port = 8080;
  }
  await ready;
  return port;
}`,
    // the catch handles the promise before it rethrows
    `${decl}export async function importFile(text: string) {
  const saved = load('file');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    saved.catch(() => undefined);
    throw error;
  }
  return { data, saved: await saved };
}`,
    // an async validator rejects its own promise: it does not throw where it is called
    `${decl}async function check(id: string): Promise<void> { if (!id) throw new Error('empty'); }
export async function run(id: string) {
  const value = load(id);
  const checked = check(id);
  await Promise.all([value, checked]);
}`,
    // a throw inside a helper's own try/catch does not leave it
    `${decl}function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
export async function read(text: string) {
  const value = load('a');
  const parsed = safeParse(text);
  return [parsed, await value];
}`,
    // a library documents `@throws` for type errors typed code never meets
    `import path from 'node:path';
${decl}export async function write(dir: string, name: string) {
  const written = save(1);
  const target = path.join(dir, name);
  await written;
  return target;
}`,
    // test code: a failed assertion fails the test anyway
    `import { expect, it } from 'vitest';
import assert from 'node:assert';
${decl}it('loads', async () => {
  const value = load('a');
  assert.ok(JSON.parse('{}'));
  expect(await value).toBe(1);
});`,
  ],
  invalid: [
    // An array method runs its inline callback before it returns: a throw in a later turn leaves the promises pushed so far with no handler.
    {
      code: `declare const office: { register(heat: number): Promise<string> };
export async function drawHeats(heats: number[]): Promise<string[]> {
  const registrations: Array<Promise<string>> = [];
  heats.forEach((heat) => {
    if (heat < 1) throw new Error(\`heat \${heat} is not on the card\`);
    registrations.push(office.register(heat));
  });
  return Promise.all(registrations);
}`,
      output: null,
      errors: [
        {
          messageId: 'unobservedPath',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `declare const office: { register(heat: number): Promise<string> };
export async function drawHeats(heats: number[]): Promise<string[]> {
  const registrations: Array<Promise<string>> = [];
  heats.forEach((heat) => {
    if (heat < 1) throw new Error(\`heat \${heat} is not on the card\`);
    registrations.push(office.register(heat));
    void Promise.allSettled(registrations);
  });
  return Promise.all(registrations);
}`,
            },
          ],
        },
      ],
    },
    // A reaction that parses JSON can throw, so the derived promise can reject during the loop.
    {
      code: `declare const roster: { members(): Promise<string[]> };
declare function readRows(path: string): AsyncIterable<string>;

export async function newcomers(path: string): Promise<string[]> {
  const known = roster.members().then(
    (names) => ({ ok: true as const, names: new Set(names.map((name) => JSON.parse(name) as string)) }),
    (error: Error) => ({ ok: false as const, error }),
  );
  const rows: string[] = [];
  for await (const row of readRows(path)) rows.push(row);
  const loaded = await known;
  return loaded.ok ? rows.filter((row) => !loaded.names.has(row.toLowerCase())) : [];
}`,
      output: null,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `declare const roster: { members(): Promise<string[]> };
declare function readRows(path: string): AsyncIterable<string>;

export async function newcomers(path: string): Promise<string[]> {
  const known = roster.members().then(
    (names) => ({ ok: true as const, names: new Set(names.map((name) => JSON.parse(name) as string)) }),
    (error: Error) => ({ ok: false as const, error }),
  );
  known.catch(() => {});
  const rows: string[] = [];
  for await (const row of readRows(path)) rows.push(row);
  const loaded = await known;
  return loaded.ok ? rows.filter((row) => !loaded.names.has(row.toLowerCase())) : [];
}`,
            },
          ],
        },
      ],
    },
    // an early `return` inside `try … finally`: ESLint merges the `finally` it runs through with the exception exit, but the path went through the `return`, so the transfer is left behind
    {
      code: `declare const pump: { transfer(litres: number): Promise<number>; stop(): void };
declare function tooWarm(): boolean;
export async function fill(litres: number): Promise<number> {
  let busy = true;
  try {
    const moving = pump.transfer(litres);
    if (tooWarm()) {
      pump.stop();
      return 0;
    }
    return await moving;
  } finally {
    busy = false;
    void busy;
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'unobservedPath',
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `declare const pump: { transfer(litres: number): Promise<number>; stop(): void };
declare function tooWarm(): boolean;
export async function fill(litres: number): Promise<number> {
  let busy = true;
  try {
    const moving = pump.transfer(litres);
    moving.catch(() => {});
    if (tooWarm()) {
      pump.stop();
      return 0;
    }
    return await moving;
  } finally {
    busy = false;
    void busy;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // the fulfilment handler parses, which can throw: the chain can reject during the wait
      code: `declare const inventory: { reserve(origin: string, kg: number): Promise<string[]> };
declare const roaster: { preheat(celsius: number): Promise<void> };
type Reservation = { ok: true; lotIds: string[] } | { ok: false; error: Error };
function reserveAll(origins: string[]): Promise<Reservation> {
  return Promise.all(origins.map((origin) => inventory.reserve(origin, 60))).then(
    (lots): Reservation => ({ ok: true, lotIds: JSON.parse(lots.flat().join(",")) as string[] }),
    (error: unknown): Reservation => ({ ok: false, error: error instanceof Error ? error : new Error(String(error)) }),
  );
}
export async function startDay(origins: string[]): Promise<Reservation> {
  const reservation = reserveAll(origins);
  await roaster.preheat(210);
  return reservation;
}`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              data: { name: 'reservation' },
              output: `declare const inventory: { reserve(origin: string, kg: number): Promise<string[]> };
declare const roaster: { preheat(celsius: number): Promise<void> };
type Reservation = { ok: true; lotIds: string[] } | { ok: false; error: Error };
function reserveAll(origins: string[]): Promise<Reservation> {
  return Promise.all(origins.map((origin) => inventory.reserve(origin, 60))).then(
    (lots): Reservation => ({ ok: true, lotIds: JSON.parse(lots.flat().join(",")) as string[] }),
    (error: unknown): Reservation => ({ ok: false, error: error instanceof Error ? error : new Error(String(error)) }),
  );
}
export async function startDay(origins: string[]): Promise<Reservation> {
  const reservation = reserveAll(origins);
  reservation.catch(() => {});
  await roaster.preheat(210);
  return reservation;
}`,
            },
          ],
        },
      ],
    },
    {
      // a started job, not a deferred, on the same throw path
      code: `declare function startJob(id: string): Promise<void>;
const pending: Record<string, Promise<void> | undefined> = {};
export function register(id: string): Promise<void> {
  const done = startJob(id);
  if (pending[id]) {
    throw new Error(\`job \${id} is already registered\`);
  }
  pending[id] = done;
  return done;
}`,
      errors: [
        {
          messageId: 'unobservedPath',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              data: { name: 'done' },
              output: `declare function startJob(id: string): Promise<void>;
const pending: Record<string, Promise<void> | undefined> = {};
export function register(id: string): Promise<void> {
  const done = startJob(id);
  done.catch(() => {});
  if (pending[id]) {
    throw new Error(\`job \${id} is already registered\`);
  }
  pending[id] = done;
  return done;
}`,
            },
          ],
        },
      ],
    },
    {
      // an `assert` in the function itself can leave it with the timeout still armed
      code: `import assert from 'node:assert';
declare function drain(): Promise<void>;
const state = { open: true };
export async function forceStop(): Promise<void> {
  const timeout = new Promise<void>((_resolve, reject) => {
    setTimeout(() => reject(new Error('timed out')), 5_000).unref();
  });
  assert.equal(state.open, true);
  state.open = false;
  await Promise.race([drain(), timeout]);
}`,
      errors: [
        {
          messageId: 'unobservedPath',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              data: { name: 'timeout' },
              output: `import assert from 'node:assert';
declare function drain(): Promise<void>;
const state = { open: true };
export async function forceStop(): Promise<void> {
  const timeout = new Promise<void>((_resolve, reject) => {
    setTimeout(() => reject(new Error('timed out')), 5_000).unref();
  });
  timeout.catch(() => {});
  assert.equal(state.open, true);
  state.open = false;
  await Promise.race([drain(), timeout]);
}`,
            },
          ],
        },
      ],
    },
    {
      // server: the upload starts before the metadata is validated
      code: `${decl}${parseDecl}export async function upload(body: string, portText: string) {
  const put = load(body);
  const port = parsePort(portText);
  await save(await put);
  return port;
}`,
      errors: [
        {
          messageId: 'unobservedPath',
          data: { name: 'put', where: 'if `parsePort(…)` throws at line 10' },
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}${parseDecl}export async function upload(body: string, portText: string) {
  const put = load(body);
  put.catch(() => {});
  const port = parsePort(portText);
  await save(await put);
  return port;
}`,
            },
          ],
        },
      ],
    },
    {
      // CLI: JSON.parse of an argument while the config file loads
      code: `declare function readFile(path: string): Promise<string>;
export async function main(args: string[]) {
  const config = readFile('config.json');
  const options = JSON.parse(args[0] ?? '{}') as { verbose?: boolean };
  console.log(options.verbose, await config);
}`,
      errors: [
        {
          messageId: 'unobservedPath',
          data: { name: 'config', where: 'if `JSON.parse(…)` throws at line 4' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `declare function readFile(path: string): Promise<string>;
export async function main(args: string[]) {
  const config = readFile('config.json');
  config.catch(() => {});
  const options = JSON.parse(args[0] ?? '{}') as { verbose?: boolean };
  console.log(options.verbose, await config);
}`,
            },
          ],
        },
      ],
    },
    {
      // browser: a relative link that is no URL
      code: `export async function follow(api: string, href: string) {
  const session = fetch(api);
  const target = new URL(href);
  return { target, session: await session };
}`,
      errors: [
        {
          messageId: 'unobservedPath',
          data: { name: 'session', where: 'if `new URL(…)` throws at line 3' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `export async function follow(api: string, href: string) {
  const session = fetch(api);
  session.catch(() => {});
  const target = new URL(href);
  return { target, session: await session };
}`,
            },
          ],
        },
      ],
    },
    {
      // cloud SDK: an assertion function between the put and its await
      code: `declare const s3: { putObject(key: string, body: string): Promise<{ etag: string }> };
declare function invariant(condition: unknown, message: string): asserts condition;
export async function store(key: string, body: string, size: number) {
  const put = s3.putObject(key, body);
  invariant(size < 5_000_000, 'too large');
  return (await put).etag;
}`,
      errors: [
        {
          messageId: 'unobservedPath',
          data: { name: 'put', where: 'if `invariant(…)` throws at line 5' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `declare const s3: { putObject(key: string, body: string): Promise<{ etag: string }> };
declare function invariant(condition: unknown, message: string): asserts condition;
export async function store(key: string, body: string, size: number) {
  const put = s3.putObject(key, body);
  put.catch(() => {});
  invariant(size < 5_000_000, 'too large');
  return (await put).etag;
}`,
            },
          ],
        },
      ],
    },
    {
      // worker: the exception goes to a catch that returns without the job
      code: `${decl}class Job {
  constructor(readonly id: string) {
    if (!/^[a-z]+$/.test(id)) throw new TypeError('bad id');
  }
}
export async function take(id: string) {
  const value = load(id);
  try {
    new Job(id);
  } catch {
    return -1;
  }
  return await value;
}`,
      errors: [
        {
          messageId: 'unobservedPath',
          data: { name: 'value', where: 'when the function returns at line 13' },
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}class Job {
  constructor(readonly id: string) {
    if (!/^[a-z]+$/.test(id)) throw new TypeError('bad id');
  }
}
export async function take(id: string) {
  const value = load(id);
  value.catch(() => {});
  try {
    new Job(id);
  } catch {
    return -1;
  }
  return await value;
}`,
            },
          ],
        },
      ],
    },
    {
      // a call that was judged quiet before: JSON.parse in a try whose catch returns
      code: `${decl}async function f(text: string) { const a = load('a'); try { JSON.parse(text); } catch { return 0; } return await a; }`,
      errors: [
        {
          messageId: 'unobservedPath',
          data: { name: 'a', where: 'when the function returns at line 3' },
          line: 3,
          column: 40,
          endLine: 3,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}async function f(text: string) { const a = load('a'); a.catch(() => {}); try { JSON.parse(text); } catch { return 0; } return await a; }`,
            },
          ],
        },
      ],
    },
    {
      // the throw is two helpers down
      code: `${decl}function requireField(value: string | undefined, name: string): string {
  if (value === undefined) throw new Error(\`missing \${name}\`);
  return value;
}
function readHeaders(headers: Record<string, string | undefined>) {
  return { title: requireField(headers.title, 'title') };
}
export async function ingest(headers: Record<string, string | undefined>) {
  const stored = save(1);
  const meta = readHeaders(headers);
  await stored;
  return meta;
}`,
      errors: [
        {
          messageId: 'unobservedPath',
          data: { name: 'stored', where: 'if `readHeaders(…)` throws at line 12' },
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}function requireField(value: string | undefined, name: string): string {
  if (value === undefined) throw new Error(\`missing \${name}\`);
  return value;
}
function readHeaders(headers: Record<string, string | undefined>) {
  return { title: requireField(headers.title, 'title') };
}
export async function ingest(headers: Record<string, string | undefined>) {
  const stored = save(1);
  stored.catch(() => {});
  const meta = readHeaders(headers);
  await stored;
  return meta;
}`,
            },
          ],
        },
      ],
    },
    {
      // worker: a declaration of this program documented to throw
      code: `${decl}/** @throws {Error} when the setting is missing. */
declare function readSetting(key: string): string;
export async function boot() {
  const warm = load('cache');
  const region = readSetting('REGION');
  return { region, warm: await warm };
}`,
      errors: [
        {
          messageId: 'unobservedPath',
          data: { name: 'warm', where: 'if `readSetting(…)` throws at line 7' },
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}/** @throws {Error} when the setting is missing. */
declare function readSetting(key: string): string;
export async function boot() {
  const warm = load('cache');
  warm.catch(() => {});
  const region = readSetting('REGION');
  return { region, warm: await warm };
}`,
            },
          ],
        },
      ],
    },
    {
      // the catch logs and rethrows, leaving the promise behind
      code: `${decl}export async function importFile(text: string) {
  const saved = load('file');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    console.error('bad file', error);
    throw error;
  }
  return { data, saved: await saved };
}`,
      errors: [
        {
          messageId: 'unobservedPath',
          data: { name: 'saved', where: 'when the function throws at line 10' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}export async function importFile(text: string) {
  const saved = load('file');
  saved.catch(() => {});
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    console.error('bad file', error);
    throw error;
  }
  return { data, saved: await saved };
}`,
            },
          ],
        },
      ],
    },
  ],
});
