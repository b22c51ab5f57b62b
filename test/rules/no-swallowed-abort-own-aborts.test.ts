// Aborts the code causes itself, aborts handed on as data or as another error, work marked done on abort.
import rule from '../../rules/no-swallowed-abort.js';
import { typedRuleTester } from '../rule-tester.js';

typedRuleTester().run('no-swallowed-abort', rule, {
  valid: [
    // a local controller aborted only by a stop() handle that then waits for the loops it stopped: their handlers ending normally on that abort is what stop asked for
    `declare function follow(feed: string, options: { signal: AbortSignal }): Promise<void>;

export function followAll(feeds: string[], onError: (feed: string, error: unknown) => void): { stop(): Promise<void> } {
  const controller = new AbortController();
  const loops = feeds.map((feed) =>
    follow(feed, { signal: controller.signal }).catch((error: unknown) => {
      if (!controller.signal.aborted) onError(feed, error);
    }),
  );
  return {
    async stop() {
      controller.abort();
      await Promise.all(loops);
    },
  };
}`,
    // browser: a search box aborts its own previous request (module variable) and ignores only that abort
    `let inflight: AbortController | undefined;
declare function render(items: unknown): void;
export async function onInput(query: string): Promise<void> {
  inflight?.abort();
  const mine = new AbortController();
  inflight = mine;
  try {
    const res = await fetch(\`/api/q?q=\${query}\`, { signal: mine.signal });
    render(await res.json());
  } catch (error) {
    if (mine.signal.aborted) return;
    throw error;
  } finally {
    if (inflight === mine) inflight = undefined;
  }
}`,
    // worker: a class supersedes its own previous run through a field
    `declare function compile(source: string, options: { signal: AbortSignal }): Promise<string>;
export class Preview {
  private current: AbortController | null = null;
  async refresh(source: string): Promise<string | undefined> {
    this.current?.abort();
    const run = new AbortController();
    this.current = run;
    try {
      return await compile(source, { signal: run.signal });
    } catch (error) {
      if (this.current !== run) return undefined;
      throw error;
    }
  }
}`,
    // CLI: a time budget of its own, told apart from the caller abort through a const
    `declare function scan(dir: string, options: { signal: AbortSignal }): Promise<string[]>;
export async function scanWithin(dir: string, signal: AbortSignal, ms: number): Promise<string[]> {
  const budget = new AbortController();
  const timer = setTimeout(() => budget.abort(), ms);
  try {
    return await scan(dir, { signal: AbortSignal.any([signal, budget.signal]) });
  } catch (error) {
    const outOfTime = budget.signal.aborted && !signal.aborted;
    if (!outOfTime) throw error;
    return [];
  } finally {
    clearTimeout(timer);
  }
}`,
    // a swallowed abort that the next statement checks and leaves on
    `import { setTimeout as sleep } from 'node:timers/promises';
declare function ping(): Promise<boolean>;
export async function heartbeat(signal: AbortSignal): Promise<void> {
  while (await ping()) {
    await sleep(5_000, undefined, { signal }).catch(() => undefined);
    if (signal.aborted) return;
  }
}`,
    // an error wrapped only once aborts were rethrown as they are
    `declare function upload(file: string, options: { signal?: AbortSignal }): Promise<void>;
class UploadError extends Error {}
export async function send(file: string, signal: AbortSignal): Promise<void> {
  try {
    await upload(file, { signal });
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    throw new UploadError(\`upload of \${file} failed\`, { cause: error });
  }
}`,
    // an abort turned into a cancellation error keeps telling a cancellation
    `declare function run(job: string, options: { signal?: AbortSignal }): Promise<void>;
class CancelledError extends Error {}
export async function execute(job: string, signal: AbortSignal): Promise<void> {
  try {
    await run(job, { signal });
  } catch (error) {
    throw new CancelledError(String(error));
  }
}`,
    // an abort branch that returns nothing (null) is not made-up data
    `declare function lookup(id: string, options: { signal?: AbortSignal }): Promise<string>;
export async function find(id: string, signal: AbortSignal): Promise<string | null> {
  try {
    return await lookup(id, { signal });
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') return null;
    throw error;
  }
}`,
    // a job released back to the queue on abort (not what success does)
    `interface Job { ack(): Promise<void>; release(): Promise<void> }
declare function process(job: Job, options: { signal: AbortSignal }): Promise<void>;
export async function handle(job: Job, signal: AbortSignal): Promise<void> {
  try {
    await process(job, { signal });
    await job.ack();
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') {
      await job.release();
      return;
    }
    throw error;
  }
}`,
  ],
  invalid: [
    // browser: an abort turned into an empty result list
    {
      code: `export async function comments(postId: string, signal: AbortSignal): Promise<string[]> {
  try {
    const res = await fetch(\`/posts/\${postId}/comments\`, { signal });
    return (await res.json()) as string[];
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') return [];
    throw error;
  }
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `export async function comments(postId: string, signal: AbortSignal): Promise<string[]> {
  try {
    const res = await fetch(\`/posts/\${postId}/comments\`, { signal });
    return (await res.json()) as string[];
  } catch (error) {
    signal.throwIfAborted();
    if (error instanceof Error && error.name === 'AbortError') return [];
    throw error;
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `export async function comments(postId: string, signal: AbortSignal): Promise<string[]> {
  try {
    const res = await fetch(\`/posts/\${postId}/comments\`, { signal });
    return (await res.json()) as string[];
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    if (error instanceof Error && error.name === 'AbortError') return [];
    throw error;
  }
}`,
            },
          ],
        },
      ],
    },
    // CLI: a .catch that turns an abort into an empty page
    {
      code: `declare function listPage(cursor: string, options: { signal?: AbortSignal }): Promise<{ items: string[]; next?: string }>;
export function page(cursor: string, signal: AbortSignal) {
  return listPage(cursor, { signal }).catch((error) => {
    if (error.name === 'AbortError') return { items: [] };
    throw error;
  });
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 3,
          column: 39,
          endLine: 3,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `declare function listPage(cursor: string, options: { signal?: AbortSignal }): Promise<{ items: string[]; next?: string }>;
export function page(cursor: string, signal: AbortSignal) {
  return listPage(cursor, { signal }).catch((error) => {
    signal.throwIfAborted();
    if (error.name === 'AbortError') return { items: [] };
    throw error;
  });
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `declare function listPage(cursor: string, options: { signal?: AbortSignal }): Promise<{ items: string[]; next?: string }>;
export function page(cursor: string, signal: AbortSignal) {
  return listPage(cursor, { signal }).catch((error) => {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    if (error.name === 'AbortError') return { items: [] };
    throw error;
  });
}`,
            },
          ],
        },
      ],
    },
    // worker: a queue message deleted on shutdown as if it had been processed
    {
      code: `interface Message { id: string; delete(): Promise<void>; }
declare function transcode(message: Message, options: { signal: AbortSignal }): Promise<void>;
export function consumer(shutdown: AbortSignal) {
  return async (message: Message): Promise<void> => {
    try {
      await transcode(message, { signal: shutdown });
      await message.delete();
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') {
        await message.delete();
        return;
      }
      throw error;
    }
  };
}`,
      errors: [
        {
          messageId: 'swallowedAbort',
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'shutdown' },
              output: `interface Message { id: string; delete(): Promise<void>; }
declare function transcode(message: Message, options: { signal: AbortSignal }): Promise<void>;
export function consumer(shutdown: AbortSignal) {
  return async (message: Message): Promise<void> => {
    try {
      await transcode(message, { signal: shutdown });
      await message.delete();
    } catch (error) {
      shutdown.throwIfAborted();
      if (error instanceof Error && error.name === 'AbortError') {
        await message.delete();
        return;
      }
      throw error;
    }
  };
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `interface Message { id: string; delete(): Promise<void>; }
declare function transcode(message: Message, options: { signal: AbortSignal }): Promise<void>;
export function consumer(shutdown: AbortSignal) {
  return async (message: Message): Promise<void> => {
    try {
      await transcode(message, { signal: shutdown });
      await message.delete();
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw error;
      if (error instanceof Error && error.name === 'AbortError') {
        await message.delete();
        return;
      }
      throw error;
    }
  };
}`,
            },
          ],
        },
      ],
    },
    // cloud SDK: every failure, the abort included, wrapped into a generic client error
    {
      code: `class StorageError extends Error {
  constructor(message: string, readonly status: number) { super(message); }
}
export async function getObject(url: string, options: { signal?: AbortSignal } = {}): Promise<Blob> {
  let res: Response;
  try {
    res = await fetch(url, { signal: options.signal });
  } catch (error) {
    throw new StorageError(\`GET \${url} failed\`, 0);
  }
  return res.blob();
}`,
      errors: [
        {
          messageId: 'convertedAbort',
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'options.signal' },
              output: `class StorageError extends Error {
  constructor(message: string, readonly status: number) { super(message); }
}
export async function getObject(url: string, options: { signal?: AbortSignal } = {}): Promise<Blob> {
  let res: Response;
  try {
    res = await fetch(url, { signal: options.signal });
  } catch (error) {
    options.signal?.throwIfAborted();
    throw new StorageError(\`GET \${url} failed\`, 0);
  }
  return res.blob();
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `class StorageError extends Error {
  constructor(message: string, readonly status: number) { super(message); }
}
export async function getObject(url: string, options: { signal?: AbortSignal } = {}): Promise<Blob> {
  let res: Response;
  try {
    res = await fetch(url, { signal: options.signal });
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    throw new StorageError(\`GET \${url} failed\`, 0);
  }
  return res.blob();
}`,
            },
          ],
        },
      ],
    },
    // a best-effort pass that skips failures without a word is still reported
    {
      code: `declare function load(id: string, options?: { signal?: AbortSignal }): Promise<string>;
export async function loadAll(ids: string[], signal?: AbortSignal): Promise<string[]> {
  const out: string[] = [];
  for (const id of ids) {
    try {
      out.push(await load(id, { signal }));
    } catch {
      continue;
    }
  }
  return out;
}`,
      errors: [
        {
          messageId: 'swallowedAbortInLoop',
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `declare function load(id: string, options?: { signal?: AbortSignal }): Promise<string>;
export async function loadAll(ids: string[], signal?: AbortSignal): Promise<string[]> {
  const out: string[] = [];
  for (const id of ids) {
    try {
      out.push(await load(id, { signal }));
    } catch {
      signal?.throwIfAborted();
      continue;
    }
  }
  return out;
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `declare function load(id: string, options?: { signal?: AbortSignal }): Promise<string>;
export async function loadAll(ids: string[], signal?: AbortSignal): Promise<string[]> {
  const out: string[] = [];
  for (const id of ids) {
    try {
      out.push(await load(id, { signal }));
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') throw error;
      continue;
    }
  }
  return out;
}`,
            },
          ],
        },
      ],
    },
  ],
});
