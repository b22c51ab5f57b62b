import rule from '../../rules/no-floating-promises.js';
import { typedRuleTester } from '../rule-tester.js';

// Calls that cannot throw and chains already handled: a promise's own methods (`p.then(ok, fail)`,
// `Promise.resolve()`), a queue record's `resolve`/`reject` declared as signatures, building an error
// of the program's own class, and a plain function handing back a chain it handled, through a `const`
// or as an arrow's expression body. The bugs beside them: an error class whose constructor parses,
// a record's `resolve` that answers (not `void`) and a check that throws, a chain with no handler.
typedRuleTester().run('no-floating-promises', rule, {
  valid: [
    // A microtask scheduler whose callback only settles queued records, builds a plain error class and calls async or quiet methods.
    `class QueueCancelledError extends Error {
  readonly cancelled = true;
  constructor(message = 'cancelled') {
    super(message);
  }
}
interface Waiting<T> {
  signal: AbortSignal;
  run: () => Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}
export class Gate {
  private waiting: Waiting<any>[] = [];
  private busy = 0;
  async enter<T>(run: () => Promise<T>, signal: AbortSignal): Promise<T> {
    if (this.busy < 2) {
      this.busy++;
      try {
        return await run();
      } finally {
        this.busy--;
        this.next();
      }
    }
    return new Promise<T>((resolve, reject) => this.waiting.push({ signal, run, resolve, reject }));
  }
  private next(): void {
    const item = this.waiting.shift();
    if (!item) return;
    Promise.resolve().then(() => {
      if (item.signal.aborted) {
        item.reject(new QueueCancelledError());
        this.next();
        return;
      }
      this.enter(item.run, item.signal).then(item.resolve, item.reject);
    });
  }
}`,
    // A flush returning the handled chain it keeps in a `const` and a set: dropping its promise loses nothing.
    `declare const db: { insert(rows: number[]): Promise<number> };
export async function ingest(lines: AsyncIterable<number>): Promise<number> {
  const stats = { written: 0, failed: 0 };
  const inFlight = new Set<Promise<void>>();
  let batch: number[] = [];
  const flush = () => {
    const rows = batch;
    batch = [];
    const task: Promise<void> = db.insert(rows).then(
      (count) => {
        stats.written += count;
      },
      (error: unknown) => {
        stats.failed++;
        console.error(\`batch of \${rows.length} failed\`, error);
      },
    );
    inFlight.add(task);
    task.finally(() => inFlight.delete(task));
    return task;
  };
  for await (const line of lines) {
    batch.push(line);
    if (batch.length > 100) flush();
  }
  flush();
  await Promise.all(inFlight);
  return stats.written;
}`,
    // An expression-bodied arrow handing back a caught chain.
    `declare const audit: { record(entry: string): Promise<void> };
const note = (entry: string) => audit.record(entry).catch((error: unknown) => console.warn('audit failed', error));
export function closeTicket(id: string): void {
  note(\`closed \${id}\`);
}`,
  ],
  invalid: [
    // The error class's constructor parses JSON: building it can throw inside the scheduled callback.
    {
      code: `class QueueCancelledError extends Error {
  readonly at: string;
  constructor(message = 'cancelled') {
    super(message);
    this.at = JSON.parse(message).at;
  }
}
interface Waiting<T> {
  signal: AbortSignal;
  resolve(value: T): void;
  reject(error: unknown): void;
}
export class Gate {
  private waiting: Waiting<any>[] = [];
  next(): void {
    const item = this.waiting.shift();
    if (!item) return;
    Promise.resolve().then(() => {
      if (item.signal.aborted) item.reject(new QueueCancelledError());
    });
  }
}`,
      errors: [
        {
          messageId: 'floating',
          line: 18,
          column: 5,
          endLine: 20,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `class QueueCancelledError extends Error {
  readonly at: string;
  constructor(message = 'cancelled') {
    super(message);
    this.at = JSON.parse(message).at;
  }
}
interface Waiting<T> {
  signal: AbortSignal;
  resolve(value: T): void;
  reject(error: unknown): void;
}
export class Gate {
  private waiting: Waiting<any>[] = [];
  next(): void {
    const item = this.waiting.shift();
    if (!item) return;
    Promise.resolve().then(() => {
      if (item.signal.aborted) item.reject(new QueueCancelledError());
    }).catch((error: unknown) => { console.error(error); });
  }
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `class QueueCancelledError extends Error {
  readonly at: string;
  constructor(message = 'cancelled') {
    super(message);
    this.at = JSON.parse(message).at;
  }
}
interface Waiting<T> {
  signal: AbortSignal;
  resolve(value: T): void;
  reject(error: unknown): void;
}
export class Gate {
  private waiting: Waiting<any>[] = [];
  next(): void {
    const item = this.waiting.shift();
    if (!item) return;
    void Promise.resolve().then(() => {
      if (item.signal.aborted) item.reject(new QueueCancelledError());
    });
  }
}`,
            },
          ],
        },
      ],
    },
    // A record's `resolve` that returns a value is no settle function, and the callback throws when it refuses.
    {
      code: `interface Waiting<T> {
  resolve(value: T): boolean;
  reject(error: unknown): void;
}
export class Gate {
  private waiting: Waiting<number>[] = [];
  next(): void {
    const item = this.waiting.shift();
    if (!item) return;
    Promise.resolve().then(() => {
      if (!item.resolve(1)) throw new Error('refused');
    });
  }
}`,
      errors: [
        {
          messageId: 'floating',
          line: 10,
          column: 5,
          endLine: 12,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `interface Waiting<T> {
  resolve(value: T): boolean;
  reject(error: unknown): void;
}
export class Gate {
  private waiting: Waiting<number>[] = [];
  next(): void {
    const item = this.waiting.shift();
    if (!item) return;
    Promise.resolve().then(() => {
      if (!item.resolve(1)) throw new Error('refused');
    }).catch((error: unknown) => { console.error(error); });
  }
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `interface Waiting<T> {
  resolve(value: T): boolean;
  reject(error: unknown): void;
}
export class Gate {
  private waiting: Waiting<number>[] = [];
  next(): void {
    const item = this.waiting.shift();
    if (!item) return;
    void Promise.resolve().then(() => {
      if (!item.resolve(1)) throw new Error('refused');
    });
  }
}`,
            },
          ],
        },
      ],
    },
    // An expression-bodied arrow handing back a chain without a rejection handler.
    {
      code: `declare const audit: { record(entry: string): Promise<void> };
const note = (entry: string) => audit.record(entry).then(() => console.log('noted'));
export function closeTicket(id: string): void {
  note(\`closed \${id}\`);
}`,
      errors: [
        {
          messageId: 'floating',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'suggestCatch',
              output: `declare const audit: { record(entry: string): Promise<void> };
const note = (entry: string) => audit.record(entry).then(() => console.log('noted'));
export function closeTicket(id: string): void {
  note(\`closed \${id}\`).catch((error: unknown) => { console.error(error); });
}`,
            },
            {
              messageId: 'suggestVoid',
              output: `declare const audit: { record(entry: string): Promise<void> };
const note = (entry: string) => audit.record(entry).then(() => console.log('noted'));
export function closeTicket(id: string): void {
  void note(\`closed \${id}\`);
}`,
            },
          ],
        },
      ],
    },
  ],
});
