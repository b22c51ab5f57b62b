import rule from '../../rules/no-read-before-settle.js';
import { typedRuleTester } from '../rule-tester.js';

const decl = `declare function load(): Promise<string>;
declare function render(value: unknown): void;
declare const job: Promise<void>;
declare const items: number[];
declare function price(i: number): Promise<number>;
declare function sleep(ms: number): Promise<void>;
declare const button: HTMLButtonElement;
declare function stream(): AsyncIterable<string>;
`;

typedRuleTester().run('no-read-before-settle', rule, {
  valid: [
    // an awaited asynchronous clock driver runs the timers and then the reactions of what they settled
    {
      code: `declare const vi: { advanceTimersByTimeAsync(ms: number): Promise<void>; useFakeTimers(): void };
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const expect: (value: unknown) => { toEqual(other: unknown): void };
declare function executeMutation(): Promise<string>;
it('reports the mutation error', async () => {
  let mutationError: unknown;
  executeMutation().catch((error) => {
    mutationError = error;
  });
  await vi.advanceTimersByTimeAsync(30);
  expect(mutationError).toEqual('boom');
});`,
      filename: 'loud.spec.ts',
    },
    // In a test, a read after a timer wait checks what the trigger has done by then (every ready reaction has run).
    {
      code: `import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { it } from 'node:test';
import assert from 'node:assert/strict';

declare function handshake(link: EventEmitter): Promise<void>;

it('settles once the peer answers', async () => {
  const link = new EventEmitter();
  let status = 'pending';
  handshake(link).then(
    () => (status = 'resolved'),
    () => (status = 'rejected'),
  );
  link.emit('hello');
  await sleep(5);
  assert.equal(status, 'resolved');
});`,
      filename: 'loud.spec.ts',
    },
    // listeners that only clear the local (`stream = undefined`) deliver nothing: the reads right after want the stream just made
    `import { EventEmitter } from 'node:events';
declare function open(root: string): EventEmitter;
const streams = new Set<EventEmitter>();
export function readdir(root: string): EventEmitter | undefined {
  let stream: EventEmitter | undefined = open(root);
  streams.add(stream);
  stream.once('close', () => {
    stream = undefined;
  });
  stream.once('end', () => {
    if (stream) {
      streams.delete(stream);
      stream = undefined;
    }
  });
  return stream;
}`,
    // a loopback fake in this file whose `send` emits the reply at once (look-alike in invalid: `send` only declared)
    `import { EventEmitter } from 'node:events';
export interface Modem extends EventEmitter {
  send(command: string): void;
}
class LoopbackModem extends EventEmitter implements Modem {
  send(command: string): void {
    this.emit('status', command.startsWith('AT') ? 'OK' : 'ERROR');
  }
}
export function probe(modem: Modem = new LoopbackModem()): string {
  let status = 'unknown';
  modem.once('status', (reply: string) => {
    status = reply;
  });
  modem.send('AT');
  return status;
}`,
    `${decl}async function f() { let user; await load().then((u) => { user = u; }); return user; }`,
    `${decl}async function f() { let user; const p = load().then((u) => { user = u; }); await p; return user; }`,
    `${decl}async function f() { let user; await Promise.all([load().then((u) => { user = u; })]); return user; }`,
    // a named async function started only from an event handler, or awaited before the read
    `${decl}export function f() { let user = ''; const refresh = async () => { user = await load(); }; button.addEventListener('click', () => { void refresh(); }); render(user); }`,
    `${decl}export async function f() { let user = ''; const refresh = async () => { user = await load(); }; void refresh(); await refresh(); render(user); }`,
    `${decl}export async function f() { let user = ''; const refresh = async () => { user = await load(); }; await refresh(); render(user); }`,
    // a boolean flag read after a timed wait is the deliberate "did it finish in time?" check
    `${decl}async function f() { let done = false; load().then(() => { done = true; }); await sleep(1); return done; }`,
    `${decl}function f() { let user; load().then((u) => { user = u; }); return () => user; }`,
    `${decl}function f() { let user; load().then((u) => { user = u; }).then(() => render(user)); }`,
    `${decl}function f() { let user; load().then((u) => { user = u; }); button.addEventListener('click', () => render(user)); }`,
    `${decl}async function f() { let done = false; job.finally(() => { done = true; }); while (!done) { await sleep(10); } }`,
    `${decl}function f() { let user; if (Math.random()) { load().then((u) => { user = u; }); } else { user = 'x'; } render(user); }`,
    `${decl}function f() { let user; if (Math.random()) { load().then((u) => { user = u; }); } else { render(user); } }`,
    `${decl}async function f() { let user; (async () => { user = 'sync'; await load(); })(); return user; }`,
    `${decl}async function f() { let user; (async () => { if (Math.random()) await load(); user = 'x'; })(); return user; }`,
    `${decl}function f() { let n = 0; [1, 2].forEach((i) => { n += i; }); return n; }`,
    `${decl}function f(q: PromiseLike<string>) { let user; q.then((u) => { user = u; }); render(user); }`,
    `${decl}function* g() { let user; load().then((u) => { user = u; }); yield 1; return user; }`,
    `${decl}function f() { let resolve!: () => void; const p = new Promise<void>((r) => { resolve = r; }); resolve(); return p; }`,
    `${decl}function f() { let cancelled = false; load().then((u) => { if (!cancelled) render(u); }); return () => { cancelled = true; }; }`,
    `${decl}async function f() { let error: unknown; await job.catch((e: unknown) => { error = e; }); if (error) throw error; }`,
    `${decl}async function f() { let user = 'guest'; load().then((u) => { user = u; }); return { get user() { return user; } }; }`,
    `${decl}async function f() { let user; load().then((u) => { user = u; }); user = 'now'; return user; }`,
    `${decl}async function f() { for await (const x of stream()) { let last; const pending = load().then((u) => { last = u; }); await pending; render(last); render(x); } }`,
    `${decl}async function f() { let user; async function fill() { user = await load(); } await fill(); return user; }`,
    `${decl}function f() { let user; load().then((u) => { user = u; }); }`,
    // a test that the promise does not settle synchronously reads the old value on purpose,
    `${decl}declare function expect(v: unknown): { toBe(v: unknown): void }; async function f() { let settled = false; job.then(() => { settled = true; }); expect(settled).toBe(false); await job; expect(settled).toBe(true); }`,
    // an exported binding is live: importers see the value once assigned,
    `${decl}let config: string | undefined; load().then((c) => { config = c; }); export { config };`,
    // registered by a function that runs some other time, not by this statement,
    `${decl}let user; function refresh() { load().then((u) => { user = u; }); } render(user); export { refresh };`,
    `${decl}let user; const refresh = () => load().then((u) => { user = u; }); render(user); export { refresh };`,
    // assigned in handlers that run on an event, not now: an initial render reads the initial value on purpose,
    `${decl}function f() { let user; button.addEventListener('click', () => { load().then((u) => { user = u; }); }); render(user); }`,
    `${decl}function f() { let user; button.addEventListener('click', async () => { user = await load(); }); render(user); }`,
  ],
  invalid: [
    // A local only this function reads: the callback's write was meant for the read after the guard, which sees the old value on the path that loads.
    {
      code: `${decl}function f(cached?: string) { let user = cached; if (!cached) load().then((u) => { user = u; }); render(user); }`,
      errors: [{ messageId: 'readBeforeSettle', line: 9, column: 105, endLine: 9, endColumn: 109 }],
    },
    // A read before the clock driver runs still sees the old value.
    {
      code: `declare const vi: { advanceTimersByTimeAsync(ms: number): Promise<void>; useFakeTimers(): void };
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const expect: (value: unknown) => { toEqual(other: unknown): void };
declare function executeMutation(): Promise<string>;
it('reads before the clock moves', async () => {
  let mutationError: unknown;
  executeMutation().catch((error) => {
    mutationError = error;
  });
  expect(mutationError).toEqual('boom');
  await vi.advanceTimersByTimeAsync(30);
});`,
      filename: 'loud.spec.ts',
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 10,
          column: 10,
          endLine: 10,
          endColumn: 23,
          suggestions: [],
        },
      ],
    },
    // In a test, a microtask wait is not a timer wait: the reaction may not have run.
    {
      code: `import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { it } from 'node:test';
import assert from 'node:assert/strict';

declare function handshake(link: EventEmitter): Promise<void>;

it('settles once the peer answers', async () => {
  const link = new EventEmitter();
  let status = 'pending';
  handshake(link).then(
    () => (status = 'resolved'),
    () => (status = 'rejected'),
  );
  link.emit('hello');
  await Promise.resolve();
  assert.equal(status, 'resolved');
});`,
      filename: 'loud.spec.ts',
      output: null,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 17,
          column: 16,
          endLine: 17,
          endColumn: 22,
          suggestions: [],
        },
      ],
    },
    {
      // a listener that delivers a value into the local: the read right after registering it sees the old value
      code: `import { EventEmitter } from 'node:events';
declare function open(root: string): EventEmitter;
export function firstEntry(root: string): string | undefined {
  let entry: string | undefined;
  const stream = open(root);
  stream.once('data', (name: string) => {
    entry = name;
  });
  return entry;
}`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 10,
          endLine: 9,
          endColumn: 15,
          suggestions: [],
        },
      ],
    },
    {
      // a peer's reply: `send` is only declared on the link's interface, so the `status` event comes back in a later turn
      code: `import { EventEmitter } from 'node:events';
export interface Modem extends EventEmitter {
  send(command: string): void;
}
export class SmsGateway {
  private lastStatus: string | undefined;
  constructor(private readonly modem: Modem) {}
  sendText(to: string, body: string): string {
    this.modem.once('status', (status: string) => {
      this.lastStatus = status;
    });
    this.modem.send(\`AT+CMGS="\${to}"\\r\${body}\`);
    return this.lastStatus ?? 'unknown';
  }
}`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 13,
          column: 12,
          endLine: 13,
          endColumn: 27,
          suggestions: [],
        },
      ],
    },
    {
      code: `${decl}async function f() { let user; load().then((u) => { user = u; }); return user; }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 74,
          endLine: 9,
          endColumn: 78,
          suggestions: [
            { messageId: 'suggestAwaitValue', output: `${decl}async function f() { const user = await load(); return user; }` },
            {
              messageId: 'suggestAwait',
              output: `${decl}async function f() { let user; await load().then((u) => { user = u; }); return user; }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f() { let user; load().then((u) => user = u); render(user); }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 69,
          endLine: 9,
          endColumn: 73,
          suggestions: [
            { messageId: 'suggestAwaitValue', output: `${decl}async function f() { const user = await load(); render(user); }` },
            {
              messageId: 'suggestAwait',
              output: `${decl}async function f() { let user; await load().then((u) => user = u); render(user); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}function f() { let user: string | undefined; load().then((u) => user = u); render(user); }`,
      errors: [{ messageId: 'readBeforeSettle', line: 9, column: 83, endLine: 9, endColumn: 87, suggestions: [] }],
    },
    {
      code: `${decl}async function f() { let done = false; job.finally(() => { done = true; }); if (done) return 1; return 0; }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 81,
          endLine: 9,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}async function f() { let done = false; await job.finally(() => { done = true; }); if (done) return 1; return 0; }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f() { let failed = false; job.catch(() => { failed = true; }); return failed; }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          data: { name: 'failed', line: '9', where: 'in a callback that runs after the promise on line 9 settles' },
          line: 9,
          column: 86,
          endLine: 9,
          endColumn: 92,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}async function f() { let failed = false; await job.catch(() => { failed = true; }); return failed; }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f() { let total = 0; items.forEach(async (i) => { total += await price(i); }); return total; }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          data: { name: 'total', line: '9', where: 'after an `await` in the async callback started on line 9' },
          line: 9,
          column: 102,
          endLine: 9,
          endColumn: 107,
          suggestions: [],
        },
      ],
    },
    {
      code: `${decl}async function f() { let user; (async () => { user = await load(); })(); return user; }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 81,
          endLine: 9,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}async function f() { let user; await (async () => { user = await load(); })(); return user; }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}function f() { let user; load().then((u) => { user = u; }).catch(console.error); render(user); }`,
      errors: [{ messageId: 'readBeforeSettle', line: 9, column: 89, endLine: 9, endColumn: 93, suggestions: [] }],
    },
    {
      code: `${decl}let user; load().then((u) => { user = u; }); render(user);`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 53,
          endLine: 9,
          endColumn: 57,
          suggestions: [
            { messageId: 'suggestAwaitValue', output: `${decl}const user = await load(); render(user);` },
            { messageId: 'suggestAwait', output: `${decl}let user; await load().then((u) => { user = u; }); render(user);` },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f() { let data; (async () => { for await (const chunk of stream()) { data = chunk; } })(); return data; }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 114,
          endLine: 9,
          endColumn: 118,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}async function f() { let data; await (async () => { for await (const chunk of stream()) { data = chunk; } })(); return data; }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f() { var user; load().then((u) => { user = u; }); return user; }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 74,
          endLine: 9,
          endColumn: 78,
          suggestions: [
            { messageId: 'suggestAwaitValue', output: `${decl}async function f() { var user; user = await load(); return user; }` },
            {
              messageId: 'suggestAwait',
              output: `${decl}async function f() { var user; await load().then((u) => { user = u; }); return user; }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f(ok: boolean) { let user; if (ok) { load().then((u) => { user = u; }); } return user; }`,
      errors: [{ messageId: 'readBeforeSettle', line: 9, column: 97, endLine: 9, endColumn: 101, suggestions: [] }],
    },
    {
      // a named async function started and dropped: its write comes after its first await
      code: `${decl}export function f() { let user = ''; const refresh = async () => { user = await load(); }; void refresh(); render(user); }`,
      errors: [{ messageId: 'readBeforeSettle', line: 9, column: 115, endLine: 9, endColumn: 119, suggestions: [] }],
    },
    {
      code: `${decl}export function f() { let user = ''; async function refresh() { user = await load(); } refresh().catch(render); render(user); }`,
      errors: [{ messageId: 'readBeforeSettle', line: 9, column: 120, endLine: 9, endColumn: 124, suggestions: [] }],
    },
    {
      // an unrelated wait does not wait for `load()`: whether the callback has run is a race
      code: `${decl}async function f() { let user; load().then((u) => { user = u; }); await sleep(1); return user; }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 90,
          endLine: 9,
          endColumn: 94,
          suggestions: [
            {
              messageId: 'suggestAwaitValue',
              output: `${decl}async function f() { const user = await load(); await sleep(1); return user; }`,
            },
            {
              messageId: 'suggestAwait',
              output: `${decl}async function f() { let user; await load().then((u) => { user = u; }); await sleep(1); return user; }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f() { let user; load().then((u) => { user = u; }); render(user); await sleep(1); return user; }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 74,
          endLine: 9,
          endColumn: 78,
          suggestions: [
            {
              messageId: 'suggestAwaitValue',
              output: `${decl}async function f() { const user = await load(); render(user); await sleep(1); return user; }`,
            },
            {
              messageId: 'suggestAwait',
              output: `${decl}async function f() { let user; await load().then((u) => { user = u; }); render(user); await sleep(1); return user; }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f() { let user; load().then((u) => { /* keep */ user = u; }); return user; }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 85,
          endLine: 9,
          endColumn: 89,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}async function f() { let user; await load().then((u) => { /* keep */ user = u; }); return user; }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f() { let a, b; load().then((u) => { a = u; }); return a; }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 71,
          endLine: 9,
          endColumn: 72,
          suggestions: [
            { messageId: 'suggestAwaitValue', output: `${decl}async function f() { let a, b; a = await load(); return a; }` },
            {
              messageId: 'suggestAwait',
              output: `${decl}async function f() { let a, b; await load().then((u) => { a = u; }); return a; }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f() { let user; render(user); load().then((u) => { user = u; }); return typeof user; }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 95,
          endLine: 9,
          endColumn: 99,
          suggestions: [
            {
              messageId: 'suggestAwaitValue',
              output: `${decl}async function f() { let user; render(user); user = await load(); return typeof user; }`,
            },
            {
              messageId: 'suggestAwait',
              output: `${decl}async function f() { let user; render(user); await load().then((u) => { user = u; }); return typeof user; }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f() { let count = 0; load().then(() => { count++; }); for (let i = 0; i < 3; i++) render(count); }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 105,
          endLine: 9,
          endColumn: 110,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}async function f() { let count = 0; await load().then(() => { count++; }); for (let i = 0; i < 3; i++) render(count); }`,
            },
          ],
        },
      ],
    },

    {
      code: `${decl}function f() { let n = 0; items.forEach((i) => { price(i).then((v) => { n += v; }); }); return n; }`,
      errors: [{ messageId: 'readBeforeSettle', line: 9, column: 96, endLine: 9, endColumn: 97, suggestions: [] }],
    },
    {
      code: `${decl}declare function withLock(fn: () => Promise<void>): Promise<void>; async function f() { let user; withLock(async () => { user = await load(); }); return user; }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 154,
          endLine: 9,
          endColumn: 158,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}declare function withLock(fn: () => Promise<void>): Promise<void>; async function f() { let user; await withLock(async () => { user = await load(); }); return user; }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}async function f() { let user; new Promise<void>((resolve) => { load().then((u) => { user = u; resolve(); }); }); return user; }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 122,
          endLine: 9,
          endColumn: 126,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}async function f() { let user; await new Promise<void>((resolve) => { load().then((u) => { user = u; resolve(); }); }); return user; }`,
            },
          ],
        },
      ],
    },

    // registered in a loop: after any iteration the read is stale
    {
      code: `${decl}function f() { let failed = false; for (const i of items) { price(i).then((v) => { if (v < 0) failed = true; }); } return failed; }`,
      errors: [{ messageId: 'readBeforeSettle', line: 9, column: 123, endLine: 9, endColumn: 129, suggestions: [] }],
    },

    // promoted to a fix by the plugin setting: the first suggestion is applied
    {
      code: `${decl}async function f() { let user; load().then((u) => { user = u; }); return user; }`,
      settings: { settle: { promoteToFix: ['no-read-before-settle'] } },
      output: `${decl}async function f() { const user = await load(); return user; }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 74,
          endLine: 9,
          endColumn: 78,
          suggestions: [
            { messageId: 'suggestAwaitValue', output: `${decl}async function f() { const user = await load(); return user; }` },
            {
              messageId: 'suggestAwait',
              output: `${decl}async function f() { let user; await load().then((u) => { user = u; }); return user; }`,
            },
          ],
        },
      ],
    },
    // no `await` where waiting would hold back what settles the promise: a trigger after it
    {
      code: `${decl}import { once } from 'node:events'; import type { EventEmitter } from 'node:events'; async function f(emitter: EventEmitter) { let args; once(emitter, 'ready').then((a) => { args = a; }); emitter.emit('ready', 1); render(args); }`,
      errors: [{ messageId: 'readBeforeSettle', line: 9, column: 222, endLine: 9, endColumn: 226, suggestions: [] }],
    },
    {
      code: `${decl}declare const socket: { request(): Promise<string>; flush(): void }; async function f() { let reply; socket.request().then((r) => { reply = r; }); socket.flush(); render(reply); }`,
      errors: [{ messageId: 'readBeforeSettle', line: 9, column: 171, endLine: 9, endColumn: 176, suggestions: [] }],
    },
    {
      code: `${decl}declare function waitFor(check: () => boolean): Promise<number>; declare function trigger(): void; async function f() { let count; waitFor(() => true).then((c) => { count = c; }); trigger(); render(count); }`,
      errors: [{ messageId: 'readBeforeSettle', line: 9, column: 199, endLine: 9, endColumn: 204, suggestions: [] }],
    },
    // nor on work that runs until stopped
    {
      code: `${decl}declare function pollUpdates(): Promise<string>; async function f() { let latest; pollUpdates().then((u) => { latest = u; }); render(latest); }`,
      errors: [{ messageId: 'readBeforeSettle', line: 9, column: 134, endLine: 9, endColumn: 140, suggestions: [] }],
    },
    // calls in between that cannot settle it leave both suggestions
    {
      code: `${decl}async function f() { let user; load().then((u) => { user = u; }); console.log('loading'); render(user); }`,
      errors: [
        {
          messageId: 'readBeforeSettle',
          line: 9,
          column: 98,
          endLine: 9,
          endColumn: 102,
          suggestions: [
            {
              messageId: 'suggestAwaitValue',
              output: `${decl}async function f() { const user = await load(); console.log('loading'); render(user); }`,
            },
            {
              messageId: 'suggestAwait',
              output: `${decl}async function f() { let user; await load().then((u) => { user = u; }); console.log('loading'); render(user); }`,
            },
          ],
        },
      ],
    },
  ],
});
