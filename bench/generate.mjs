// Writes a deterministic, realistic TypeScript project of async service code for `npm run bench`.
// Same seed and count → byte-identical output. Usage: node bench/generate.mjs <dir> [--files 2000] [--seed 1]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

/** A small seeded PRNG (mulberry32): generated code must not depend on Math.random. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const domains = ['users', 'orders', 'billing', 'inventory', 'notifications', 'search', 'auth', 'reports', 'jobs', 'storage'];
const nouns = ['account', 'invoice', 'parcel', 'session', 'ticket', 'report', 'export', 'webhook', 'profile', 'quota', 'ledger', 'upload'];

// The shared library every module builds on: an HTTP client, a database, a logger, a queue.
const library = {
  'src/lib/log.ts': `export interface Logger {
  info(message: string, data?: Record<string, unknown>): void;
  error(message: string, error?: unknown): void;
}
export const log: Logger = {
  info: (message, data) => console.log(message, data ?? {}),
  error: (message, error) => console.error(message, error),
};
`,
  'src/lib/http.ts': `export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  timeoutMs?: number;
}
export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}
export async function request<T>(url: string, options: RequestOptions = {}): Promise<T> {
  const response = await fetch(url, {
    method: options.method ?? 'GET',
    body: options.body === undefined ? null : JSON.stringify(options.body),
    signal: options.signal ?? AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  if (!response.ok) throw new HttpError(response.status, await response.text());
  return (await response.json()) as T;
}
`,
  'src/lib/db.ts': `export interface Row { id: string; [column: string]: unknown }
export interface Transaction {
  query<T extends Row>(sql: string, params?: unknown[]): Promise<T[]>;
  execute(sql: string, params?: unknown[]): Promise<number>;
}
export interface Database extends Transaction {
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
export declare const db: Database;
`,
  'src/lib/queue.ts': `import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Job<T> { id: string; attempts: number; payload: T }
export class Queue<T> extends EventEmitter {
  private readonly items: Job<T>[] = [];
  push(payload: T): Job<T> {
    const job = { id: String(this.items.length), attempts: 0, payload };
    this.items.push(job);
    this.emit('job');
    return job;
  }
  async take(signal?: AbortSignal): Promise<Job<T>> {
    for (;;) {
      const job = this.items.shift();
      if (job) return job;
      await once(this, 'job', signal ? { signal } : {});
    }
  }
  async drain(intervalMs: number): Promise<void> {
    while (this.items.length > 0) await sleep(intervalMs);
  }
}
`,
  'src/lib/retry.ts': `import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryOptions { attempts: number; delayMs: number; signal?: AbortSignal }
export async function retry<T>(task: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    try {
      return await task(attempt);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      lastError = error;
      await sleep(options.delayMs * attempt, undefined, options.signal ? { signal: options.signal } : {});
    }
  }
  throw lastError;
}
`,
};

// Module fragments: each takes the names of the module and returns code. Most are correct code
// (the common case in real projects); a few contain the mistakes the rules are about.
const fragments = [
  (m) => `export interface ${m.Type} { id: string; owner: string; total: number; updatedAt: string }

export class ${m.Type}Repository {
  async find(id: string): Promise<${m.Type} | undefined> {
    const [row] = await db.query<${m.Type} & Row>('select * from ${m.table} where id = $1', [id]);
    return row;
  }
  async save(item: ${m.Type}): Promise<void> {
    await db.transaction(async (tx) => {
      await tx.execute('delete from ${m.table} where id = $1', [item.id]);
      await tx.execute('insert into ${m.table} values ($1, $2, $3, $4)', [item.id, item.owner, item.total, item.updatedAt]);
    });
  }
  async list(owner: string, signal?: AbortSignal): Promise<${m.Type}[]> {
    signal?.throwIfAborted();
    return db.query<${m.Type} & Row>('select * from ${m.table} where owner = $1', [owner]);
  }
}
`,
  (m) => `export async function fetch${m.Type}(id: string, signal?: AbortSignal): Promise<${m.Type}> {
  return request<${m.Type}>(\`https://api.example.com/${m.table}/\${encodeURIComponent(id)}\`, signal ? { signal } : {});
}

export async function fetch${m.Type}s(ids: readonly string[], signal?: AbortSignal): Promise<${m.Type}[]> {
  const results = await Promise.allSettled(ids.map((id) => fetch${m.Type}(id, signal)));
  const found: ${m.Type}[] = [];
  for (const result of results) {
    if (result.status === 'fulfilled') found.push(result.value);
    else log.error('fetch ${m.noun} failed', result.reason);
  }
  return found;
}
`,
  (m) => `export class ${m.Type}Cache {
  private readonly entries = new Map<string, Promise<${m.Type}>>();
  private refreshing: Promise<void> | undefined;
  constructor(private readonly load: (id: string) => Promise<${m.Type}>) {}
  get(id: string): Promise<${m.Type}> {
    let entry = this.entries.get(id);
    if (!entry) {
      entry = this.load(id);
      this.entries.set(id, entry);
      entry.catch(() => this.entries.delete(id));
    }
    return entry;
  }
  async refresh(ids: string[]): Promise<void> {
    if (this.refreshing) return this.refreshing;
    this.refreshing = (async () => {
      try {
        await Promise.all(ids.map(async (id) => this.entries.set(id, Promise.resolve(await this.load(id)))));
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }
}
`,
  (m) => `const ${m.camel}Queue = new Queue<{ id: string }>();

export async function run${m.Type}Worker(signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    let job: Job<{ id: string }>;
    try {
      job = await ${m.camel}Queue.take(signal);
    } catch (error) {
      if (signal.aborted) return;
      throw error;
    }
    try {
      await retry(() => process${m.Type}(job.payload.id, signal), { attempts: 3, delayMs: 200, signal });
      log.info('processed ${m.noun}', { id: job.id });
    } catch (error) {
      if (signal.aborted) throw error;
      log.error('${m.noun} job failed', error);
    }
  }
}

async function process${m.Type}(id: string, signal: AbortSignal): Promise<void> {
  const item = await request<{ id: string; total: number }>(\`/${m.table}/\${id}\`, { signal });
  await db.execute('update ${m.table} set total = $2 where id = $1', [item.id, item.total]);
}

export function enqueue${m.Type}(id: string): void {
  ${m.camel}Queue.push({ id });
}
`,
  (
    m,
  ) => `export async function handle${m.Type}Request(req: { params: { id: string }; signal: AbortSignal }, res: { json(body: unknown): void; status(code: number): { json(body: unknown): void } }): Promise<void> {
  try {
    const [item, history] = await Promise.all([
      request<{ id: string }>(\`/${m.table}/\${req.params.id}\`, { signal: req.signal }),
      db.query('select * from ${m.table}_history where id = $1', [req.params.id]),
    ]);
    res.json({ item, history });
  } catch (error) {
    if (error instanceof HttpError) res.status(error.status).json({ message: error.message });
    else throw error;
  }
}
`,
  (m) => `export async function export${m.Type}s(owner: string, write: (line: string) => Promise<void>): Promise<number> {
  const rows = await db.query('select * from ${m.table} where owner = $1', [owner]);
  let written = 0;
  for (const row of rows) {
    await write(JSON.stringify(row));
    written++;
  }
  await sleep(10);
  return written;
}

export function schedule${m.Type}Export(owner: string, write: (line: string) => Promise<void>): void {
  void export${m.Type}s(owner, write).catch((error: unknown) => log.error('export failed', error));
}
`,
  (m) => `export async function sync${m.Type}s(ids: string[]): Promise<void> {
  const first = request<unknown>(\`/${m.table}/sync/\${ids[0] ?? ''}\`);
  const rest = Promise.all(ids.slice(1).map((id) => request<unknown>(\`/${m.table}/sync/\${id}\`)));
  await first;
  await rest;
}

export async function notify${m.Type}Owners(owners: string[]): Promise<void> {
  for (const owner of owners) {
    request(\`/notify/\${owner}\`, { method: 'POST' });
  }
}
`,
  (m) => `export function wait${m.Type}Ready(emitter: EventEmitter, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('${m.noun} not ready')), timeoutMs);
    emitter.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
    emitter.once('error', (error: Error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

export async function with${m.Type}Timeout<T>(work: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    return await work(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}
`,
];

const headers = `import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

import { db, type Row } from '../lib/db.js';
import { HttpError, request } from '../lib/http.js';
import { log } from '../lib/log.js';
import { Queue, type Job } from '../lib/queue.js';
import { retry } from '../lib/retry.js';
`;

const pascal = (text) => text.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());

/** Writes the corpus into `dir` (emptied first) and returns the tsconfig path. */
export function generate(dir, { files = 2000, seed = 1, typeRoots } = {}) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/lib'), { recursive: true });
  for (const [file, text] of Object.entries(library)) writeFileSync(path.join(dir, file), text);
  const fetchers = [];
  for (let index = 0; index < files - Object.keys(library).length; index++) {
    const domain = domains[index % domains.length];
    const noun = pick(nouns);
    const name = `${noun}-${index}`;
    const m = { Type: pascal(name), camel: `${noun}${index}`, table: `${noun}_${index}`, noun };
    const chosen = new Set();
    const count = 2 + Math.floor(next() * 3);
    // The first fragment declares the module's type, which the others use.
    let body = fragments[0](m);
    while (chosen.size < count) chosen.add(1 + Math.floor(next() * (fragments.length - 1)));
    for (const fragment of [...chosen].sort()) body += `\n${fragments[fragment](m)}`;
    // Import an earlier module now and then so the program has a real dependency graph.
    let imports = '';
    const earlier = fetchers.length > 0 && next() < 0.6 ? pick(fetchers) : undefined;
    if (earlier) {
      imports = `import { fetch${earlier.Type} } from '../${earlier.domain}/${earlier.name}.js';\n`;
      body += `\nexport async function ${m.camel}WithParent(id: string): Promise<unknown> {\n  return fetch${earlier.Type}(id);\n}\n`;
    }
    mkdirSync(path.join(dir, 'src', domain), { recursive: true });
    writeFileSync(path.join(dir, 'src', domain, `${name}.ts`), `${headers}${imports}\n${body}`);
    if (chosen.has(1)) fetchers.push({ ...m, domain, name });
  }
  const tsconfig = path.join(dir, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2023', 'DOM'],
          types: ['node'],
          ...(typeRoots ? { typeRoots } : {}),
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          noUnusedLocals: false,
        },
        include: ['src/**/*.ts'],
      },
      null,
      2,
    )}\n`,
  );
  return tsconfig;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { files: { type: 'string' }, seed: { type: 'string' } } });
  const dir = positionals[0];
  if (!dir) {
    console.error('usage: node bench/generate.mjs <dir> [--files 2000] [--seed 1]');
    process.exit(2);
  }
  const typeRoots = [path.resolve(import.meta.dirname, '../node_modules/@types')];
  console.log(generate(path.resolve(dir), { files: Number(values.files ?? 2000), seed: Number(values.seed ?? 1), typeRoots }));
}
