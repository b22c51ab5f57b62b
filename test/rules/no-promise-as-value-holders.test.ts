import rule from '../../rules/no-promise-as-value.js';
import { typedRuleTester } from '../rule-tester.js';

// Values fixed by their types (`true | Promise<T>` in a test) and promises stored in objects used as a whole.
const decl = `declare function load(key: string): Promise<string>;
declare function isWritable(path: string): Promise<boolean>;
`;

typedRuleTester().run('no-promise-as-value', rule, {
  valid: [
    // a list built by an async map and awaited whole before it is stored
    `interface Chair {
  id: string;
  serial: string;
}
declare const maintenance: { nextWindow(serial: string): Promise<string | null> };
declare const portal: { publish(body: Record<string, unknown>): Promise<void> };
export async function sync(chairs: Chair[]): Promise<number> {
  const payload = {
    generatedAt: new Date().toISOString(),
    chairs: await Promise.all(chairs.map(async (chair) => ({ chairId: chair.id, next: await maintenance.nextWindow(chair.serial) }))),
  };
  await portal.publish(payload);
  return payload.chairs.length;
}`,
    // an array local filled with push, each element's value awaited before it is pushed
    `declare function portion(id: string): Promise<number>;
declare const portal: { submit(body: string): Promise<void> };
export async function submitReview(ids: string[]): Promise<void> {
  const entries = [];
  for (const id of ids) {
    entries.push({ id, grams: await portion(id) });
  }
  await portal.submit(JSON.stringify({ entries, count: entries.length }));
}`,
    // the same record with the value awaited before it is stored
    `declare function policeHold(serial: string): Promise<'none' | 'held'>;
declare const ledger: { append(entry: Record<string, unknown>): Promise<{ ticket: number }> };
export async function intake(serial: string): Promise<number> {
  const entry = { serial, hold: await policeHold(serial) };
  const { ticket } = await ledger.append(entry);
  return ticket;
}`,
    // the fallback is awaited before it is stored
    `declare const probes: { latest(zone: string): Promise<{ humidity?: number }>; readHumidity(zone: string): Promise<number> };
declare function post(url: string, body: string): Promise<void>;
export async function mist(zone: string): Promise<void> {
  const reading = await probes.latest(zone);
  const payload = { zone, humidity: reading.humidity ?? (await probes.readHumidity(zone)) };
  await post('/mist', JSON.stringify(payload));
}`,
    // the elements are awaited (`Promise.all` over an async callback) before they are serialized
    `declare function lastService(id: string): Promise<string | null>;
declare function post(url: string, body: string): Promise<void>;
export async function upload(units: { id: string; tempC: number }[]): Promise<void> {
  const records = await Promise.all(
    units.map(async (unit) => ({
      ...unit,
      lastService: await lastService(unit.id),
    })),
  );
  await post('/telemetry', JSON.stringify({ site: 'north', records }));
}`,
    // the fallback is awaited where it is made
    `declare const flags: { isEnabled(name: string): Promise<boolean> };
const overrides = new Map<string, boolean>();
export async function price(user: string, base: number): Promise<number> {
  const discounted = overrides.get(user) ?? (await flags.isEnabled('discount'));
  if (discounted) return base * 0.9;
  return base;
}`,
    // the maybe-promise is awaited after the test: its absence is what the test checks
    `declare const flags: { isEnabled(name: string): Promise<boolean> };
const overrides = new Map<string, boolean>();
export async function price(user: string, base: number): Promise<number> {
  const discounted = overrides.get(user) ?? flags.isEnabled('discount');
  if (!discounted) return base;
  return (await discounted) ? base * 0.9 : base;
}`,
    // a helper of this program taking `unknown` compares or keeps the object (its body decides): a deferred removed
    // from its subscriber list by identity (look-alike in invalid: the same object handed to a declared `res.json`)
    `${decl}function withoutMember<T>(list: readonly T[], member: unknown): readonly T[] { return list.filter((item) => item !== member); }
function deferred<T>() { let resolve!: (value: T) => void; const promise = new Promise<T>((r) => { resolve = r; }); return { promise, resolve }; }
export class Feed<T> {
  waiting: ReadonlyArray<{ promise: Promise<T>; resolve: (value: T) => void }> = [];
  next(): () => void { const entry = deferred<T>(); this.waiting = [...this.waiting, entry]; return () => { this.waiting = withoutMember(this.waiting, entry); }; }
}`,
    `${decl}export async function f(enabled: boolean) { const pending = enabled && load('a'); if (pending) await pending; }`,
    `${decl}export function f(v: boolean | Promise<boolean>) { if (v) return 1; return 0; }`,
    `${decl}export function f(cached: string | undefined) { const v = cached ?? load('a'); if (v) return v; return undefined; }`,
    `${decl}declare const session: { user?: { id: string } }; declare function loadUser(): Promise<{ id: string }>; export async function f() { const u = session.user || loadUser(); if (u) return (await u).id; return undefined; }`,
    `${decl}export async function f(force: boolean, path: string) { const ok = force || (await isWritable(path)); if (!ok) throw new Error('read-only'); }`,
    `${decl}declare const res: { json(body: unknown): void }; export async function f() { const out = { id: 1, data: load('a') }; out.data = await out.data; res.json(out); }`,
    `${decl}declare const res: { json(body: unknown): void }; export async function f() { const out: Record<string, unknown> = {}; out.data = load('a'); await out.data; res.json(out); }`,
    `${decl}import { EventEmitter } from 'node:events'; export function f(events: EventEmitter) { const job = { id: 1, result: load('a') }; events.emit('job', job); }`,
    `${decl}export async function f() { const tasks = { a: load('a'), b: load('b') }; const names = Object.keys(tasks); const values = await Promise.all(Object.values(tasks)); return { names, values }; }`,
    `${decl}declare class Client { constructor(options: any); } export function f() { const options = { token: load('t') }; return new Client(options); }`,
    `${decl}export async function f() { const summary: Record<string, unknown> = {}; summary.total = await load('t'); return \`total: \${summary.total}\`; }`,
    `${decl}export async function f() { const summary: Record<string, unknown> = { total: load('t') }; summary.total = await summary.total; return \`total: \${summary.total}\`; }`,
    `${decl}const jobs = new Map<string, { id: string; done: Promise<string> }>(); export function f(id: string) { const job = { id, done: load(id) }; jobs.set(id, job); }`,
    `${decl}interface Job { id: string; done: Promise<string> } declare function track(job: Job): void; export function f(id: string) { const job = { id, done: load(id) }; track(job); }`,
    `${decl}declare const res: { json(body: unknown): void }; export async function f(key?: string) { const body: { result?: unknown } = {}; body.result = key ? await load(key) : null; res.json(body); }`,
  ],
  invalid: [
    // a list built by map inside the stored literal, each element holding a promise; reading payload.chairs.length later leaves the value as it is
    {
      code: `interface Chair {
  id: string;
  serial: string;
}
declare const maintenance: { nextWindow(serial: string): Promise<string | null> };
declare const portal: { publish(body: Record<string, unknown>): Promise<void> };
export async function sync(chairs: Chair[]): Promise<number> {
  const payload = {
    generatedAt: new Date().toISOString(),
    chairs: chairs.map((chair) => ({ chairId: chair.id, next: maintenance.nextWindow(chair.serial) })),
  };
  await portal.publish(payload);
  return payload.chairs.length;
}`,
      output: null,
      errors: [
        {
          messageId: 'storedPromise',
          line: 10,
          column: 63,
          endLine: 10,
          endColumn: 99,
          suggestions: [],
        },
      ],
    },
    // an array local filled with push of literals holding a promise, then serialized inside a literal
    {
      code: `declare function portion(id: string): Promise<number>;
declare const portal: { submit(body: string): Promise<void> };
export async function submitReview(ids: string[]): Promise<void> {
  const entries = [];
  for (const id of ids) {
    entries.push({ id, grams: portion(id) });
  }
  await portal.submit(JSON.stringify({ entries }));
}`,
      output: null,
      errors: [
        {
          messageId: 'storedPromise',
          line: 6,
          column: 31,
          endLine: 6,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
    {
      // a stored literal handed to a parameter typed `Record<string, unknown>`: each of its values goes where anything goes, the promise included
      code: `declare function policeHold(serial: string): Promise<'none' | 'held'>;
declare const ledger: { append(entry: Record<string, unknown>): Promise<{ ticket: number }> };
export async function intake(serial: string): Promise<number> {
  const entry = { serial, hold: policeHold(serial) };
  const { ticket } = await ledger.append(entry);
  return ticket;
}`,
      errors: [
        {
          messageId: 'storedPromise',
          line: 4,
          column: 33,
          endLine: 4,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `declare function policeHold(serial: string): Promise<'none' | 'held'>;
declare const ledger: { append(entry: Record<string, unknown>): Promise<{ ticket: number }> };
export async function intake(serial: string): Promise<number> {
  const entry = { serial, hold: await policeHold(serial) };
  const { ticket } = await ledger.append(entry);
  return ticket;
}`,
            },
          ],
        },
      ],
    },
    {
      // a promise on the fallback side of `??` inside a literal that is serialized: when the cache is empty, the promise is what is stored
      code: `declare const probes: { latest(zone: string): Promise<{ humidity?: number }>; readHumidity(zone: string): Promise<number> };
declare function post(url: string, body: string): Promise<void>;
export async function mist(zone: string): Promise<void> {
  const reading = await probes.latest(zone);
  const payload = { zone, humidity: reading.humidity ?? probes.readHumidity(zone) };
  await post('/mist', JSON.stringify(payload));
}`,
      errors: [
        {
          messageId: 'storedPromise',
          line: 5,
          column: 57,
          endLine: 5,
          endColumn: 82,
          suggestions: [],
        },
      ],
    },
    {
      // each element a `.map` callback makes holds a promise, and the array goes into `JSON.stringify` inside a literal
      code: `declare function lastService(id: string): Promise<string | null>;
declare function post(url: string, body: string): Promise<void>;
export async function upload(units: { id: string; tempC: number }[]): Promise<void> {
  const records = units.map((unit) => ({
    ...unit,
    lastService: lastService(unit.id),
  }));
  await post('/telemetry', JSON.stringify({ site: 'north', records }));
}`,
      errors: [
        {
          messageId: 'storedPromise',
          line: 6,
          column: 18,
          endLine: 6,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    // without an override the test sees the flag's promise, always truthy, and the value is never awaited
    {
      code: `declare const flags: { isEnabled(name: string): Promise<boolean> };
const overrides = new Map<string, boolean>();
export function price(user: string, base: number): number {
  const discounted = overrides.get(user) ?? flags.isEnabled('discount');
  if (discounted) return base * 0.9;
  return base;
}`,
      errors: [
        {
          messageId: 'promiseFallback',
          line: 4,
          column: 45,
          endLine: 4,
          endColumn: 72,
          suggestions: [],
        },
      ],
    },
    // HTTP handler: `owner || hasPermission()` is `true` or a promise, tested through a const
    {
      code: `${decl}interface User { id: string; hasPermission(p: string): Promise<boolean> } export async function remove(user: User, ownerId: string) { const canDelete = ownerId === user.id || user.hasPermission('delete'); if (!canDelete) return 403; return 204; }`,
      errors: [
        {
          messageId: 'promiseFallback',
          line: 3,
          column: 176,
          endLine: 3,
          endColumn: 204,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}interface User { id: string; hasPermission(p: string): Promise<boolean> } export async function remove(user: User, ownerId: string) { const canDelete = ownerId === user.id || await user.hasPermission('delete'); if (!canDelete) return 403; return 204; }`,
            },
          ],
        },
      ],
    },
    // CLI: a helper returning `force || isWritable(path)`, tested by its caller
    {
      code: `${decl}function canWrite(force: boolean, path: string) { return force || isWritable(path); } export function main(path: string) { if (!canWrite(false, path)) throw new Error('read-only'); }`,
      errors: [
        {
          messageId: 'truthyOrPromise',
          line: 3,
          column: 129,
          endLine: 3,
          endColumn: 150,
          suggestions: [],
        },
      ],
    },
    // browser: a ternary test of `true | Promise<boolean>`
    {
      code: `${decl}declare function isVisible(el: Element): Promise<boolean>; export function sync(el: HTMLElement, forced: boolean) { const visible = forced || isVisible(el); el.hidden = visible ? false : true; }`,
      errors: [
        {
          messageId: 'promiseFallback',
          line: 3,
          column: 143,
          endLine: 3,
          endColumn: 156,
          suggestions: [],
        },
      ],
    },
    // test file: a truthiness assertion of `skip || checkHealth()`
    {
      code: `${decl}import assert from 'node:assert'; declare function checkHealth(): Promise<boolean>; export function check(skip: boolean) { const ok = skip || checkHealth(); assert.ok(ok); }`,
      errors: [
        {
          messageId: 'promiseFallback',
          line: 3,
          column: 143,
          endLine: 3,
          endColumn: 156,
          suggestions: [],
        },
      ],
    },
    // node http: a promise stored in a property of the object a helper returns, serialized by the caller
    {
      code: `${decl}interface Body { id: string; result?: unknown } async function describe(id: string, key?: string): Promise<Body> { const body: Body = { id }; body.result = key ? load(key) : null; return body; } export async function handle(id: string, res: { end(s: string): void }) { res.end(JSON.stringify(await describe(id))); }`,
      errors: [
        {
          messageId: 'storedPromise',
          line: 3,
          column: 163,
          endLine: 3,
          endColumn: 172,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}interface Body { id: string; result?: unknown } async function describe(id: string, key?: string): Promise<Body> { const body: Body = { id }; body.result = key ? await load(key) : null; return body; } export async function handle(id: string, res: { end(s: string): void }) { res.end(JSON.stringify(await describe(id))); }`,
            },
          ],
        },
      ],
    },
    // Express-style `res.json` of a local built from a literal
    {
      code: `${decl}declare const res: { json(body?: any): void }; declare function loadUser(id: string): Promise<{ name: string }>; export async function show(id: string) { const payload = { ok: true, user: loadUser(id) }; res.json(payload); }`,
      errors: [
        {
          messageId: 'storedPromise',
          line: 3,
          column: 189,
          endLine: 3,
          endColumn: 201,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}declare const res: { json(body?: any): void }; declare function loadUser(id: string): Promise<{ name: string }>; export async function show(id: string) { const payload = { ok: true, user: await loadUser(id) }; res.json(payload); }`,
            },
          ],
        },
      ],
    },
    // worker: a promise stored into a message object, then posted (DataCloneError)
    {
      code: `${decl}export async function start(worker: Worker, raw: ArrayBuffer) { const message: Record<string, unknown> = { type: 'init' }; message.key = crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt']); worker.postMessage(message); }`,
      errors: [
        {
          messageId: 'storedPromise',
          line: 3,
          column: 138,
          endLine: 3,
          endColumn: 204,
          suggestions: [],
        },
      ],
    },
    // edge function: `Response.json` of an object holding a promise
    {
      code: `${decl}declare function fetchItems(): Promise<string[]>; export async function GET() { const body = { items: fetchItems(), count: 0 }; return Response.json(body); }`,
      errors: [
        {
          messageId: 'storedPromise',
          line: 3,
          column: 103,
          endLine: 3,
          endColumn: 115,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}declare function fetchItems(): Promise<string[]>; export async function GET() { const body = { items: await fetchItems(), count: 0 }; return Response.json(body); }`,
            },
          ],
        },
      ],
    },
    // cloud SDK: `structuredClone` of a state object holding a promise
    {
      code: `${decl}declare function describeStack(): Promise<{ status: string }>; export function snapshot() { const state: { stack?: unknown } = {}; state.stack = describeStack(); return structuredClone(state); }`,
      errors: [
        {
          messageId: 'storedPromise',
          line: 3,
          column: 146,
          endLine: 3,
          endColumn: 161,
          suggestions: [],
        },
      ],
    },
    // queue worker: a literal returned by a helper and logged as JSON by the caller
    {
      code: `${decl}declare function resultOf(id: string): Promise<number>; const summarize = (id: string) => { return { id, result: resultOf(id) }; }; export function report(id: string) { console.info(JSON.stringify(summarize(id))); }`,
      errors: [
        {
          messageId: 'storedPromise',
          line: 3,
          column: 114,
          endLine: 3,
          endColumn: 126,
          suggestions: [],
        },
      ],
    },
    // script: a promise stored under an `unknown` key, then printed
    {
      code: `${decl}declare function computeTotal(): Promise<number>; export function report() { const summary: Record<string, unknown> = { name: 'daily' }; summary.total = computeTotal(); console.log(\`total: \${summary.total}\`); }`,
      errors: [
        {
          messageId: 'string',
          line: 3,
          column: 192,
          endLine: 3,
          endColumn: 205,
          suggestions: [],
        },
      ],
    },
    // service start-up: a connection stored in a state object and tested
    {
      code: `${decl}declare function connect(): Promise<{ close(): void }>; export function start() { const state: { db?: unknown } = {}; state.db = connect(); if (!state.db) throw new Error('no database'); return state; }`,
      errors: [
        {
          messageId: 'condition',
          line: 3,
          column: 146,
          endLine: 3,
          endColumn: 154,
          suggestions: [],
        },
      ],
    },
  ],
});
