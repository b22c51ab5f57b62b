// Aborts wrapped into another error: with the abort as `cause` it stays in reach, unless a caller in sight tells aborts by name.
import rule from '../../rules/no-swallowed-abort.js';
import { typedRuleTester } from '../rule-tester.js';

typedRuleTester().run('no-swallowed-abort', rule, {
  valid: [
    // a new error handed the caught error's own name keeps the abort's name
    `interface Stage { name: string; seconds: number }
declare const plc: { runStage(bay: number, stage: Stage, opts: { signal?: AbortSignal }): Promise<void> };

export async function runProgram(bay: number, stages: Stage[], signal: AbortSignal): Promise<void> {
  for (const stage of stages) {
    try {
      await plc.runStage(bay, stage, { signal });
    } catch (err) {
      // The caught error's own name goes on: an abort stays an AbortError.
      throw new DOMException(\`bay \${bay} stopped during \${stage.name}\`, (err as Error).name);
    }
  }
}`,
    // an error class not named …Error wraps other failures, aborts rethrown first
    `export class KettleFailure extends Error {
  constructor(readonly kettle: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'KettleFailure';
  }
}
declare const maintenance: { page(kettle: string): Promise<void> };

async function boil(kettle: string, signal: AbortSignal): Promise<void> {
  try {
    const res = await fetch(\`https://kettles.example/\${kettle}/boil\`, { method: 'POST', signal });
    if (!res.ok) throw new Error(\`status \${res.status}\`);
  } catch (err) {
    if (signal.aborted) throw err;
    throw new KettleFailure(kettle, \`boil failed on \${kettle}\`, { cause: err });
  }
}

export async function runShift(kettles: string[], signal: AbortSignal): Promise<number> {
  let failed = 0;
  for (const kettle of kettles) {
    try {
      await boil(kettle, signal);
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      failed++;
      await maintenance.page(kettle);
    }
  }
  return failed;
}`,
    // the same, with the helper looking at the cause too
    `declare const depot: { upload(id: string, options: { signal: AbortSignal }): Promise<void> };

class PushError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PushError';
  }
}

function isAbortError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || isAbortError(error.cause));
}

async function push(id: string, signal: AbortSignal): Promise<void> {
  try {
    await depot.upload(id, { signal });
  } catch (error) {
    throw new PushError(\`push \${id} failed\`, { cause: error });
  }
}

export async function pushAll(ids: string[], signal: AbortSignal): Promise<string[]> {
  const failed: string[] = [];
  for (const id of ids) {
    try {
      await push(id, signal);
    } catch (error) {
      if (isAbortError(error)) throw error;
      failed.push(id);
    }
  }
  return failed;
}`,
    // The middle function catches and rethrows the signal's reason when aborted: its callers see the abort itself, not the wrap.
    `export class SyncError extends Error {}
async function readScale(id: string, signal: AbortSignal): Promise<number> {
  try {
    const res = await fetch(\`https://scales.example/\${id}\`, { signal });
    return Number(await res.text());
  } catch (err) {
    throw new SyncError(\`scale \${id} unreachable\`, { cause: err });
  }
}
async function readAll(ids: string[], signal: AbortSignal): Promise<number[]> {
  const out: number[] = [];
  try {
    for (const id of ids) out.push(await readScale(id, signal));
  } catch (err) {
    if (signal.aborted) throw signal.reason;
    throw err;
  }
  return out;
}
export async function nightly(ids: string[], signal: AbortSignal, page: (text: string) => Promise<void>): Promise<void> {
  try {
    await readAll(ids, signal);
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    await page(\`scale sync failed: \${String(err)}\`);
  }
}`,
    // The helper rethrows when its signal is aborted before wrapping: only real failures become FeedUnavailable, so the caller's instanceof filter passes aborts on.
    `export class FeedUnavailable extends Error {
  constructor(readonly feed: string, options?: ErrorOptions) {
    super(\`feed \${feed} unavailable\`, options);
  }
}
export async function readFeed(feed: string, signal: AbortSignal): Promise<string> {
  try {
    const res = await fetch(\`https://feeds.example/\${feed}\`, { signal });
    return await res.text();
  } catch (err) {
    if (signal.aborted) throw err;
    throw new FeedUnavailable(feed, { cause: err });
  }
}
export async function readAll(feeds: string[], signal: AbortSignal, failed: Set<string>): Promise<string[]> {
  const out: string[] = [];
  for (const feed of feeds) {
    try {
      out.push(await readFeed(feed, signal));
    } catch (err) {
      if (!(err instanceof FeedUnavailable)) throw err;
      failed.add(feed);
    }
  }
  return out;
}`,
    // the same wrap, and the caller asks its own signal instead of the error's name: the abort stays in reach through `cause`
    `class QuoteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'QuoteError';
  }
}
export async function fetchQuote(sku: string, signal: AbortSignal): Promise<number> {
  try {
    const res = await fetch(\`/api/quotes/\${sku}\`, { signal });
    return ((await res.json()) as { cents: number }).cents;
  } catch (err) {
    throw new QuoteError('the quote service is unreachable', { cause: err });
  }
}
export function showQuote(sku: string, signal: AbortSignal, show: (text: string) => void): void {
  fetchQuote(sku, signal).then(
    (cents) => show(\`\${cents / 100} EUR\`),
    (err: unknown) => {
      if (signal.aborted) return;
      show('no quote');
    },
  );
}`,
    // options that may hold no signal (`options?: { signal?: AbortSignal }`) handed on whole are not taken as signal-aware work
    `interface SyncOptions { districtId?: string; signal?: AbortSignal }
declare function pullReads(meterId: string, options?: SyncOptions): Promise<number[]>;
export class MeterSyncError extends Error {}
export async function syncMeter(meterId: string, options?: SyncOptions): Promise<number> {
  try {
    const reads = await pullReads(meterId, options);
    return reads.length;
  } catch (err) {
    throw new MeterSyncError(\`sync of \${meterId} failed: \${String(err)}\`);
  }
}`,
    // the same context, with aborts rethrown before the failure is wrapped
    `interface SyncContext { districtId: string; signal: AbortSignal }
declare function pullReads(meterId: string, ctx: SyncContext): Promise<number[]>;
export class MeterSyncError extends Error {}
export async function syncMeter(meterId: string, ctx: SyncContext): Promise<number> {
  try {
    const reads = await pullReads(meterId, ctx);
    return reads.length;
  } catch (err) {
    if (ctx.signal.aborted) throw err;
    throw new MeterSyncError(\`sync of \${meterId} failed: \${String(err)}\`);
  }
}`,
  ],
  invalid: [
    // The helper wraps every failure, the abort included, in FeedUnavailable: the wrap converts the abort, and the caller's instanceof filter then records it as a failed feed and goes on.
    {
      code: `export class FeedUnavailable extends Error {
  constructor(readonly feed: string, options?: ErrorOptions) {
    super(\`feed \${feed} unavailable\`, options);
  }
}
export async function readFeed(feed: string, signal: AbortSignal): Promise<string> {
  try {
    const res = await fetch(\`https://feeds.example/\${feed}\`, { signal });
    return await res.text();
  } catch (err) {
    throw new FeedUnavailable(feed, { cause: err });
  }
}
export async function readAll(feeds: string[], signal: AbortSignal, failed: Set<string>): Promise<string[]> {
  const out: string[] = [];
  for (const feed of feeds) {
    try {
      out.push(await readFeed(feed, signal));
    } catch (err) {
      if (!(err instanceof FeedUnavailable)) throw err;
      failed.add(feed);
    }
  }
  return out;
}`,
      output: null,
      errors: [
        {
          messageId: 'convertedAbort',
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `export class FeedUnavailable extends Error {
  constructor(readonly feed: string, options?: ErrorOptions) {
    super(\`feed \${feed} unavailable\`, options);
  }
}
export async function readFeed(feed: string, signal: AbortSignal): Promise<string> {
  try {
    const res = await fetch(\`https://feeds.example/\${feed}\`, { signal });
    return await res.text();
  } catch (err) {
    signal.throwIfAborted();
    throw new FeedUnavailable(feed, { cause: err });
  }
}
export async function readAll(feeds: string[], signal: AbortSignal, failed: Set<string>): Promise<string[]> {
  const out: string[] = [];
  for (const feed of feeds) {
    try {
      out.push(await readFeed(feed, signal));
    } catch (err) {
      if (!(err instanceof FeedUnavailable)) throw err;
      failed.add(feed);
    }
  }
  return out;
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `export class FeedUnavailable extends Error {
  constructor(readonly feed: string, options?: ErrorOptions) {
    super(\`feed \${feed} unavailable\`, options);
  }
}
export async function readFeed(feed: string, signal: AbortSignal): Promise<string> {
  try {
    const res = await fetch(\`https://feeds.example/\${feed}\`, { signal });
    return await res.text();
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    throw new FeedUnavailable(feed, { cause: err });
  }
}
export async function readAll(feeds: string[], signal: AbortSignal, failed: Set<string>): Promise<string[]> {
  const out: string[] = [];
  for (const feed of feeds) {
    try {
      out.push(await readFeed(feed, signal));
    } catch (err) {
      if (!(err instanceof FeedUnavailable)) throw err;
      failed.add(feed);
    }
  }
  return out;
}`,
            },
          ],
        },
        {
          messageId: 'swallowedAbortInLoop',
          line: 19,
          column: 7,
          endLine: 19,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `export class FeedUnavailable extends Error {
  constructor(readonly feed: string, options?: ErrorOptions) {
    super(\`feed \${feed} unavailable\`, options);
  }
}
export async function readFeed(feed: string, signal: AbortSignal): Promise<string> {
  try {
    const res = await fetch(\`https://feeds.example/\${feed}\`, { signal });
    return await res.text();
  } catch (err) {
    throw new FeedUnavailable(feed, { cause: err });
  }
}
export async function readAll(feeds: string[], signal: AbortSignal, failed: Set<string>): Promise<string[]> {
  const out: string[] = [];
  for (const feed of feeds) {
    try {
      out.push(await readFeed(feed, signal));
    } catch (err) {
      signal.throwIfAborted();
      if (!(err instanceof FeedUnavailable)) throw err;
      failed.add(feed);
    }
  }
  return out;
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `export class FeedUnavailable extends Error {
  constructor(readonly feed: string, options?: ErrorOptions) {
    super(\`feed \${feed} unavailable\`, options);
  }
}
export async function readFeed(feed: string, signal: AbortSignal): Promise<string> {
  try {
    const res = await fetch(\`https://feeds.example/\${feed}\`, { signal });
    return await res.text();
  } catch (err) {
    throw new FeedUnavailable(feed, { cause: err });
  }
}
export async function readAll(feeds: string[], signal: AbortSignal, failed: Set<string>): Promise<string[]> {
  const out: string[] = [];
  for (const feed of feeds) {
    try {
      out.push(await readFeed(feed, signal));
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      if (!(err instanceof FeedUnavailable)) throw err;
      failed.add(feed);
    }
  }
  return out;
}`,
            },
          ],
        },
      ],
    },
    // Worker: a wrap with its cause, and no caller in sight that looks past it.
    {
      code: `declare function render(job: string, options: { signal?: AbortSignal }): Promise<void>;
class RenderError extends Error {}
export async function renderJob(job: string, signal: AbortSignal): Promise<void> {
  try { await render(job, { signal }); } catch (err) { throw new RenderError(job, { cause: err }); }
}
declare function other(job: string): Promise<void>;
export async function main(job: string): Promise<number> {
  try { await other(job); return 0; } catch (err) { return err instanceof Error && err.name === 'AbortError' ? 130 : 1; }
}`,
      output: null,
      errors: [
        {
          messageId: 'convertedAbort',
          line: 4,
          column: 42,
          endLine: 4,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `declare function render(job: string, options: { signal?: AbortSignal }): Promise<void>;
class RenderError extends Error {}
export async function renderJob(job: string, signal: AbortSignal): Promise<void> {
  try { await render(job, { signal }); } catch (err) { signal.throwIfAborted(); throw new RenderError(job, { cause: err }); }
}
declare function other(job: string): Promise<void>;
export async function main(job: string): Promise<number> {
  try { await other(job); return 0; } catch (err) { return err instanceof Error && err.name === 'AbortError' ? 130 : 1; }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `declare function render(job: string, options: { signal?: AbortSignal }): Promise<void>;
class RenderError extends Error {}
export async function renderJob(job: string, signal: AbortSignal): Promise<void> {
  try { await render(job, { signal }); } catch (err) { if (err instanceof Error && err.name === 'AbortError') throw err; throw new RenderError(job, { cause: err }); }
}
declare function other(job: string): Promise<void>;
export async function main(job: string): Promise<number> {
  try { await other(job); return 0; } catch (err) { return err instanceof Error && err.name === 'AbortError' ? 130 : 1; }
}`,
            },
          ],
        },
      ],
    },
    // Cloud SDK: the shorthand `{ cause }`, and a caller that maps the wrapping kind to `null`, abort included.
    {
      code: `class StorageError extends Error {}
export async function getObject(url: string, signal?: AbortSignal): Promise<Blob> {
  try {
    const res = await fetch(url, { signal });
    return await res.blob();
  } catch (cause) {
    throw new StorageError(\`GET \${url} failed\`, { cause });
  }
}
export async function getOrNull(url: string, signal?: AbortSignal): Promise<Blob | null> {
  try {
    return await getObject(url, signal);
  } catch (error) {
    if (error instanceof StorageError) return null;
    throw error;
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'convertedAbort',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `class StorageError extends Error {}
export async function getObject(url: string, signal?: AbortSignal): Promise<Blob> {
  try {
    const res = await fetch(url, { signal });
    return await res.blob();
  } catch (cause) {
    signal?.throwIfAborted();
    throw new StorageError(\`GET \${url} failed\`, { cause });
  }
}
export async function getOrNull(url: string, signal?: AbortSignal): Promise<Blob | null> {
  try {
    return await getObject(url, signal);
  } catch (error) {
    if (error instanceof StorageError) return null;
    throw error;
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `class StorageError extends Error {}
export async function getObject(url: string, signal?: AbortSignal): Promise<Blob> {
  try {
    const res = await fetch(url, { signal });
    return await res.blob();
  } catch (cause) {
    if (cause instanceof Error && cause.name === 'AbortError') throw cause;
    throw new StorageError(\`GET \${url} failed\`, { cause });
  }
}
export async function getOrNull(url: string, signal?: AbortSignal): Promise<Blob | null> {
  try {
    return await getObject(url, signal);
  } catch (error) {
    if (error instanceof StorageError) return null;
    throw error;
  }
}`,
            },
          ],
        },
      ],
    },
    // CLI: an export wrapped in an error class of its own, the abort kept only as its cause.
    {
      code: `import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
export class ExportError extends Error {
  constructor(message: string, options?: { cause?: unknown }) { super(message, options); this.name = 'ExportError'; }
}
export async function exportRows(rows: string[], target: string, signal: AbortSignal): Promise<void> {
  try {
    await pipeline(Readable.from(rows), createWriteStream(target), { signal });
  } catch (err) {
    throw new ExportError(\`export to \${target} failed\`, { cause: err });
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'convertedAbort',
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
export class ExportError extends Error {
  constructor(message: string, options?: { cause?: unknown }) { super(message, options); this.name = 'ExportError'; }
}
export async function exportRows(rows: string[], target: string, signal: AbortSignal): Promise<void> {
  try {
    await pipeline(Readable.from(rows), createWriteStream(target), { signal });
  } catch (err) {
    signal.throwIfAborted();
    throw new ExportError(\`export to \${target} failed\`, { cause: err });
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
export class ExportError extends Error {
  constructor(message: string, options?: { cause?: unknown }) { super(message, options); this.name = 'ExportError'; }
}
export async function exportRows(rows: string[], target: string, signal: AbortSignal): Promise<void> {
  try {
    await pipeline(Readable.from(rows), createWriteStream(target), { signal });
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    throw new ExportError(\`export to \${target} failed\`, { cause: err });
  }
}`,
            },
          ],
        },
      ],
    },
    // A rejection handler wrapping the abort as its cause: callers tell a cancellation by the error they catch, whose name is no longer the abort's.
    {
      code: `declare function load(id: string, options?: { signal?: AbortSignal }): Promise<string>;
export function f(signal: AbortSignal) { return load('a', { signal }).catch((error) => { throw new Error('failed', { cause: error }); }); }`,
      output: null,
      errors: [
        {
          messageId: 'convertedAbort',
          line: 2,
          column: 71,
          endLine: 2,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `declare function load(id: string, options?: { signal?: AbortSignal }): Promise<string>;
export function f(signal: AbortSignal) { return load('a', { signal }).catch((error) => { signal.throwIfAborted(); throw new Error('failed', { cause: error }); }); }`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `declare function load(id: string, options?: { signal?: AbortSignal }): Promise<string>;
export function f(signal: AbortSignal) { return load('a', { signal }).catch((error) => { if (error instanceof Error && error.name === 'AbortError') throw error; throw new Error('failed', { cause: error }); }); }`,
            },
          ],
        },
      ],
    },
    // a name read off something else (the stage) hands on nothing of the abort
    {
      code: `interface Stage { name: string; seconds: number }
declare const plc: { runStage(bay: number, stage: Stage, opts: { signal?: AbortSignal }): Promise<void> };

export class BayFaultError extends Error {
  constructor(readonly bay: number, readonly stage: string, message: string) {
    super(message);
    this.name = 'BayFaultError';
  }
}

export async function runProgram(bay: number, stages: Stage[], signal: AbortSignal): Promise<void> {
  for (const stage of stages) {
    try {
      await plc.runStage(bay, stage, { signal });
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      throw new BayFaultError(bay, stage.name, \`bay \${bay} failed during \${stage.name}: \${detail}\`);
    }
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'convertedAbort',
          line: 15,
          column: 7,
          endLine: 15,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `interface Stage { name: string; seconds: number }
declare const plc: { runStage(bay: number, stage: Stage, opts: { signal?: AbortSignal }): Promise<void> };

export class BayFaultError extends Error {
  constructor(readonly bay: number, readonly stage: string, message: string) {
    super(message);
    this.name = 'BayFaultError';
  }
}

export async function runProgram(bay: number, stages: Stage[], signal: AbortSignal): Promise<void> {
  for (const stage of stages) {
    try {
      await plc.runStage(bay, stage, { signal });
    } catch (err) {
      signal.throwIfAborted();
      const detail = err instanceof Error ? err.message : String(err);
      throw new BayFaultError(bay, stage.name, \`bay \${bay} failed during \${stage.name}: \${detail}\`);
    }
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `interface Stage { name: string; seconds: number }
declare const plc: { runStage(bay: number, stage: Stage, opts: { signal?: AbortSignal }): Promise<void> };

export class BayFaultError extends Error {
  constructor(readonly bay: number, readonly stage: string, message: string) {
    super(message);
    this.name = 'BayFaultError';
  }
}

export async function runProgram(bay: number, stages: Stage[], signal: AbortSignal): Promise<void> {
  for (const stage of stages) {
    try {
      await plc.runStage(bay, stage, { signal });
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      const detail = err instanceof Error ? err.message : String(err);
      throw new BayFaultError(bay, stage.name, \`bay \${bay} failed during \${stage.name}: \${detail}\`);
    }
  }
}`,
            },
          ],
        },
      ],
    },
    // an error class not named …Error keeps the abort as its cause, and the caller tells aborts by name
    {
      code: `export class KettleFailure extends Error {
  constructor(readonly kettle: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'KettleFailure';
  }
}
declare const maintenance: { page(kettle: string): Promise<void> };

async function boil(kettle: string, signal: AbortSignal): Promise<void> {
  try {
    const res = await fetch(\`https://kettles.example/\${kettle}/boil\`, { method: 'POST', signal });
    if (!res.ok) throw new Error(\`status \${res.status}\`);
  } catch (err) {
    throw new KettleFailure(kettle, \`boil failed on \${kettle}\`, { cause: err });
  }
}

export async function runShift(kettles: string[], signal: AbortSignal): Promise<number> {
  let failed = 0;
  for (const kettle of kettles) {
    try {
      await boil(kettle, signal);
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      failed++;
      await maintenance.page(kettle);
    }
  }
  return failed;
}`,
      output: null,
      errors: [
        {
          messageId: 'convertedAbort',
          line: 13,
          column: 5,
          endLine: 13,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `export class KettleFailure extends Error {
  constructor(readonly kettle: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'KettleFailure';
  }
}
declare const maintenance: { page(kettle: string): Promise<void> };

async function boil(kettle: string, signal: AbortSignal): Promise<void> {
  try {
    const res = await fetch(\`https://kettles.example/\${kettle}/boil\`, { method: 'POST', signal });
    if (!res.ok) throw new Error(\`status \${res.status}\`);
  } catch (err) {
    signal.throwIfAborted();
    throw new KettleFailure(kettle, \`boil failed on \${kettle}\`, { cause: err });
  }
}

export async function runShift(kettles: string[], signal: AbortSignal): Promise<number> {
  let failed = 0;
  for (const kettle of kettles) {
    try {
      await boil(kettle, signal);
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      failed++;
      await maintenance.page(kettle);
    }
  }
  return failed;
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `export class KettleFailure extends Error {
  constructor(readonly kettle: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'KettleFailure';
  }
}
declare const maintenance: { page(kettle: string): Promise<void> };

async function boil(kettle: string, signal: AbortSignal): Promise<void> {
  try {
    const res = await fetch(\`https://kettles.example/\${kettle}/boil\`, { method: 'POST', signal });
    if (!res.ok) throw new Error(\`status \${res.status}\`);
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    throw new KettleFailure(kettle, \`boil failed on \${kettle}\`, { cause: err });
  }
}

export async function runShift(kettles: string[], signal: AbortSignal): Promise<number> {
  let failed = 0;
  for (const kettle of kettles) {
    try {
      await boil(kettle, signal);
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      failed++;
      await maintenance.page(kettle);
    }
  }
  return failed;
}`,
            },
          ],
        },
      ],
    },
    // a wrap that keeps the abort as its cause, and a caller that tells an abort through a helper of this file reading the error's own name: the wrapped abort is taken for an ordinary failure
    {
      code: `declare const depot: { upload(id: string, options: { signal: AbortSignal }): Promise<void> };

class PushError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PushError';
  }
}

function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

async function push(id: string, signal: AbortSignal): Promise<void> {
  try {
    await depot.upload(id, { signal });
  } catch (error) {
    throw new PushError(\`push \${id} failed\`, { cause: error });
  }
}

export async function pushAll(ids: string[], signal: AbortSignal): Promise<string[]> {
  const failed: string[] = [];
  for (const id of ids) {
    try {
      await push(id, signal);
    } catch (error) {
      if (isAbortError(error)) throw error;
      failed.push(id);
    }
  }
  return failed;
}`,
      output: null,
      errors: [
        {
          messageId: 'convertedAbort',
          line: 17,
          column: 5,
          endLine: 17,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `declare const depot: { upload(id: string, options: { signal: AbortSignal }): Promise<void> };

class PushError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PushError';
  }
}

function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

async function push(id: string, signal: AbortSignal): Promise<void> {
  try {
    await depot.upload(id, { signal });
  } catch (error) {
    signal.throwIfAborted();
    throw new PushError(\`push \${id} failed\`, { cause: error });
  }
}

export async function pushAll(ids: string[], signal: AbortSignal): Promise<string[]> {
  const failed: string[] = [];
  for (const id of ids) {
    try {
      await push(id, signal);
    } catch (error) {
      if (isAbortError(error)) throw error;
      failed.push(id);
    }
  }
  return failed;
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `declare const depot: { upload(id: string, options: { signal: AbortSignal }): Promise<void> };

class PushError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PushError';
  }
}

function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

async function push(id: string, signal: AbortSignal): Promise<void> {
  try {
    await depot.upload(id, { signal });
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    throw new PushError(\`push \${id} failed\`, { cause: error });
  }
}

export async function pushAll(ids: string[], signal: AbortSignal): Promise<string[]> {
  const failed: string[] = [];
  for (const id of ids) {
    try {
      await push(id, signal);
    } catch (error) {
      if (isAbortError(error)) throw error;
      failed.push(id);
    }
  }
  return failed;
}`,
            },
          ],
        },
      ],
    },
    // The caller that tells an abort by name calls the wrapping function through another that passes failures on: the wrap reaches it all the same.
    {
      code: `export class SyncError extends Error {}
async function readScale(id: string, signal: AbortSignal): Promise<number> {
  try {
    const res = await fetch(\`https://scales.example/\${id}\`, { signal });
    return Number(await res.text());
  } catch (err) {
    throw new SyncError(\`scale \${id} unreachable\`, { cause: err });
  }
}
async function readAll(ids: string[], signal: AbortSignal): Promise<number[]> {
  const out: number[] = [];
  for (const id of ids) out.push(await readScale(id, signal));
  return out;
}
export async function nightly(ids: string[], signal: AbortSignal, page: (text: string) => Promise<void>): Promise<void> {
  try {
    await readAll(ids, signal);
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    await page(\`scale sync failed: \${String(err)}\`);
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'convertedAbort',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `export class SyncError extends Error {}
async function readScale(id: string, signal: AbortSignal): Promise<number> {
  try {
    const res = await fetch(\`https://scales.example/\${id}\`, { signal });
    return Number(await res.text());
  } catch (err) {
    signal.throwIfAborted();
    throw new SyncError(\`scale \${id} unreachable\`, { cause: err });
  }
}
async function readAll(ids: string[], signal: AbortSignal): Promise<number[]> {
  const out: number[] = [];
  for (const id of ids) out.push(await readScale(id, signal));
  return out;
}
export async function nightly(ids: string[], signal: AbortSignal, page: (text: string) => Promise<void>): Promise<void> {
  try {
    await readAll(ids, signal);
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    await page(\`scale sync failed: \${String(err)}\`);
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `export class SyncError extends Error {}
async function readScale(id: string, signal: AbortSignal): Promise<number> {
  try {
    const res = await fetch(\`https://scales.example/\${id}\`, { signal });
    return Number(await res.text());
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    throw new SyncError(\`scale \${id} unreachable\`, { cause: err });
  }
}
async function readAll(ids: string[], signal: AbortSignal): Promise<number[]> {
  const out: number[] = [];
  for (const id of ids) out.push(await readScale(id, signal));
  return out;
}
export async function nightly(ids: string[], signal: AbortSignal, page: (text: string) => Promise<void>): Promise<void> {
  try {
    await readAll(ids, signal);
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    await page(\`scale sync failed: \${String(err)}\`);
  }
}`,
            },
          ],
        },
      ],
    },
    // a wrap keeping the abort as its `cause`, while a caller in this file tells the abort by its name in the rejection handler of `.then(f, h)`: that caller no longer sees it
    {
      code: `class QuoteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'QuoteError';
  }
}
export async function fetchQuote(sku: string, signal: AbortSignal): Promise<number> {
  try {
    const res = await fetch(\`/api/quotes/\${sku}\`, { signal });
    return ((await res.json()) as { cents: number }).cents;
  } catch (err) {
    throw new QuoteError('the quote service is unreachable', { cause: err });
  }
}
export function showQuote(sku: string, signal: AbortSignal, show: (text: string) => void): void {
  fetchQuote(sku, signal).then(
    (cents) => show(\`\${cents / 100} EUR\`),
    (err: unknown) => {
      if (err instanceof Error && err.name === 'AbortError') return;
      show('no quote');
    },
  );
}`,
      output: null,
      errors: [
        {
          messageId: 'convertedAbort',
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              output: `class QuoteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'QuoteError';
  }
}
export async function fetchQuote(sku: string, signal: AbortSignal): Promise<number> {
  try {
    const res = await fetch(\`/api/quotes/\${sku}\`, { signal });
    return ((await res.json()) as { cents: number }).cents;
  } catch (err) {
    signal.throwIfAborted();
    throw new QuoteError('the quote service is unreachable', { cause: err });
  }
}
export function showQuote(sku: string, signal: AbortSignal, show: (text: string) => void): void {
  fetchQuote(sku, signal).then(
    (cents) => show(\`\${cents / 100} EUR\`),
    (err: unknown) => {
      if (err instanceof Error && err.name === 'AbortError') return;
      show('no quote');
    },
  );
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `class QuoteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'QuoteError';
  }
}
export async function fetchQuote(sku: string, signal: AbortSignal): Promise<number> {
  try {
    const res = await fetch(\`/api/quotes/\${sku}\`, { signal });
    return ((await res.json()) as { cents: number }).cents;
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    throw new QuoteError('the quote service is unreachable', { cause: err });
  }
}
export function showQuote(sku: string, signal: AbortSignal, show: (text: string) => void): void {
  fetchQuote(sku, signal).then(
    (cents) => show(\`\${cents / 100} EUR\`),
    (err: unknown) => {
      if (err instanceof Error && err.name === 'AbortError') return;
      show('no quote');
    },
  );
}`,
            },
          ],
        },
      ],
    },
    {
      // a received context handed on whole carries its signal: the wrapped error hides the abort of the work it started
      code: `interface SyncContext { districtId: string; signal: AbortSignal }
declare function pullReads(meterId: string, ctx: SyncContext): Promise<number[]>;
export class MeterSyncError extends Error {}
export async function syncMeter(meterId: string, ctx: SyncContext): Promise<number> {
  try {
    const reads = await pullReads(meterId, ctx);
    return reads.length;
  } catch (err) {
    throw new MeterSyncError(\`sync of \${meterId} failed: \${String(err)}\`);
  }
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
              messageId: 'suggestRethrowAbort',
              output: `interface SyncContext { districtId: string; signal: AbortSignal }
declare function pullReads(meterId: string, ctx: SyncContext): Promise<number[]>;
export class MeterSyncError extends Error {}
export async function syncMeter(meterId: string, ctx: SyncContext): Promise<number> {
  try {
    const reads = await pullReads(meterId, ctx);
    return reads.length;
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    throw new MeterSyncError(\`sync of \${meterId} failed: \${String(err)}\`);
  }
}`,
            },
          ],
        },
      ],
    },
    // browser: a wrap that drops the abort entirely
    {
      code: `export async function search(q: string, signal: AbortSignal): Promise<unknown> {
  try {
    return await (await fetch(\`/search?q=\${q}\`, { signal })).json();
  } catch (err) {
    throw new Error(\`search failed: \${String(err)}\`);
  }
}`,
      errors: [
        {
          messageId: 'convertedAbort',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `export async function search(q: string, signal: AbortSignal): Promise<unknown> {
  try {
    return await (await fetch(\`/search?q=\${q}\`, { signal })).json();
  } catch (err) {
    signal.throwIfAborted();
    throw new Error(\`search failed: \${String(err)}\`);
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `export async function search(q: string, signal: AbortSignal): Promise<unknown> {
  try {
    return await (await fetch(\`/search?q=\${q}\`, { signal })).json();
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    throw new Error(\`search failed: \${String(err)}\`);
  }
}`,
            },
          ],
        },
      ],
    },
    // a cause that is not the caught error itself
    {
      code: `declare function load(id: string, options?: { signal?: AbortSignal }): Promise<string>;
class LoadError extends Error {}
export function f(signal: AbortSignal) { return load('a', { signal }).catch((error) => { throw new LoadError('failed', { cause: String(error) }); }); }`,
      errors: [
        {
          messageId: 'convertedAbort',
          line: 3,
          column: 71,
          endLine: 3,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `declare function load(id: string, options?: { signal?: AbortSignal }): Promise<string>;
class LoadError extends Error {}
export function f(signal: AbortSignal) { return load('a', { signal }).catch((error) => { signal.throwIfAborted(); throw new LoadError('failed', { cause: String(error) }); }); }`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `declare function load(id: string, options?: { signal?: AbortSignal }): Promise<string>;
class LoadError extends Error {}
export function f(signal: AbortSignal) { return load('a', { signal }).catch((error) => { if (error instanceof Error && error.name === 'AbortError') throw error; throw new LoadError('failed', { cause: String(error) }); }); }`,
            },
          ],
        },
      ],
    },
    // CLI: wrapped with its cause, but main() tells a cancellation by the thrown error's name, which is gone
    {
      code: `import { writeFile } from 'node:fs/promises';
export async function download(url: string, dest: string, signal: AbortSignal): Promise<void> {
  try {
    const res = await fetch(url, { signal });
    await writeFile(dest, new Uint8Array(await res.arrayBuffer()), { signal });
  } catch (err) {
    throw new Error(\`download of \${url} failed\`, { cause: err });
  }
}
export async function main(url: string): Promise<void> {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  try {
    await download(url, 'out.bin', controller.signal);
  } catch (err) {
    process.exitCode = err instanceof Error && err.name === 'AbortError' ? 130 : 1;
  }
}`,
      errors: [
        {
          messageId: 'convertedAbort',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `import { writeFile } from 'node:fs/promises';
export async function download(url: string, dest: string, signal: AbortSignal): Promise<void> {
  try {
    const res = await fetch(url, { signal });
    await writeFile(dest, new Uint8Array(await res.arrayBuffer()), { signal });
  } catch (err) {
    signal.throwIfAborted();
    throw new Error(\`download of \${url} failed\`, { cause: err });
  }
}
export async function main(url: string): Promise<void> {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  try {
    await download(url, 'out.bin', controller.signal);
  } catch (err) {
    process.exitCode = err instanceof Error && err.name === 'AbortError' ? 130 : 1;
  }
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `import { writeFile } from 'node:fs/promises';
export async function download(url: string, dest: string, signal: AbortSignal): Promise<void> {
  try {
    const res = await fetch(url, { signal });
    await writeFile(dest, new Uint8Array(await res.arrayBuffer()), { signal });
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    throw new Error(\`download of \${url} failed\`, { cause: err });
  }
}
export async function main(url: string): Promise<void> {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  try {
    await download(url, 'out.bin', controller.signal);
  } catch (err) {
    process.exitCode = err instanceof Error && err.name === 'AbortError' ? 130 : 1;
  }
}`,
            },
          ],
        },
      ],
    },
    // browser: a method wrapped with its cause, and a caller's \`.catch\` that ignores aborts by name
    {
      code: `class ApiError extends Error {}
export class Client {
  async get(path: string, signal?: AbortSignal): Promise<unknown> {
    try { return await (await fetch(path, { signal })).json(); } catch (err) { throw new ApiError(path, { cause: err }); }
  }
}
export function refresh(client: Client, signal: AbortSignal): Promise<unknown> {
  return client.get('/feed', signal).catch((err: Error) => { if (err.name === 'AbortError') return null; throw err; });
}`,
      errors: [
        {
          messageId: 'convertedAbort',
          line: 4,
          column: 66,
          endLine: 4,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'suggestThrowIfAborted',
              data: { signal: 'signal' },
              output: `class ApiError extends Error {}
export class Client {
  async get(path: string, signal?: AbortSignal): Promise<unknown> {
    try { return await (await fetch(path, { signal })).json(); } catch (err) { signal?.throwIfAborted(); throw new ApiError(path, { cause: err }); }
  }
}
export function refresh(client: Client, signal: AbortSignal): Promise<unknown> {
  return client.get('/feed', signal).catch((err: Error) => { if (err.name === 'AbortError') return null; throw err; });
}`,
            },
            {
              messageId: 'suggestRethrowAbort',
              output: `class ApiError extends Error {}
export class Client {
  async get(path: string, signal?: AbortSignal): Promise<unknown> {
    try { return await (await fetch(path, { signal })).json(); } catch (err) { if (err instanceof Error && err.name === 'AbortError') throw err; throw new ApiError(path, { cause: err }); }
  }
}
export function refresh(client: Client, signal: AbortSignal): Promise<unknown> {
  return client.get('/feed', signal).catch((err: Error) => { if (err.name === 'AbortError') return null; throw err; });
}`,
            },
          ],
        },
      ],
    },
  ],
});
