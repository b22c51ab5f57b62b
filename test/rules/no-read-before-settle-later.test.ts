import rule from '../../rules/no-read-before-settle.js';
import { typedRuleTester } from '../rule-tester.js';

const decl = `declare function load(): Promise<string>;
declare function render(value: unknown): void;
`;

typedRuleTester().run('no-read-before-settle', rule, {
  valid: [
    // A describe-level object written in a hook and read in the tests: the reads run later, in other callbacks.
    {
      code: `import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
declare const mock: { createServer(): Promise<{ port: number; setHandler(fn: () => void): void }> };
declare function connect(options: { port: number }): Promise<void>;
describe('connect', () => {
  const test: { server?: { port: number; setHandler(fn: () => void): void }; options?: { port: number } } = {};
  beforeEach(async () => {
    const server = await mock.createServer();
    test.server = server;
    test.options = { port: server.port };
  });
  it('authenticates', async () => {
    let hello = false;
    test.server!.setHandler(() => {
      hello = true;
    });
    await connect(test.options!);
    assert.ok(hello);
  });
});`,
      filename: 'loud.spec.ts',
    },
    // A property of a local object read (taken apart) after the wait, and an object written by an array callback that runs now.
    `import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
declare function track(state: object): void;
export async function importManifest(file: string): Promise<number> {
  const rl = createInterface({ input: createReadStream(file, 'utf8') });
  const manifest: { header: { count: number } | null; skipped: number } = { header: null, skipped: 0 };
  rl.on('line', (line) => {
    if (line.startsWith('#')) manifest.header ??= { count: Number(line.slice(1)) };
    else manifest.skipped += 1;
  });
  await once(rl, 'close');
  const { header, skipped } = manifest;
  return (header?.count ?? 0) + skipped;
}
export function countLines(lines: string[]): number {
  const stats = { seen: 0 };
  track(stats);
  lines.forEach(() => {
    stats.seen += 1;
  });
  return stats.seen;
}`,
    // Methods of the program's own emitter that emit now (directly, through another method, in an array callback): the listener may have run.
    `import { EventEmitter } from 'node:events';
class Library extends EventEmitter {
  private readonly out = new Set<string>();
  checkIn(id: string): void {
    this.out.delete(id);
    this.announce(id);
  }
  private announce(id: string): void {
    this.emit('returned', id);
  }
  checkInAll(ids: string[]): void {
    ids.forEach((id) => this.emit('returned', id));
  }
}
export function returnGame(library: Library, id: string): string | undefined {
  let returned: string | undefined;
  library.on('returned', (title: string) => {
    returned = title;
  });
  library.checkIn(id);
  return returned;
}
export function returnAll(library: Library, ids: string[]): number {
  let count = 0;
  library.on('returned', () => {
    count += 1;
  });
  library.checkInAll(ids);
  return count;
}`,
    // Counters written on each turn of a `for await` loop over events: once anything was waited for, the events have had their chance, as for a listener.
    `declare const nc: { status(): AsyncIterable<{ type: string }>; closed(): Promise<void | Error> };
declare const srv: { stop(): Promise<void> };
declare function assertEquals(a: unknown, b: unknown): void;
export async function reconnectTest(): Promise<void> {
  let disconnects = 0;
  (async () => {
    for await (const e of nc.status()) {
      if (e.type === 'disconnect') disconnects++;
    }
  })().then();
  await srv.stop();
  await nc.closed();
  assertEquals(disconnects, 1);
}`,
    // The map runs inside the reaction, after the write.
    `declare function loadPrices(): Promise<Map<string, number>>;
export function quote(skus: string[], show: (totals: number[]) => void): void {
  let prices = new Map<string, number>();
  loadPrices().then(
    (latest) => {
      prices = latest;
      show(skus.map((sku) => prices.get(sku) ?? 0));
    },
    () => {},
  );
}`,
    // The filter runs inside the Node-style callback, after the write: it reads the new limits.
    `declare const store: { load(ids: string[], cb: (err: Error | null, rows: { id: string; limit: number }[]) => void): void };
export class LimitBoard {
  private limits = new Map<string, number>();
  refresh(ids: string[], done: (missing: string[]) => void): void {
    store.load(ids, (err, rows) => {
      if (err) return;
      this.limits = new Map(rows.map((row) => [row.id, row.limit]));
      done(ids.filter((id) => !this.limits.has(id)));
    });
  }
}`,
    // the child's stdout listener writes, the read comes after the child closed
    `import { spawn } from 'node:child_process';
import { once } from 'node:events';
export async function selfTest(): Promise<string[]> {
  const probe = spawn('seismo', ['selftest'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let firmware = 'unknown';
  const warnings: string[] = [];
  probe.stdout.setEncoding('utf8');
  probe.stdout.on('data', (chunk: string) => {
    const m = /firmware=(\\S+)/.exec(chunk);
    if (m) firmware = m[1]!;
  });
  probe.stderr.setEncoding('utf8');
  probe.stderr.on('data', (chunk: string) => warnings.push(chunk));
  await once(probe, 'close');
  if (firmware !== 'unknown') warnings.push(\`firmware \${firmware}\`);
  return warnings;
}`,
    // a `data` listener on a plain emitter the function was given: nothing here starts it, and the value before any reading is the one meant
    `import { EventEmitter } from 'node:events';
export function watchScale(scale: EventEmitter, limitKg: number): () => boolean {
  let heaviestKg = 0;
  scale.on('data', (kg: number) => {
    heaviestKg = Math.max(heaviestKg, kg);
  });
  // the listener keeps the maximum for later checks; right now no reading is expected yet
  const overNow = heaviestKg > limitKg;
  return () => overNow || heaviestKg > limitKg;
}`,
    // the same listener, read once the stream has ended
    `import type { Readable } from 'node:stream';
import { once } from 'node:events';
export async function heaviest(scale: Readable, limitKg: number): Promise<boolean> {
  let heaviestKg = 0;
  scale.on('data', (chunk: Buffer) => {
    heaviestKg = Math.max(heaviestKg, chunk.readUInt16BE(0) / 10);
  });
  await once(scale, 'end');
  return heaviestKg > limitKg;
}`,
    // The same read after awaiting a promise the callback settles.
    `type NodeCallback<T> = (err: Error | null, value: T) => void;
interface Rotator {
  query(axis: 'AZ' | 'EL', callback: NodeCallback<number>): void;
}
export async function slewTime(rotator: Rotator, target: number): Promise<number> {
  let azimuth = 0;
  await new Promise<void>((resolve, reject) => {
    rotator.query('AZ', (err, value) => {
      if (err) return reject(err);
      azimuth = value;
      resolve();
    });
  });
  return Math.abs(target - azimuth) / 3;
}`,
    // `dispatchEvent` runs the listener before it returns
    `export function watchCount(target: EventTarget, log: (n: number) => void): void {
  let count = 0;
  target.addEventListener('ping', () => {
    count += 1;
  });
  target.dispatchEvent(new Event('ping'));
  log(count);
}`,
    // the rows are parsed in the `load` handler, once the text is there
    `declare function parseRows(text: string): string[][];
export function importFile(file: File, show: (rows: string[][]) => void): void {
  let text = '';
  const reader = new FileReader();
  reader.onload = () => {
    text = String(reader.result);
    show(parseRows(text));
  };
  reader.readAsText(file);
}`,
    `${decl}export function f(button: HTMLButtonElement) { let clicks = 0; button.addEventListener('click', () => { clicks += 1; }); render(clicks); }`,
    `${decl}import { EventEmitter } from 'node:events'; export function f() { const ee = new EventEmitter(); let got = 0; ee.on('x', (v: number) => { got = v; }); ee.emit('x', 1); return got; }`,
    `${decl}import { once } from 'node:events'; import type { Readable } from 'node:stream'; export async function f(stream: Readable) { let raw = ''; stream.on('data', (c: string) => { raw += c; }); await once(stream, 'end'); return raw; }`,
    `${decl}declare function sleep(ms: number): Promise<void>; export async function f() { let fired = false; setTimeout(() => { fired = true; }, 5); await sleep(10); return fired; }`,
    `${decl}export function f(x: string) { let v: string | undefined; function validate(s: string, cb: (err: Error | null, r?: string) => void) { cb(null, s); } validate(x, (e, r) => { v = r; }); return v; }`,
    `${decl}import { connect, type Socket } from 'node:net'; export class Telemetry { private connected = false; private readonly socket: Socket; constructor() { this.socket = connect(9000); this.socket.on('connect', () => { this.connected = true; }); } send(line: string) { if (this.connected) this.socket.write(line); } }`,
    `${decl}import { expect, it } from 'vitest'; it('is async', () => { let done = false; setTimeout(() => { done = true; }); expect(done).toBe(false); });`,
    `${decl}export class Cache { private value = ''; private loading = false; get() { if (!this.loading) { this.loading = true; load().then((v) => { this.value = v; }); } return this.value; } }`,
    `${decl}export function f() { let user = ''; function set(u: string) { user = u; } set('now'); load().then(set); render(user); }`,
    `${decl}export function f(items: string[]) { let n = 0; items.forEach(() => { n += 1; }); return n; }`,
    `${decl}export class Store { value = ''; refresh() { load().then((v) => { this.value = v; }); this.reset(); return this.value; } reset() { this.value = 'x'; } }`,
    `${decl}export function f(worker: Worker) { let reply: unknown; worker.onmessage = (e) => { reply = e.data; }; render(reply); }`,
    `${decl}import { expect, it, vi } from 'vitest'; it('fires', () => { vi.useFakeTimers(); let fired = false; setTimeout(() => { fired = true; }, 100); vi.advanceTimersByTime(100); expect(fired).toBe(true); });`,
    `${decl}declare const clock: { tick(ms: number): void }; export function f() { let n = 0; setInterval(() => { n += 1; }, 10); clock.tick(30); return n; }`,
  ],
  invalid: [
    // A property of a local object literal written only in a `line` listener, read before the input was waited for.
    {
      code: `import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
export async function importManifest(file: string): Promise<number> {
  const rl = createInterface({ input: createReadStream(file, 'utf8') });
  const manifest: { header: { count: number } | null; skipped: number } = { header: null, skipped: 0 };
  rl.on('line', (line) => {
    if (line.startsWith('#')) manifest.header ??= { count: Number(line.slice(1)) };
    else manifest.skipped += 1;
  });
  const batchSize = (manifest.header?.count ?? 0) > 5000 ? 1000 : 200;
  await once(rl, 'close');
  return batchSize;
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 11,
          column: 22,
          endLine: 11,
          endColumn: 37,
          suggestions: [],
        },
      ],
    },
    // `checkIn` emits only from `setImmediate`, and `lend` not at all: the listener has not run when the value is read.
    {
      code: `import { EventEmitter } from 'node:events';
class Library extends EventEmitter {
  private readonly out = new Set<string>();
  lend(id: string): void {
    this.out.add(id);
  }
  checkIn(id: string): void {
    this.out.delete(id);
    setImmediate(() => this.emit('returned', id));
  }
}
export function returnGame(library: Library, id: string): string | undefined {
  let returned: string | undefined;
  library.on('returned', (title: string) => {
    returned = title;
  });
  library.lend(id);
  library.checkIn(id);
  return returned;
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 19,
          column: 10,
          endLine: 19,
          endColumn: 18,
          suggestions: [],
        },
      ],
    },
    // The same counter read before anything was waited for.
    {
      code: `declare const nc: { status(): AsyncIterable<{ type: string }>; closed(): Promise<void | Error> };
declare const srv: { stop(): Promise<void> };
declare function assertEquals(a: unknown, b: unknown): void;
export async function reconnectTest(): Promise<void> {
  let disconnects = 0;
  (async () => {
    for await (const e of nc.status()) {
      if (e.type === 'disconnect') disconnects++;
    }
  })().then();
  assertEquals(disconnects, 1);
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 11,
          column: 16,
          endLine: 11,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `declare const nc: { status(): AsyncIterable<{ type: string }>; closed(): Promise<void | Error> };
declare const srv: { stop(): Promise<void> };
declare function assertEquals(a: unknown, b: unknown): void;
export async function reconnectTest(): Promise<void> {
  let disconnects = 0;
  await (async () => {
    for await (const e of nc.status()) {
      if (e.type === 'disconnect') disconnects++;
    }
  })().then();
  assertEquals(disconnects, 1);
}`,
            },
          ],
        },
      ],
    },
    // A local written in a promise reaction and read in an arrow that map runs at once, right after: the read sees the empty map.
    {
      code: `declare function loadPrices(): Promise<Map<string, number>>;
export function quote(skus: string[]): number[] {
  let prices = new Map<string, number>();
  loadPrices().then(
    (latest) => {
      prices = latest;
    },
    () => {},
  );
  return skus.map((sku) => prices.get(sku) ?? 0);
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 10,
          column: 28,
          endLine: 10,
          endColumn: 34,
          suggestions: [],
        },
      ],
    },
    // A property written in a Node-style callback and read in an array method's callback right after the call: filter runs now, before the callback.
    {
      code: `declare const store: { load(ids: string[], cb: (err: Error | null, rows: { id: string; limit: number }[]) => void): void };
export class LimitBoard {
  private limits = new Map<string, number>();
  refresh(ids: string[]): string[] {
    store.load(ids, (err, rows) => {
      if (err) return;
      this.limits = new Map(rows.map((row) => [row.id, row.limit]));
    });
    return ids.filter((id) => !this.limits.has(id));
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 32,
          endLine: 9,
          endColumn: 43,
          suggestions: [],
        },
      ],
    },
    // a call on the sibling stream (stderr) between the stdout listener and the read fires none of stdout's listeners: the read is still too early
    {
      code: `import { spawn } from 'node:child_process';
import { once } from 'node:events';
export async function selfTest(): Promise<string[]> {
  const probe = spawn('seismo', ['selftest'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let firmware = 'unknown';
  const warnings: string[] = [];
  probe.stdout.setEncoding('utf8');
  probe.stdout.on('data', (chunk: string) => {
    const m = /firmware=(\\S+)/.exec(chunk);
    if (m) firmware = m[1]!;
  });
  probe.stderr.setEncoding('utf8');
  probe.stderr.on('data', (chunk: string) => warnings.push(chunk));
  if (firmware !== 'unknown') probe.kill('SIGTERM');
  await once(probe, 'close');
  return warnings;
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 14,
          column: 7,
          endLine: 14,
          endColumn: 15,
          suggestions: [],
        },
      ],
    },
    // a `data` listener on a readable stream the function was given: registering it starts the stream flowing, and the chunks come in later turns, after this read
    {
      code: `import type { Readable } from 'node:stream';
export function heaviest(scale: Readable, limitKg: number): boolean {
  let heaviestKg = 0;
  scale.on('data', (chunk: Buffer) => {
    heaviestKg = Math.max(heaviestKg, chunk.readUInt16BE(0) / 10);
  });
  return heaviestKg > limitKg;
}`,
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 20,
          suggestions: [],
        },
      ],
    },
    {
      // An interface method (no body to read) whose error-first callback writes the local read right after the call.
      code: `type NodeCallback<T> = (err: Error | null, value: T) => void;
interface Rotator {
  query(axis: 'AZ' | 'EL', callback: NodeCallback<number>): void;
}
export function slewTime(rotator: Rotator, target: number): number {
  let azimuth = 0;
  rotator.query('AZ', (err, value) => {
    if (!err) azimuth = value;
  });
  return Math.abs(target - azimuth) / 3;
}`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 10,
          column: 28,
          endLine: 10,
          endColumn: 35,
          suggestions: [],
        },
      ],
    },
    // a FileReader queues its `load` event as a task: `readAsText` returns before the handler runs
    {
      code: `declare function parseRows(text: string): string[][];
export function importFile(file: File, show: (rows: string[][]) => void): void {
  let text = '';
  const reader = new FileReader();
  reader.onload = () => {
    text = String(reader.result);
  };
  reader.readAsText(file);
  show(parseRows(text));
}`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 18,
          endLine: 9,
          endColumn: 22,
          suggestions: [],
        },
      ],
    },
    {
      code: `${decl}export function f() { let user; function set(u: string) { user = u; } load().then(set); render(user); }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 3,
          column: 96,
          endLine: 3,
          endColumn: 100,
          suggestions: [],
        },
      ],
    },
    {
      code: `${decl}export class Store { value?: string; refresh() { load().then((v) => { this.value = v; }); return this.value; } }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 3,
          column: 98,
          endLine: 3,
          endColumn: 108,
          suggestions: [],
        },
      ],
    },
    {
      code: `${decl}export class Client { private base = 'https://a.example'; constructor(private readonly onReady: (base: string) => void) { load().then((b) => { this.base = b; }).catch(() => {}); this.onReady(this.base); } }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 3,
          column: 192,
          endLine: 3,
          endColumn: 201,
          suggestions: [],
        },
      ],
    },
    {
      code: `${decl}export function toast(): boolean { let shown = false; setTimeout(() => { shown = true; }, 10); return shown; }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 3,
          column: 103,
          endLine: 3,
          endColumn: 108,
          suggestions: [],
        },
      ],
    },
    {
      code: `${decl}import { spawn } from 'node:child_process'; export function head(): string { const child = spawn('git', ['rev-parse', 'HEAD']); let out = ''; child.stdout.on('data', (chunk: string) => { out += chunk; }); child.on('error', () => {}); return out.trim(); }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 3,
          column: 242,
          endLine: 3,
          endColumn: 245,
          suggestions: [],
        },
      ],
    },
    {
      code: `${decl}import { readFile } from 'node:fs'; export function hosts(file: string): string[] { let text = ''; readFile(file, 'utf8', (err, data) => { if (!err) text = data; }); return text.split('\\n'); }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 3,
          column: 174,
          endLine: 3,
          endColumn: 178,
          suggestions: [],
        },
      ],
    },
    {
      code: `${decl}import { createInterface } from 'node:readline'; export function ask(): string { const rl = createInterface({ input: process.stdin }); let name = 'app'; rl.question('name? ', (answer) => { name = answer; rl.close(); }); return name; }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 3,
          column: 228,
          endLine: 3,
          endColumn: 232,
          suggestions: [],
        },
      ],
    },
    {
      code: `${decl}import { get } from 'node:http'; export function health(url: string) { let status = 0; get(url, (res) => { status = res.statusCode ?? 0; }); return status === 200; }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 3,
          column: 149,
          endLine: 3,
          endColumn: 155,
          suggestions: [],
        },
      ],
    },
    {
      code: `${decl}export function thumbnail(src: string) { const img = new Image(); let width = 0; img.onload = () => { width = img.naturalWidth; }; img.src = src; return Math.min(width, 160); }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 3,
          column: 163,
          endLine: 3,
          endColumn: 168,
          suggestions: [],
        },
      ],
    },
    {
      code: `${decl}import { EventEmitter } from 'node:events'; declare class Queue extends EventEmitter { enqueue(name: string): string; } export class Reports { private last: string | null = null; constructor(private readonly queue: Queue) {} generate(): string | null { this.queue.enqueue('report'); const onDone = (url: string): void => { this.queue.off('done', onDone); this.last = url; }; this.queue.on('done', onDone); return this.last; } }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 3,
          column: 414,
          endLine: 3,
          endColumn: 423,
          suggestions: [],
        },
      ],
    },
    {
      code: `${decl}import { expect, it } from 'vitest'; declare class Cache { get(id: string, cb: (err: Error | null, value?: string) => void): void; } it('reads back', async () => { const cache = new Cache(); let cached: string | undefined; cache.get('s1', (err, value) => { cached = err ? undefined : value; }); expect(cached).toEqual('v'); });`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 3,
          column: 303,
          endLine: 3,
          endColumn: 309,
          suggestions: [],
        },
      ],
    },
  ],
});
