import rule from '../../rules/no-unobserved-promise.js';
import { typedRuleTester } from '../rule-tester.js';

// The observation model's newer parts: locals given new promises (`next = iterator.next()`), arrays
// of promises read only in part, `yield` as a wait, and exits through `throw`.
const decl = `declare function load(id: string): Promise<number>;
declare function save(value: number): Promise<void>;
`;

typedRuleTester().run('no-unobserved-promise', rule, {
  valid: [
    // A test under any runner that waits, then sets off the rejection it expects (a call, not awaited) and handles it in the same turn.
    {
      code: `import assert from 'node:assert/strict';

declare class Link {
  request(): Promise<string>;
  close(): void;
  shutdown(): Promise<void>;
}
declare function settle(): Promise<void>;
declare const describe: (name: string, body: () => void) => void;
declare const it: (name: string, body: () => Promise<void>) => void;

describe('link', () => {
  it('fails pending requests on close', async () => {
    const link = new Link();
    const pending = link.request();
    await settle();
    link.close();
    await assert.rejects(pending);
  });
});`,
      filename: 'quiet.e2e.ts',
    },
    // the abort has already rejected both tasks: waiting on the first resumes through microtasks, and the second is handled before Node.js looks
    `import { test } from 'node:test';
import assert from 'node:assert/strict';
declare const queue: { add<T>(task: () => Promise<T>, options?: { signal?: AbortSignal }): Promise<T> };
test('cancelAll', async () => {
  const controller = new AbortController();
  const first = queue.add(async () => 'a', { signal: controller.signal });
  const second = queue.add(async () => 'b', { signal: controller.signal });
  controller.abort();
  await assert.rejects(first, { name: 'AbortError' });
  await assert.rejects(second, { name: 'AbortError' });
});`,
    // a deadline loop: its first test compares the clock with itself plus the time to wait
    `declare function status(id: string): Promise<{ done: boolean }>;
declare function audit(id: string): Promise<void>;
declare function sleep(ms: number): Promise<void>;
export async function waitFor(id: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const logged = audit(id);
  while (Date.now() < deadline) {
    await logged;
    if ((await status(id)).done) return;
    await sleep(500);
  }
  throw new Error(\`\${id} timed out\`);
}`,
    // the loop is meant to run: after it the function throws the error only its turns record (zero attempts would throw undefined)
    `declare function upload(part: Uint8Array): Promise<string>;
declare function credentials(): Promise<string>;
export async function send(part: Uint8Array, attempts: number): Promise<string> {
  const token = credentials();
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      await token;
      return await upload(part);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}`,
    // each element is handled where it is made; the test reads some of them
    `declare function send(cmd: string, signal: AbortSignal): Promise<string>;
export async function abortOne(controllers: AbortController[]) {
  const promises = controllers.map((controller, i) => {
    const promise = send(\`CMD\${i}\`, controller.signal);
    promise.catch(() => {});
    return promise;
  });
  controllers[1]!.abort();
  return promises[0];
}`,
    // a closure reads the local when it runs, whichever promise it holds then
    `${decl}export async function pausing(on: (event: string, fn: () => Promise<void>) => void) {
  let running: Promise<number> | undefined;
  on('paused', async () => {
    await save(await running!);
  });
  running = load('run');
  await save(0);
}`,
    // a write that attaches its own rejection handler
    `${decl}declare function report(where: string): (error: unknown) => void;
export async function stream(first: string, ids: string[]) {
  let current: Promise<number | void> = load(first);
  for (const id of ids) {
    const value = await current;
    current = load(id).catch(report('load'));
    await save(value ?? 0);
  }
}`,
    // a write that gets its handler right away; the last one awaited after the loop
    `${decl}export async function handled() {
  let next = load('0');
  for (let i = 1; i < 5; i++) {
    const value = await next;
    next = load(String(i));
    next.catch(() => {});
    await save(value);
  }
  await next;
}`,
    // a helper that handles the promise it returns (the prefetch idiom): observed from its creation
    `declare const queue: { next(): Promise<{ id: string } | null> };
declare function handle(id: string): Promise<void>;
function prefetch() {
  const p = queue.next();
  void p.catch(() => undefined);
  return p;
}
export async function consume() {
  let next = prefetch();
  for (;;) {
    const job = await next;
    if (!job) break;
    next = prefetch();
    await handle(job.id);
  }
}`,
    // a chain: each new link reads the previous one, the last is awaited
    `${decl}export async function chain(values: number[]) {
  let tail: Promise<void> = Promise.resolve();
  for (const value of values) tail = tail.then(() => save(value));
  await tail;
}`,
    // read ahead with no other wait before the next read
    `${decl}export async function readAhead() {
  let total = 0;
  let next = load('0');
  for (;;) {
    const v = await next;
    if (v < 0) break;
    next = load(String(v));
    total += v;
  }
  return total;
}`,
    // a guarded write read again on the turn its condition promises
    `${decl}export async function pages() {
  let total = 0;
  let next = load('0');
  for (let i = 0; i < 3; i++) {
    const v = await next;
    if (i + 1 < 3) next = load(String(i + 1));
    total += v;
  }
  return total;
}`,
    // a generator that handles the promise it reads ahead before it yields
    `${decl}export async function* values() {
  let next = load('0');
  while (true) {
    const v = await next;
    if (v < 0) return;
    next = load(String(v));
    next.catch(() => {});
    yield v;
  }
}`,
    // an array read at one place, then handed on whole
    `${decl}export async function firstAndAll(ids: string[]) {
  const ps = ids.map(load);
  const first = ps[0];
  await Promise.all(ps);
  return (await first) ?? 0;
}`,
    // an index loop: `ps.length` guards the reads, the zero-turn path holds nothing
    `${decl}export async function indexLoop(ids: string[]) {
  const ps = ids.map(load);
  void Promise.allSettled(ps);
  let sum = 0;
  for (let i = 0; i < ps.length; i++) sum += await ps[i]!;
  return sum;
}`,
    // a literal array read at every index
    `${decl}export async function literal() {
  const ps = [load('a'), load('b')];
  const [a, b] = await Promise.all([ps[0], ps[1]]);
  return a! + b!;
}`,
    // awaited before the next write
    `${decl}export async function swapped() {
  let current = load('a');
  const a = await current;
  current = load('b');
  return a + (await current);
}`,
    // test code: the runner reports what the test leaves (reassigned waiter, some of an array read)
    `import { it, expect } from 'vitest';
declare const stream: { read(): Promise<string>; write(s: string): Promise<void> };
it('echoes', async () => {
  let reply = stream.read();
  await stream.write('a');
  expect(await reply).toBe('a');
  reply = stream.read();
  await stream.write('b');
  expect(await reply).toBe('b');
});
it('reads the first', async () => {
  const ps = ['a', 'b'].map(() => stream.read());
  await stream.write('a');
  expect(await ps[0]).toBe('a');
});`,
  ],
  invalid: [
    // The awaited shutdown may itself reject the request, and only an assertion comes before the handler: still a window.
    {
      code: `import assert from 'node:assert/strict';

declare class Link {
  request(): Promise<string>;
  close(): void;
  shutdown(): Promise<void>;
}
declare function settle(): Promise<void>;
declare const describe: (name: string, body: () => void) => void;
declare const it: (name: string, body: () => Promise<void>) => void;

describe('link', () => {
  it('fails pending requests on close', async () => {
    const link = new Link();
    const pending = link.request();
    await link.shutdown();
    assert.equal(link instanceof Link, true);
    await assert.rejects(pending);
  });
});`,
      filename: 'quiet.e2e.ts',
      output: null,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 15,
          column: 11,
          endLine: 15,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `import assert from 'node:assert/strict';

declare class Link {
  request(): Promise<string>;
  close(): void;
  shutdown(): Promise<void>;
}
declare function settle(): Promise<void>;
declare const describe: (name: string, body: () => void) => void;
declare const it: (name: string, body: () => Promise<void>) => void;

describe('link', () => {
  it('fails pending requests on close', async () => {
    const link = new Link();
    const pending = link.request();
    pending.catch(() => {});
    await link.shutdown();
    assert.equal(link instanceof Link, true);
    await assert.rejects(pending);
  });
});`,
            },
          ],
        },
      ],
    },
    // the first task was given no signal: the abort does not settle it, and the second waits unhandled
    {
      code: `import { test } from 'node:test';
import assert from 'node:assert/strict';
declare const queue: { add<T>(task: () => Promise<T>, options?: { signal?: AbortSignal }): Promise<T> };
declare function slowReport(): Promise<void>;
test('cancelOne', async () => {
  const controller = new AbortController();
  const first = queue.add(async () => 'a');
  const second = queue.add(async () => 'b', { signal: controller.signal });
  controller.abort();
  await assert.rejects(first, { name: 'AbortError' });
  await assert.rejects(second, { name: 'AbortError' });
});`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              data: { name: 'second' },
              output: `import { test } from 'node:test';
import assert from 'node:assert/strict';
declare const queue: { add<T>(task: () => Promise<T>, options?: { signal?: AbortSignal }): Promise<T> };
declare function slowReport(): Promise<void>;
test('cancelOne', async () => {
  const controller = new AbortController();
  const first = queue.add(async () => 'a');
  const second = queue.add(async () => 'b', { signal: controller.signal });
  second.catch(() => {});
  controller.abort();
  await assert.rejects(first, { name: 'AbortError' });
  await assert.rejects(second, { name: 'AbortError' });
});`,
            },
          ],
        },
      ],
    },
    // the test sets off the rejections itself after its wait (`controller.abort()`), then handles the first in
    // the same turn; the second still has no handler while the first's rejection is awaited
    {
      code: `import { test } from 'node:test';
import assert from 'node:assert/strict';
declare const queue: { add<T>(task: () => Promise<T>, options?: { signal?: AbortSignal }): Promise<T> };
declare function slowReport(): Promise<void>;
test('cancelAll', async () => {
  const controller = new AbortController();
  const first = queue.add(async () => 'a', { signal: controller.signal });
  const second = queue.add(async () => 'b', { signal: controller.signal });
  await slowReport();
  controller.abort();
  await assert.rejects(first, { name: 'AbortError' });
  await assert.rejects(second, { name: 'AbortError' });
});`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              data: { name: 'second' },
              output: `import { test } from 'node:test';
import assert from 'node:assert/strict';
declare const queue: { add<T>(task: () => Promise<T>, options?: { signal?: AbortSignal }): Promise<T> };
declare function slowReport(): Promise<void>;
test('cancelAll', async () => {
  const controller = new AbortController();
  const first = queue.add(async () => 'a', { signal: controller.signal });
  const second = queue.add(async () => 'b', { signal: controller.signal });
  second.catch(() => {});
  await slowReport();
  controller.abort();
  await assert.rejects(first, { name: 'AbortError' });
  await assert.rejects(second, { name: 'AbortError' });
});`,
            },
          ],
        },
      ],
    },
    // the same retry ending in an error of its own: with no attempts the loop is skipped and `token` is never awaited
    {
      code: `declare function upload(part: Uint8Array): Promise<string>;
declare function credentials(): Promise<string>;
export async function send(part: Uint8Array, attempts: number): Promise<string> {
  const token = credentials();
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      await token;
      return await upload(part);
    } catch {
      continue;
    }
  }
  throw new Error('no attempt succeeded');
}`,
      errors: [
        {
          messageId: 'unobservedPath',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              data: { name: 'token' },
              output: `declare function upload(part: Uint8Array): Promise<string>;
declare function credentials(): Promise<string>;
export async function send(part: Uint8Array, attempts: number): Promise<string> {
  const token = credentials();
  token.catch(() => {});
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      await token;
      return await upload(part);
    } catch {
      continue;
    }
  }
  throw new Error('no attempt succeeded');
}`,
            },
          ],
        },
      ],
    },
    {
      // replaced before observed
      code: `${decl}async function f() { let a = load('a'); a = load('b'); await save(1); await a; }`,
      errors: [
        {
          messageId: 'unobservedPath',
          data: { name: 'a', where: 'before it is replaced at line 3' },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}async function f() { let a = load('a'); a.catch(() => {}); a = load('b'); await save(1); await a; }`,
            },
          ],
        },
      ],
    },
    {
      // worker: replaced on one branch
      code: `declare const queue: { next(): Promise<{ id: string }> };\nexport async function take(retry: boolean) {\n  let job = queue.next();\n  if (retry) job = queue.next();\n  return (await job).id;\n}`,
      errors: [
        {
          messageId: 'unobservedPath',
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `declare const queue: { next(): Promise<{ id: string }> };\nexport async function take(retry: boolean) {\n  let job = queue.next();\n  job.catch(() => {});\n  if (retry) job = queue.next();\n  return (await job).id;\n}`,
            },
          ],
        },
      ],
    },
    {
      // CLI generator: read ahead across yield
      code: `declare function readChunk(fd: number): Promise<Uint8Array | null>;\nexport async function* chunks(fd: number) {\n  let pending = readChunk(fd);\n  while (true) {\n    const chunk = await pending;\n    if (!chunk) return;\n    pending = readChunk(fd);\n    yield chunk;\n  }\n}`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `declare function readChunk(fd: number): Promise<Uint8Array | null>;\nexport async function* chunks(fd: number) {\n  let pending = readChunk(fd);\n  while (true) {\n    const chunk = await pending;\n    if (!chunk) return;\n    pending = readChunk(fd);\n    pending.catch(() => {});\n    yield chunk;\n  }\n}`,
            },
          ],
        },
      ],
    },
    {
      // browser: prefetch across render, conditional write
      code: `declare function render(r: Response): Promise<void>;\nexport async function slideshow(first: string, rest: string[]) {\n  let next = fetch(first);\n  for (const url of rest) {\n    const res = await next;\n    next = fetch(url);\n    await render(res);\n  }\n  await render(await next);\n}`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `declare function render(r: Response): Promise<void>;\nexport async function slideshow(first: string, rest: string[]) {\n  let next = fetch(first);\n  for (const url of rest) {\n    const res = await next;\n    next = fetch(url);\n    next.catch(() => {});\n    await render(res);\n  }\n  await render(await next);\n}`,
            },
          ],
        },
      ],
    },
    {
      // let without initializer
      code: `${decl}export async function poll(ids: string[]) {\n  let inflight: Promise<number> | undefined;\n  for (const id of ids) {\n    if (inflight) await save(await inflight);\n    inflight = load(id);\n    await save(0);\n  }\n  await inflight;\n}`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}export async function poll(ids: string[]) {\n  let inflight: Promise<number> | undefined;\n  for (const id of ids) {\n    if (inflight) await save(await inflight);\n    inflight = load(id);\n    inflight?.catch(() => {});\n    await save(0);\n  }\n  await inflight;\n}`,
            },
          ],
        },
      ],
    },
    {
      // cloud SDK: only the first part awaited
      code: `declare const s3: { uploadPart(part: Uint8Array): Promise<{ etag: string }> };\nexport async function upload(parts: Uint8Array[]) {\n  const uploads = parts.map((part) => s3.uploadPart(part));\n  const first = await uploads.at(0);\n  return first?.etag;\n}`,
      errors: [
        {
          messageId: 'partlyObserved',
          data: { name: 'uploads', line: '4' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `declare const s3: { uploadPart(part: Uint8Array): Promise<{ etag: string }> };\nexport async function upload(parts: Uint8Array[]) {\n  const uploads = parts.map((part) => s3.uploadPart(part));\n  void Promise.allSettled(uploads);\n  const first = await uploads.at(0);\n  return first?.etag;\n}`,
            },
          ],
        },
      ],
    },
    {
      // quorum
      code: `declare const replicas: { write(key: string): Promise<boolean> }[];\nexport async function quorum(key: string, n: number) {\n  const writes = replicas.map((r) => r.write(key));\n  return Promise.any(writes.slice(0, n));\n}`,
      errors: [
        {
          messageId: 'partlyObserved',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `declare const replicas: { write(key: string): Promise<boolean> }[];\nexport async function quorum(key: string, n: number) {\n  const writes = replicas.map((r) => r.write(key));\n  void Promise.allSettled(writes);\n  return Promise.any(writes.slice(0, n));\n}`,
            },
          ],
        },
      ],
    },
    {
      // pushed, last awaited
      code: `export async function warm(urls: string[]) {\n  const requests: Promise<Response>[] = [];\n  for (const url of urls) requests.push(fetch(url));\n  if (requests.length > 0) await requests[requests.length - 1];\n}`,
      errors: [
        {
          messageId: 'partlyObserved',
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `export async function warm(urls: string[]) {\n  const requests: Promise<Response>[] = [];\n  for (const url of urls) requests.push(fetch(url));\n  void Promise.allSettled(requests);\n  if (requests.length > 0) await requests[requests.length - 1];\n}`,
            },
          ],
        },
      ],
    },
    {
      // a write on every turn, then a throw before it is awaited
      code: `${decl}export async function lease() {\n  let p = load('a');\n  const v = await p;\n  p = load('b');\n  if (v < 0) throw new RangeError('negative');\n  return await p;\n}`,
      errors: [
        {
          messageId: 'unobservedPath',
          data: { name: 'p', where: 'when the function throws at line 7' },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 8,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}export async function lease() {\n  let p = load('a');\n  const v = await p;\n  p = load('b');\n  p.catch(() => {});\n  if (v < 0) throw new RangeError('negative');\n  return await p;\n}`,
            },
          ],
        },
      ],
    },
  ],
});
