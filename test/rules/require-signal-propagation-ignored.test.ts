// Signals in hand that nothing reads while a loop waits turn after turn, and options that call their signal by another name (`abortSignal`).
import rule from '../../rules/require-signal-propagation.js';
import { typedRuleTester } from '../rule-tester.js';

typedRuleTester().run('require-signal-propagation', rule, {
  valid: [
    // The merged options' signal is taken out and checked each turn.
    `interface EqualizeOptions {
  toleranceM?: number;
  signal?: AbortSignal;
}
declare const gear: { readDifference(): Promise<number>; pulse(): Promise<void> };
const DEFAULTS = { toleranceM: 0.04 };
export async function equalize(options: EqualizeOptions = {}): Promise<number> {
  const { toleranceM, signal } = { ...DEFAULTS, ...options };
  let difference = await gear.readDifference();
  while (Math.abs(difference) > toleranceM) {
    signal?.throwIfAborted();
    await gear.pulse();
    difference = await gear.readDifference();
  }
  return difference;
}`,
    // A rest element keeps the signal, and it is read from there.
    `interface KilnOptions {
  kilnId: string;
  rounds: number;
  signal?: AbortSignal;
}
declare const kiln: { fire(kilnId: string): Promise<number>; cool(kilnId: string): Promise<void> };

export async function fireRounds(options: KilnOptions): Promise<number> {
  const { kilnId, ...rest } = options;
  const rounds = rest.rounds;
  if (rest.signal?.aborted) return 0;
  let total = 0;
  for (let round = 0; round < rounds; round++) {
    total += await kiln.fire(kilnId);
    await kiln.cool(kilnId);
  }
  return total;
}`,
    // Options taken apart with the signal among the parts: checked each turn.
    `interface KilnOptions {
  kilnId: string;
  rounds: number;
  signal?: AbortSignal;
}
declare const kiln: { fire(kilnId: string): Promise<number>; cool(kilnId: string): Promise<void> };

export async function fireRounds(options: KilnOptions): Promise<number> {
  const { kilnId, rounds, signal } = options;
  let total = 0;
  for (let round = 0; round < rounds; round++) {
    signal?.throwIfAborted();
    total += await kiln.fire(kilnId);
    await kiln.cool(kilnId);
  }
  return total;
}`,
    // the loop's test polls ctx.signal: the job stops at the next turn
    `interface JobContext { signal: AbortSignal; log(message: string): void }
declare const rows: { page(after: string | null): Promise<{ id: string }[]> };
export async function reindex(ctx: JobContext): Promise<number> {
  let after: string | null = null;
  let count = 0;
  while (!ctx.signal.aborted) {
    const page = await rows.page(after);
    if (page.length === 0) break;
    count += page.length;
    after = page[page.length - 1].id;
  }
  return count;
}`,
    // the whole context goes to each step, which can read its signal
    `interface JobContext { signal: AbortSignal; log(message: string): void }
declare function step(ctx: JobContext, n: number): Promise<void>;
export async function run(ctx: JobContext) {
  for (let n = 0; n < 10; n++) await step(ctx, n);
}`,
    // an async generator's loop: the consumer paces it and stops by leaving the iteration
    `declare function read(): Promise<string | undefined>;
export async function* lines(signal: AbortSignal) {
  for (;;) {
    const line = await read();
    if (line === undefined) return;
    yield line;
  }
}`,
    // an abort listener observes the signal, so the function does see the abort
    `declare function upload(part: Uint8Array): Promise<void>;
export async function uploadAll(parts: Uint8Array[], signal: AbortSignal) {
  signal.addEventListener('abort', () => console.log('stopping'), { once: true });
  for (const part of parts) await upload(part);
}`,
    // loops that do not wait (a fire-and-forget start per part, a synchronous log loop): nothing runs on turn after turn
    `declare function upload(part: Uint8Array, options?: { signal?: AbortSignal }): Promise<void>;
export function uploadAll(parts: Uint8Array[], signal: AbortSignal) {
  for (const part of parts) void upload(part, { signal });
}
export async function sync(items: string[], signal: AbortSignal) {
  for (const item of items) console.log(item);
  await Promise.resolve(signal.reason);
}`,
    // writing bytes already in memory to a local file: an abort part-way would leave a torn file, so the signal is left out on purpose
    `import { writeFile } from 'node:fs/promises';
export async function cache(url: string, path: string, signal: AbortSignal) {
  const res = await fetch(url, { signal });
  const body = Buffer.from(await res.arrayBuffer());
  await writeFile(path, body);
  return body;
}`,
    // the signal travels under the callee's own key, abortSignal
    `interface SendOptions { abortSignal?: AbortSignal; timeoutMs?: number }
declare const client: { send(command: string, options?: SendOptions): Promise<{ ok: boolean }> };
export async function sendAll(commands: string[], { abortSignal }: SendOptions) {
  for (const command of commands) await client.send(command, { abortSignal, timeoutMs: 1_000 });
}`,
    // a route handler's loop and the request's signal: the client went away, and finishing the inserts loses nothing
    `declare const db: { insert(row: { id: string }): Promise<void> };
export async function POST(req: Request): Promise<Response> {
  const rows = (await req.json()) as { id: string }[];
  for (const row of rows) {
    await db.insert(row);
  }
  return new Response(null, { status: 204 });
}`,
  ],
  invalid: [
    // Options merged with defaults and taken apart without their signal: nothing reads it.
    {
      code: `interface EqualizeOptions {
  toleranceM?: number;
  signal?: AbortSignal;
}
declare const gear: { readDifference(): Promise<number>; pulse(): Promise<void> };
const DEFAULTS = { toleranceM: 0.04 };
export async function equalize(options: EqualizeOptions = {}): Promise<number> {
  const { toleranceM } = { ...DEFAULTS, ...options };
  let difference = await gear.readDifference();
  while (Math.abs(difference) > toleranceM) {
    await gear.pulse();
    difference = await gear.readDifference();
  }
  return difference;
}`,
      output: null,
      errors: [
        {
          messageId: 'ignoredSignal',
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 8,
          suggestions: [
            {
              messageId: 'suggestCheckSignal',
              output: `interface EqualizeOptions {
  toleranceM?: number;
  signal?: AbortSignal;
}
declare const gear: { readDifference(): Promise<number>; pulse(): Promise<void> };
const DEFAULTS = { toleranceM: 0.04 };
export async function equalize(options: EqualizeOptions = {}): Promise<number> {
  const { toleranceM } = { ...DEFAULTS, ...options };
  let difference = await gear.readDifference();
  while (Math.abs(difference) > toleranceM) {
    options.signal?.throwIfAborted();
    await gear.pulse();
    difference = await gear.readDifference();
  }
  return difference;
}`,
            },
          ],
        },
      ],
    },
    // Options taken apart without the signal: nothing reads it, and the loop runs on after an abort.
    {
      code: `interface KilnOptions {
  kilnId: string;
  rounds: number;
  signal?: AbortSignal;
}
declare const kiln: { fire(kilnId: string): Promise<number>; cool(kilnId: string): Promise<void> };

export async function fireRounds(options: KilnOptions): Promise<number> {
  const { kilnId, rounds } = options;
  let total = 0;
  for (let round = 0; round < rounds; round++) {
    total += await kiln.fire(kilnId);
    await kiln.cool(kilnId);
  }
  return total;
}`,
      output: null,
      errors: [
        {
          messageId: 'ignoredSignal',
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'suggestCheckSignal',
              output: `interface KilnOptions {
  kilnId: string;
  rounds: number;
  signal?: AbortSignal;
}
declare const kiln: { fire(kilnId: string): Promise<number>; cool(kilnId: string): Promise<void> };

export async function fireRounds(options: KilnOptions): Promise<number> {
  const { kilnId, rounds } = options;
  let total = 0;
  for (let round = 0; round < rounds; round++) {
    options.signal?.throwIfAborted();
    total += await kiln.fire(kilnId);
    await kiln.cool(kilnId);
  }
  return total;
}`,
            },
          ],
        },
      ],
    },
    // a job's loop never reads ctx.signal: each turn waits, and the job goes on after a cancel
    {
      code: `interface JobContext {
  id: string;
  signal: AbortSignal;
  log(message: string): void;
}
declare const rows: { page(after: string | null): Promise<{ id: string }[]> };
declare const index: { upsert(ids: string[]): Promise<void> };
export async function reindex(ctx: JobContext): Promise<number> {
  let after: string | null = null;
  let count = 0;
  for (;;) {
    const page = await rows.page(after);
    if (page.length === 0) break;
    await index.upsert(page.map((row) => row.id));
    count += page.length;
    after = page[page.length - 1].id;
    ctx.log(\`indexed \${count}\`);
  }
  return count;
}`,
      errors: [
        {
          messageId: 'ignoredSignal',
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'suggestCheckSignal',
              data: { check: 'ctx.signal.throwIfAborted();' },
              output: `interface JobContext {
  id: string;
  signal: AbortSignal;
  log(message: string): void;
}
declare const rows: { page(after: string | null): Promise<{ id: string }[]> };
declare const index: { upsert(ids: string[]): Promise<void> };
export async function reindex(ctx: JobContext): Promise<number> {
  let after: string | null = null;
  let count = 0;
  for (;;) {
    ctx.signal.throwIfAborted();
    const page = await rows.page(after);
    if (page.length === 0) break;
    await index.upsert(page.map((row) => row.id));
    count += page.length;
    after = page[page.length - 1].id;
    ctx.log(\`indexed \${count}\`);
  }
  return count;
}`,
            },
          ],
        },
      ],
    },
    // an optional signal in options nobody reads: the check is written with ?.
    {
      code: `declare function upload(part: Uint8Array): Promise<void>;
export async function uploadAll(parts: Uint8Array[], options: { signal?: AbortSignal; label: string }) {
  console.log(\`uploading \${options.label}\`);
  for (const part of parts) {
    await upload(part);
  }
}`,
      errors: [
        {
          messageId: 'ignoredSignal',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'suggestCheckSignal',
              data: { check: 'options.signal?.throwIfAborted();' },
              output: `declare function upload(part: Uint8Array): Promise<void>;
export async function uploadAll(parts: Uint8Array[], options: { signal?: AbortSignal; label: string }) {
  console.log(\`uploading \${options.label}\`);
  for (const part of parts) {
    options.signal?.throwIfAborted();
    await upload(part);
  }
}`,
            },
          ],
        },
      ],
    },
    // a destructured signal never used: the while loop drains the queue after the abort
    {
      code: `declare const queue: { next(): Promise<string | undefined>; ack(id: string): Promise<void> };
export async function drain({ signal }: { signal: AbortSignal }) {
  let id = await queue.next();
  while (id !== undefined) {
    await queue.ack(id);
    id = await queue.next();
  }
}`,
      errors: [
        {
          messageId: 'ignoredSignal',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 8,
          suggestions: [
            {
              messageId: 'suggestCheckSignal',
              data: { check: 'signal.throwIfAborted();' },
              output: `declare const queue: { next(): Promise<string | undefined>; ack(id: string): Promise<void> };
export async function drain({ signal }: { signal: AbortSignal }) {
  let id = await queue.next();
  while (id !== undefined) {
    signal.throwIfAborted();
    await queue.ack(id);
    id = await queue.next();
  }
}`,
            },
          ],
        },
      ],
    },
    // the loop's wait is in its test, and the body is no block: no suggestion, the report alone
    {
      code: `declare function poll(id: string): Promise<'running' | 'done'>;
export async function waitDone(id: string, signal: AbortSignal) {
  while ((await poll(id)) !== 'done') console.log(\`still waiting for \${id}\`);
}`,
      errors: [
        {
          messageId: 'ignoredSignal',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 8,
          suggestions: [],
        },
      ],
    },
    // the callee's options call the signal abortSignal (as the AWS and AI SDKs do): the suggestion uses that key
    {
      code: `interface RequestOptions { abortSignal?: AbortSignal; timeoutMs?: number }
declare const store: { put(key: string, body: string, options?: RequestOptions): Promise<{ etag: string }> };
interface JobContext { signal: AbortSignal; jobId: string }
export async function upload(ctx: JobContext, body: string) {
  const { etag } = await store.put(ctx.jobId, body, { timeoutMs: 300_000 });
  return etag;
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 5,
          column: 32,
          endLine: 5,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'ctx.signal' },
              output: `interface RequestOptions { abortSignal?: AbortSignal; timeoutMs?: number }
declare const store: { put(key: string, body: string, options?: RequestOptions): Promise<{ etag: string }> };
interface JobContext { signal: AbortSignal; jobId: string }
export async function upload(ctx: JobContext, body: string) {
  const { etag } = await store.put(ctx.jobId, body, { timeoutMs: 300_000, abortSignal: ctx.signal });
  return etag;
}`,
            },
          ],
        },
      ],
    },
    // received options with abortSignal: the key travels into the call's options
    {
      code: `interface RequestOptions { abortSignal?: AbortSignal; timeoutMs?: number }
declare const client: { send(command: string, opts?: RequestOptions): Promise<{ ok: boolean }> };
export async function run(command: string, options: RequestOptions) {
  console.log(options.timeoutMs);
  for (let i = 0; i < 3; i++) {
    const r = await client.send(command, { timeoutMs: 5 });
    if (r.ok) return;
  }
}
export async function fine(command: string, { abortSignal }: RequestOptions) {
  return client.send(command, { abortSignal });
}`,
      errors: [
        {
          messageId: 'missingSignal',
          line: 6,
          column: 28,
          endLine: 6,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'suggestPassSignal',
              data: { signal: 'options.abortSignal' },
              output: `interface RequestOptions { abortSignal?: AbortSignal; timeoutMs?: number }
declare const client: { send(command: string, opts?: RequestOptions): Promise<{ ok: boolean }> };
export async function run(command: string, options: RequestOptions) {
  console.log(options.timeoutMs);
  for (let i = 0; i < 3; i++) {
    const r = await client.send(command, { timeoutMs: 5, abortSignal: options.abortSignal });
    if (r.ok) return;
  }
}
export async function fine(command: string, { abortSignal }: RequestOptions) {
  return client.send(command, { abortSignal });
}`,
            },
          ],
        },
      ],
    },
  ],
});
