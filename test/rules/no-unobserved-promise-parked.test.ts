// Promises parked in a collection that outlives the function, with nothing else observing them.
import rule from '../../rules/no-unobserved-promise.js';
import { typedRuleTester } from '../rule-tester.js';

typedRuleTester().run('no-unobserved-promise', rule, {
  valid: [
    // no wait between the pushes and the batch's `Promise.all`, and the rest awaited after the loop; `batch.length >= batchSize` is a threshold, not an emptiness test
    `declare const archive: { store(record: string): Promise<number> };
export async function mirror(records: string[], batchSize: number): Promise<number> {
  let stored = 0;
  let batch: Promise<number>[] = [];
  for (const record of records) {
    batch.push(archive.store(record));
    if (batch.length >= batchSize) {
      stored += (await Promise.all(batch)).length;
      batch = [];
    }
  }
  if (batch.length > 0) stored += (await Promise.all(batch)).length;
  return stored;
}`,
    // each promise gets its handler as it is pushed; the batch is emptied only after it was awaited
    `declare const archive: { store(record: string): Promise<number> };
export async function mirror(records: string[], batchSize: number): Promise<number> {
  let stored = 0;
  let batch: Promise<number>[] = [];
  for (const record of records) {
    batch.push(archive.store(record).catch(() => 0));
    if (batch.length >= batchSize) {
      stored += (await Promise.all(batch)).length;
      batch = [];
    }
  }
  if (batch.length > 0) stored += (await Promise.all(batch)).length;
  return stored;
}`,
    // in a vitest test, a flush that lets the code under test park, followed by the action that makes the held promise reject, before its handler; and a timer's async callback waited past
    `import { expect, test } from 'vitest';
declare class Client {
  connect(options: { signal: AbortSignal }): Promise<void>;
  reconnect(): Promise<void>;
  get state(): string;
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 10));
test('an abort while connect waits for its ack rejects it', async () => {
  const client = new Client();
  const controller = new AbortController();
  const pending = client.connect({ signal: controller.signal });
  await flush();
  expect(client.state).toBe('waiting');
  controller.abort(new Error('stop'));
  const error = await pending.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
});
test('a reconnect scheduled on a timer, waited past', async () => {
  const client = new Client();
  setTimeout(async () => {
    await client.reconnect();
  }, 10);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(client.state).toBe('connected');
});`,
    // the function reads the entry back and returns it: the caller observes it
    `declare function fetchManifest(route: string): Promise<string[]>;
const manifests = new Map<string, Promise<string[]>>();
export function manifest(route: string): Promise<string[]> {
  if (!manifests.has(route)) manifests.set(route, fetchManifest(route));
  return manifests.get(route)!;
}`,
    // a handler attached before parking it, and an array local to the function that is returned
    `declare function fetchManifest(route: string): Promise<string[]>;
const manifests = new Map<string, Promise<string[]>>();
export function prefetch(route: string): void {
  const pending = fetchManifest(route);
  pending.catch(() => manifests.delete(route));
  manifests.set(route, pending);
}
export function prefetchLocal(routes: string[]): Promise<string[]>[] {
  const local: Promise<string[]>[] = [];
  for (const route of routes) local.push(fetchManifest(route));
  return local;
}`,
    // a gate the code resolves itself: it cannot reject
    `const gates = new Map<string, Promise<void>>();
export function gate(name: string): () => void {
  let open!: () => void;
  gates.set(name, new Promise<void>((resolve) => { open = resolve; }));
  return () => open();
}`,
    // a public field: code elsewhere reads the entries and takes them on
    `declare function send(id: string): Promise<void>;
export class Outbox {
  readonly inflight: Promise<void>[] = [];
  queue(id: string): void {
    this.inflight.push(send(id));
  }
}`,
  ],
  invalid: [
    // emptying the batch before its promises were awaited drops them: a rejection among them is never retrieved
    {
      code: `declare const archive: { store(record: string): Promise<number> };
export async function mirror(records: string[], batchSize: number): Promise<number> {
  let batch: Promise<number>[] = [];
  for (const record of records) {
    if (record === '') batch = [];
    batch.push(archive.store(record));
  }
  return (await Promise.all(batch)).length;
}`,
      output: null,
      errors: [
        {
          messageId: 'unobservedPath',
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `declare const archive: { store(record: string): Promise<number> };
export async function mirror(records: string[], batchSize: number): Promise<number> {
  let batch: Promise<number>[] = [];
  for (const record of records) {
    if (record === '') batch = [];
    batch.push(archive.store(record));
    void Promise.allSettled(batch);
  }
  return (await Promise.all(batch)).length;
}`,
            },
          ],
        },
      ],
    },
    // a `let` batch emptied after each send: while `for await` waits for the next record, the promises pushed since the last send have no handler
    {
      code: `declare const archive: { store(record: string): Promise<number> };
declare function nextRecords(): AsyncIterable<string>;
export async function mirror(batchSize: number): Promise<number> {
  let stored = 0;
  let batch: Promise<number>[] = [];
  for await (const record of nextRecords()) {
    batch.push(archive.store(record));
    if (batch.length >= batchSize) {
      stored += (await Promise.all(batch)).length;
      batch = [];
    }
  }
  stored += (await Promise.all(batch)).length;
  return stored;
}`,
      output: null,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `declare const archive: { store(record: string): Promise<number> };
declare function nextRecords(): AsyncIterable<string>;
export async function mirror(batchSize: number): Promise<number> {
  let stored = 0;
  let batch: Promise<number>[] = [];
  for await (const record of nextRecords()) {
    batch.push(archive.store(record));
    void Promise.allSettled(batch);
    if (batch.length >= batchSize) {
      stored += (await Promise.all(batch)).length;
      batch = [];
    }
  }
  stored += (await Promise.all(batch)).length;
  return stored;
}`,
            },
          ],
        },
      ],
    },
    {
      // a flush followed only by assertions before the handler: the rejection the test expects comes during the wait itself
      code: `import { expect, test } from 'vitest';
declare class Client {
  connect(options: { signal: AbortSignal; timeout: number }): Promise<void>;
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 10));
test('a connect that times out on its own during the wait', async () => {
  const client = new Client();
  const controller = new AbortController();
  const pending = client.connect({ signal: controller.signal, timeout: 5 });
  await flush();
  expect(controller.signal.aborted).toBe(false);
  await expect(pending).rejects.toThrow('timed out');
});`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              data: { name: 'pending' },
              output: `import { expect, test } from 'vitest';
declare class Client {
  connect(options: { signal: AbortSignal; timeout: number }): Promise<void>;
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 10));
test('a connect that times out on its own during the wait', async () => {
  const client = new Client();
  const controller = new AbortController();
  const pending = client.connect({ signal: controller.signal, timeout: 5 });
  pending.catch(() => {});
  await flush();
  expect(controller.signal.aborted).toBe(false);
  await expect(pending).rejects.toThrow('timed out');
});`,
            },
          ],
        },
      ],
    },
    // a prefetch parks the manifest request in a module Map: a route nobody opens rejects unhandled
    {
      code: `declare function fetchManifest(route: string): Promise<string[]>;
const manifests = new Map<string, Promise<string[]>>();
export function prefetch(routes: string[]): void {
  for (const route of routes) {
    if (manifests.has(route)) continue;
    manifests.set(route, fetchManifest(route));
  }
}
export async function open(route: string): Promise<string[]> {
  const cached = manifests.get(route);
  return cached ? await cached : await fetchManifest(route);
}`,
      errors: [
        {
          messageId: 'parkedPromise',
          line: 6,
          column: 26,
          endLine: 6,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              data: { name: 'pending' },
              output: `declare function fetchManifest(route: string): Promise<string[]>;
const manifests = new Map<string, Promise<string[]>>();
export function prefetch(routes: string[]): void {
  for (const route of routes) {
    if (manifests.has(route)) continue;
    const pending = fetchManifest(route);
    pending.catch(() => {});
    manifests.set(route, pending);
  }
}
export async function open(route: string): Promise<string[]> {
  const cached = manifests.get(route);
  return cached ? await cached : await fetchManifest(route);
}`,
            },
          ],
        },
      ],
    },
    // requests queued in a field array until flush(): one that fails before it is unhandled
    {
      code: `declare function send(id: string): Promise<void>;
export class Outbox {
  private readonly inflight: Promise<void>[] = [];
  queue(id: string): void {
    this.inflight.push(send(id));
  }
  async flush(): Promise<void> {
    await Promise.all(this.inflight.splice(0));
  }
}`,
      errors: [
        {
          messageId: 'parkedPromise',
          line: 5,
          column: 24,
          endLine: 5,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              data: { name: 'pending' },
              output: `declare function send(id: string): Promise<void>;
export class Outbox {
  private readonly inflight: Promise<void>[] = [];
  queue(id: string): void {
    const pending = send(id);
    pending.catch(() => {});
    this.inflight.push(pending);
  }
  async flush(): Promise<void> {
    await Promise.all(this.inflight.splice(0));
  }
}`,
            },
          ],
        },
      ],
    },
  ],
});
