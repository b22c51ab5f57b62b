import rule from '../../rules/no-multiple-settle.js';
import { typedRuleTester } from '../rule-tester.js';

/**
 * Prepends the `Promise.withResolvers` declaration that the fixtures' ES2023 lib lacks. The three lines it adds
 * count in the positions below: the first line of `code` is line 4.
 */
const withResolversLib = (code: string): string => `interface PromiseConstructor {
  withResolvers<T>(): { promise: Promise<T>; resolve: (value: T | PromiseLike<T>) => void; reject: (reason?: unknown) => void };
}
${code}`;

const ruleTester = typedRuleTester();

describe('multipleSettle: a second settle call in the executor (branches, loops, try, switch)', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // the status listener removes itself once it has settled the promise
      `import { EventEmitter } from 'node:events';
interface Status { id: string; state: string }
export class Belt {
  constructor(private readonly plc: EventEmitter) {}
  // the listener removes itself once it has settled the promise
  waitFor(id: string, state: string): Promise<void> {
    return new Promise((resolve) => {
      const onStatus = (status: Status) => {
        if (status.id !== id || status.state !== state) return;
        this.plc.off('status', onStatus);
        resolve();
      };
      this.plc.on('status', onStatus);
    });
  }
}`,
      // test code: the caught assertion failure settles first and the test fails with it; the later resolve loses nothing
      `import { test } from 'node:test';
declare const worker: { once(event: 'completed', listener: (job: { id: string }) => void): void };
declare function check(value: string): void;
test('completes', async () => {
  await new Promise<void>((resolve, reject) => {
    worker.once('completed', (job) => {
      try {
        check(job.id);
      } catch (error) {
        reject(error);
      }
      resolve();
    });
  });
});`,
      `declare const text: string;
new Promise<unknown>((resolve, reject) => {
  try {
    resolve(JSON.parse(text));
  } catch (error) {
    reject(error);
  }
});`,
      `declare function work(): void;
new Promise<void>((resolve) => {
  try {
    work();
  } finally {
    resolve();
  }
});`,
      `declare const items: number[];
new Promise<number>((resolve, reject) => {
  for (const item of items) {
    if (item > 10) {
      resolve(item);
      return;
    }
  }
  reject(new Error('none above 10'));
});`,
      `declare function poll(): number | undefined;
new Promise<number>((resolve) => {
  while (true) {
    const value = poll();
    if (value !== undefined) {
      resolve(value);
      break;
    }
  }
});`,
      `declare const err: Error | null;
new Promise<number>((resolve, reject) => {
  if (err) {
    reject(err);
    process.exit(1);
  }
  resolve(1);
});`,
      `declare const err: Error | null;
new Promise<number>((resolve, reject) => {
  if (err) {
    reject(err);
    throw err;
  }
  resolve(1);
});`,
      `declare function fail(message: string): never;
declare const err: Error | null;
new Promise<number>((resolve, reject) => {
  if (err) {
    reject(err);
    fail(err.message);
  }
  resolve(1);
});`,
      `declare const value: number | undefined;
new Promise<number>((resolve) => {
  if (value === undefined) throw new Error('missing');
  resolve(value);
});`,
      `declare function load(): Promise<number>;
new Promise<number>(async (resolve, reject) => {
  try {
    resolve(await load());
  } catch (error) {
    reject(error);
  }
});`,
      `import { resolve } from 'node:path';
new Promise<string>((done) => {
  const a = resolve('a');
  const b = resolve('b');
  done(a + b);
});`,
      `declare const ok: boolean;
new Promise<number>((resolve, reject) => (ok ? resolve(1) : reject(new Error('no'))));`,
      // a return through `finally`
      `declare const x: boolean; declare function work(): void;
new Promise<void>((resolve) => { try { if (x) return; work(); } finally { resolve(); } });`,
      // a labelled break
      `declare function poll(): number | undefined;
new Promise<number>((resolve, reject) => {
  outer: for (;;) {
    for (let i = 0; i < 3; i++) {
      const v = poll();
      if (v !== undefined) { resolve(v); break outer; }
    }
  }
});`,
      // a switch with a throwing default
      `type Kind = 'json' | 'text';
export const decode = (kind: Kind, body: string) => new Promise<unknown>((resolve, reject) => {
  switch (kind) {
    case 'json':
      try {
        resolve(JSON.parse(body));
      } catch (error) {
        reject(error);
      }
      break;
    case 'text':
      resolve(body);
      break;
    default:
      throw new Error(\`unknown kind \${kind as string}\`);
  }
});`,
      // an assertion function
      `declare function validate(input: unknown): asserts input is string;
export const check = (input: unknown) => new Promise<string>((resolve) => {
  validate(input);
  resolve(input);
});`,
    ],
    invalid: [
      // a status listener on a long-lived bus settles on every later broadcast and is never removed
      {
        code: `import { EventEmitter } from 'node:events';
interface Status { id: string; state: string }
export class Belt {
  constructor(private readonly plc: EventEmitter) {}
  waitFor(id: string, state: string): Promise<void> {
    return new Promise((resolve) => {
      this.plc.on('status', (status: Status) => {
        if (status.id === id && status.state === state) resolve();
      });
    });
  }
}`,
        errors: [
          {
            messageId: 'repeatedSettle',
            line: 8,
            column: 57,
            endLine: 8,
            endColumn: 66,
            suggestions: [
              {
                messageId: 'suggestOnce',
                data: { how: '`once` instead of `on`' },
                output: `import { EventEmitter } from 'node:events';
interface Status { id: string; state: string }
export class Belt {
  constructor(private readonly plc: EventEmitter) {}
  waitFor(id: string, state: string): Promise<void> {
    return new Promise((resolve) => {
      this.plc.once('status', (status: Status) => {
        if (status.id === id && status.state === state) resolve();
      });
    });
  }
}`,
              },
            ],
          },
        ],
      },
      {
        // outside tests, the code after the rejection goes on as if the check had passed
        code: `declare const worker: { once(event: 'completed', listener: (job: { id: string }) => void): void };
declare function check(value: string): void;
export function completed() {
  return new Promise<void>((resolve, reject) => {
    worker.once('completed', (job) => {
      try {
        check(job.id);
      } catch (error) {
        reject(error);
      }
      resolve();
    });
  });
}`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 11,
            column: 7,
            endLine: 11,
            endColumn: 16,
            suggestions: [
              {
                messageId: 'suggestReturn',
                data: { name: 'reject', line: '9' },
                output: `declare const worker: { once(event: 'completed', listener: (job: { id: string }) => void): void };
declare function check(value: string): void;
export function completed() {
  return new Promise<void>((resolve, reject) => {
    worker.once('completed', (job) => {
      try {
        check(job.id);
      } catch (error) {
        reject(error);
        return;
      }
      resolve();
    });
  });
}`,
              },
            ],
          },
        ],
      },
      {
        code: `declare function parse(text: string): number | undefined;
export function parseLater(text: string) {
  return new Promise<number>((resolve, reject) => {
    const value = parse(text);
    if (value === undefined) {
      reject(new Error('not a number'))
    }
    resolve(value!);
  });
}`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 8,
            column: 5,
            endLine: 8,
            endColumn: 20,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `declare function parse(text: string): number | undefined;
export function parseLater(text: string) {
  return new Promise<number>((resolve, reject) => {
    const value = parse(text);
    if (value === undefined) {
      reject(new Error('not a number'))
      return;
    }
    resolve(value!);
  });
}`,
              },
            ],
          },
        ],
      },
      {
        code: `declare const candidates: string[];
declare function matches(name: string): boolean;
new Promise<string>((resolve, reject) => {
  for (const name of candidates) {
    if (matches(name)) resolve(name);
  }
  reject(new Error('no match'));
});`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 5,
            column: 24,
            endLine: 5,
            endColumn: 37,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `declare const candidates: string[];
declare function matches(name: string): boolean;
new Promise<string>((resolve, reject) => {
  for (const name of candidates) {
    if (matches(name)) { resolve(name); return; }
  }
  reject(new Error('no match'));
});`,
              },
            ],
          },
          {
            messageId: 'multipleSettle',
            line: 7,
            column: 3,
            endLine: 7,
            endColumn: 32,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `declare const candidates: string[];
declare function matches(name: string): boolean;
new Promise<string>((resolve, reject) => {
  for (const name of candidates) {
    if (matches(name)) { resolve(name); return; }
  }
  reject(new Error('no match'));
});`,
              },
            ],
          },
        ],
      },
      {
        code: `declare function compute(): number;
new Promise<number>((resolve, reject) => {
  try {
    resolve(compute());
  } catch (error) {
    reject(error);
  } finally {
    resolve(0);
  }
});`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 8,
            column: 5,
            endLine: 8,
            endColumn: 15,
            suggestions: [],
          },
        ],
      },
      {
        code: `declare function check(value: number): boolean;
new Promise<number>((resolve, reject) => {
  try {
    resolve(1);
    if (!check(1)) throw new Error('invalid');
  } catch (error) {
    reject(error);
  }
});`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 7,
            column: 5,
            endLine: 7,
            endColumn: 18,
            suggestions: [
              {
                messageId: 'suggestSettleLast',
                output: `declare function check(value: number): boolean;
new Promise<number>((resolve, reject) => {
  try {
    if (!check(1)) throw new Error('invalid');
    resolve(1);
  } catch (error) {
    reject(error);
  }
});`,
              },
            ],
          },
        ],
      },
      {
        code: `declare const mode: string;
new Promise<number>((resolve, reject) => {
  switch (mode) {
    case 'fail':
      reject(new Error('failed'));
    case 'ok':
      resolve(1);
      break;
    default:
      resolve(0);
  }
});`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 7,
            column: 7,
            endLine: 7,
            endColumn: 17,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `declare const mode: string;
new Promise<number>((resolve, reject) => {
  switch (mode) {
    case 'fail':
      reject(new Error('failed'));
      return;
    case 'ok':
      resolve(1);
      break;
    default:
      resolve(0);
  }
});`,
              },
            ],
          },
        ],
      },
      {
        code: `declare const ok: boolean;
new Promise<number>((resolve) => {
  ok && resolve(1);
  resolve(2);
});`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 4,
            column: 3,
            endLine: 4,
            endColumn: 13,
            suggestions: [],
          },
        ],
      },
      {
        code: `declare const err: Error | null;
new Promise<number>((resolve, reject) => {
  if (err) { reject(err) }
  resolve(1)
});`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 4,
            column: 3,
            endLine: 4,
            endColumn: 13,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `declare const err: Error | null;
new Promise<number>((resolve, reject) => {
  if (err) { reject(err); return; }
  resolve(1)
});`,
              },
            ],
          },
        ],
      },
      {
        code: `declare function poll(): number | undefined;
new Promise<number>((resolve, reject) => {
  do {
    const v = poll();
    if (v !== undefined) { resolve(v); break; }
  } while (true);
  reject(new Error('x'));
});`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 7,
            column: 3,
            endLine: 7,
            endColumn: 25,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `declare function poll(): number | undefined;
new Promise<number>((resolve, reject) => {
  do {
    const v = poll();
    if (v !== undefined) { resolve(v); return; break; }
  } while (true);
  reject(new Error('x'));
});`,
              },
            ],
          },
        ],
      },
    ],
  });
});

describe('multipleSettle: tests that exclude each other', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // correlated or narrowed tests: the other combination of branches never runs
      `import { readFile } from 'node:fs';
new Promise<string>((resolve, reject) => {
  readFile('a', 'utf8', (err, data) => {
    if (err) reject(err);
    if (!err) resolve(data);
  });
});`,
      `declare const result: { kind: 'ok'; value: number } | { kind: 'error'; error: Error };
new Promise<number>((resolve, reject) => {
  if (result.kind === 'ok') resolve(result.value);
  else if (result.kind === 'error') reject(result.error);
});`,
      `declare const code: number | null;
new Promise<void>((resolve, reject) => {
  if (code === null) reject(new Error('killed'));
  if (code !== null) resolve();
});`,
      `declare const flag: boolean;
new Promise<void>((resolve, reject) => {
  if (flag) { resolve(); } else if (!flag) { reject(new Error()); }
});`,
      // a flag written after settling and tested later
      `declare const text: string;
new Promise<unknown>((resolve, reject) => {
  let parsed = false;
  try {
    resolve(JSON.parse(text));
    parsed = true;
  } finally {
    if (!parsed) reject(new Error('unparseable'));
  }
});`,
      `declare const text: string;
new Promise<unknown>((resolve, reject) => {
  let state = 'pending';
  if (text) { resolve(text); state = 'done'; }
  if (state !== 'done') reject(new Error('empty'));
});`,
    ],
    invalid: [
      {
        code: `declare const code: number | null;
new Promise<void>((resolve, reject) => {
  if (code === null) reject(new Error('killed'));
  if (code !== 0) resolve();
});`,
        errors: [
          {
            messageId: 'neverSettles',
            data: { where: 'reaches the end of the executor', names: '`resolve` or `reject`', them: 'them' },
            line: 2,
            column: 37,
            endLine: 2,
            endColumn: 39,
            suggestions: [],
          },
          {
            messageId: 'multipleSettle',
            data: { name: 'resolve', where: 'by `reject(…)` on line 3' },
            line: 4,
            column: 19,
            endLine: 4,
            endColumn: 28,
            suggestions: [
              {
                messageId: 'suggestReturn',
                data: { name: 'reject', line: '3' },
                output: `declare const code: number | null;
new Promise<void>((resolve, reject) => {
  if (code === null) { reject(new Error('killed')); return; }
  if (code !== 0) resolve();
});`,
              },
            ],
          },
        ],
      },
      {
        code: `declare const text: string;
new Promise<unknown>((resolve, reject) => {
  let state = 'pending';
  if (text) { resolve(text); state = 'done'; }
  state = String(Math.random());
  if (state !== 'done') reject(new Error('empty'));
});`,
        errors: [
          {
            messageId: 'neverSettles',
            line: 2,
            column: 40,
            endLine: 2,
            endColumn: 42,
            suggestions: [],
          },
          {
            messageId: 'multipleSettle',
            line: 6,
            column: 25,
            endLine: 6,
            endColumn: 51,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `declare const text: string;
new Promise<unknown>((resolve, reject) => {
  let state = 'pending';
  if (text) { resolve(text); return; state = 'done'; }
  state = String(Math.random());
  if (state !== 'done') reject(new Error('empty'));
});`,
              },
            ],
          },
        ],
      },
    ],
  });
});

describe('multipleSettle: settling in callbacks, timers and listeners', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      `import { readFile } from 'node:fs';
new Promise<string>((resolve, reject) => {
  readFile('a.txt', 'utf8', (err, data) => {
    if (err) reject(err);
    else resolve(data);
  });
});`,
      `import { readFile } from 'node:fs';
new Promise<string>((resolve, reject) => {
  readFile('a.txt', 'utf8', (err, data) => {
    if (err) {
      reject(err);
      return;
    }
    resolve(data);
  });
});`,
      `import { readFile } from 'node:fs';
new Promise<string>((resolve, reject) => {
  readFile('a.txt', 'utf8', (err, data) => (err ? reject(err) : resolve(data)));
});`,
      `import { readFile } from 'node:fs';
new Promise<string>((resolve, reject) => {
  readFile('a.txt', 'utf8', (err, data) => {
    if (err) return reject(err);
    resolve(data);
  });
});`,
      `import { EventEmitter } from 'node:events';
declare const stream: EventEmitter;
new Promise((resolve, reject) => {
  stream.on('end', resolve);
  stream.on('error', reject);
});`,
      `import { EventEmitter } from 'node:events';
declare const stream: EventEmitter;
new Promise<void>((resolve, reject) => {
  stream.once('error', reject);
  stream.once('end', () => resolve());
});`,
      `import { EventEmitter } from 'node:events';
declare const emitter: EventEmitter;
new Promise((resolve) => emitter.once('done', resolve));`,
      `export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));`,
      `declare function work(): Promise<number>;
export function withTimeout(ms: number) {
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    work().then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}`,
      `declare function ready(): boolean;
new Promise<void>((resolve) => {
  const check = () => {
    if (ready()) resolve();
    else setTimeout(check, 10);
  };
  check();
});`,
      `import { EventEmitter } from 'node:events';
declare const emitter: EventEmitter;
declare const already: boolean;
new Promise<void>((resolve) => {
  emitter.once('ready', () => resolve());
  if (already) resolve();
});`,
      `new Promise<number>((resolve, reject) => {
  new Promise<number>((innerResolve) => innerResolve(1)).then(resolve, reject);
  setTimeout(() => resolve(2), 10);
});`,
      `import { get } from 'node:https';
export function fetchText(url: string) {
  return new Promise<string>((resolve, reject) => {
    const req = get(url, (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve(body));
    });
    req.on('error', reject);
  });
}`,
      `new Promise<void>((resolve) => {
  function done() {
    resolve();
  }
  setTimeout(done, 10);
});`,
      `declare const emitter: { on(event: string, listener: (value: number) => void): void };
new Promise<number>((resolve, reject) => {
  emitter.on('value', (value) => {
    if (value < 0) reject(new RangeError('negative'));
    else resolve(value);
  });
});`,
      // settling in a named closure that timers and listeners call
      `interface Database {
  run(sql: string, params: unknown[], callback: (this: { lastID: number; changes: number }, err: Error | null) => void): void;
}
declare const db: Database;
export function run(sql: string, params: unknown[] = []) {
  return new Promise<{ id: number; changes: number }>((resolve, reject) => {
    db.run(sql, params, function (err) {
      if (err) reject(err);
      else resolve({ id: this.lastID, changes: this.changes });
    });
  });
}`,
      `export function submitForm(frame: HTMLIFrameElement, timeoutMs: number) {
  return new Promise<string>((resolve, reject) => {
    const finish = (err: Error | null, id?: string) => {
      clearTimeout(timer);
      frame.remove();
      if (err) reject(err);
      else resolve(id ?? '');
    };
    const timer = setTimeout(() => finish(new Error('no answer')), timeoutMs);
    frame.addEventListener('load', () => finish(null, frame.name));
  });
}`,
      // abort wiring
      `declare const signal: AbortSignal;
export function abortable<T>(work: Promise<T>) {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => { signal.removeEventListener('abort', onAbort); resolve(value); },
      (error: unknown) => { signal.removeEventListener('abort', onAbort); reject(error); },
    );
  });
}`,
      // a counter
      `declare const items: string[];
declare function handle(item: string, done: (err?: Error) => void): void;
export function processAll() {
  return new Promise<void>((resolve, reject) => {
    let pending = items.length;
    if (pending === 0) return resolve();
    for (const item of items) {
      handle(item, (err) => {
        if (err) return reject(err);
        if (--pending === 0) resolve();
      });
    }
  });
}`,
      // first to fulfil
      `export const first = <T>(promises: Promise<T>[]) => new Promise<T>((resolve, reject) => {
  let failures = 0;
  for (const promise of promises) {
    promise.then(resolve, () => {
      failures += 1;
      if (failures === promises.length) reject(new Error('all failed'));
    });
  }
});`,
    ],
    invalid: [
      {
        code: `import { readFile } from 'node:fs';
export function read(path: string) {
  return new Promise<string>((resolve, reject) => {
    readFile(path, 'utf8', (err, data) => {
      if (err) reject(err);
      resolve(data);
    });
  });
}`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 6,
            column: 7,
            endLine: 6,
            endColumn: 20,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `import { readFile } from 'node:fs';
export function read(path: string) {
  return new Promise<string>((resolve, reject) => {
    readFile(path, 'utf8', (err, data) => {
      if (err) { reject(err); return; }
      resolve(data);
    });
  });
}`,
              },
            ],
          },
        ],
      },
      {
        code: `new Promise<number>((resolve) => {
  setTimeout(() => {
    resolve(1);
    resolve(2);
  }, 10);
});`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 4,
            column: 5,
            endLine: 4,
            endColumn: 15,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `new Promise<number>((resolve) => {
  setTimeout(() => {
    resolve(1);
    return;
    resolve(2);
  }, 10);
});`,
              },
            ],
          },
        ],
      },
      {
        code: `import { unlink } from 'node:fs';
import { EventEmitter } from 'node:events';
declare const encoder: EventEmitter;
export function compress(input: string, output: string) {
  return new Promise<string>((resolve, reject) => {
    encoder.on('end', () => {
      unlink(input, (err) => {
        if (err) reject(err);
        resolve(output);
      });
    });
    encoder.on('error', reject);
  });
}`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 9,
            column: 9,
            endLine: 9,
            endColumn: 24,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `import { unlink } from 'node:fs';
import { EventEmitter } from 'node:events';
declare const encoder: EventEmitter;
export function compress(input: string, output: string) {
  return new Promise<string>((resolve, reject) => {
    encoder.on('end', () => {
      unlink(input, (err) => {
        if (err) { reject(err); return; }
        resolve(output);
      });
    });
    encoder.on('error', reject);
  });
}`,
              },
            ],
          },
        ],
      },
      {
        code: `interface Table {
  findOne(query: object, callback: (err: Error | null, doc: object | null) => void): void;
  insert(doc: object, callback: (err: Error | null, doc: object) => void): void;
}
declare const problems: Table;
export function addProblem(id: string) {
  return new Promise<object>((resolve, reject) => {
    problems.findOne({ id }, (err, existing) => {
      if (err) reject(err);
      if (existing !== null) reject(new Error(\`\${id} exists\`));
      else problems.insert({ id }, (insertErr, doc) => (insertErr ? reject(insertErr) : resolve(doc)));
    });
  });
}`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 10,
            column: 30,
            endLine: 10,
            endColumn: 63,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `interface Table {
  findOne(query: object, callback: (err: Error | null, doc: object | null) => void): void;
  insert(doc: object, callback: (err: Error | null, doc: object) => void): void;
}
declare const problems: Table;
export function addProblem(id: string) {
  return new Promise<object>((resolve, reject) => {
    problems.findOne({ id }, (err, existing) => {
      if (err) { reject(err); return; }
      if (existing !== null) reject(new Error(\`\${id} exists\`));
      else problems.insert({ id }, (insertErr, doc) => (insertErr ? reject(insertErr) : resolve(doc)));
    });
  });
}`,
              },
            ],
          },
          {
            messageId: 'multipleSettle',
            line: 11,
            column: 89,
            endLine: 11,
            endColumn: 101,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `interface Table {
  findOne(query: object, callback: (err: Error | null, doc: object | null) => void): void;
  insert(doc: object, callback: (err: Error | null, doc: object) => void): void;
}
declare const problems: Table;
export function addProblem(id: string) {
  return new Promise<object>((resolve, reject) => {
    problems.findOne({ id }, (err, existing) => {
      if (err) { reject(err); return; }
      if (existing !== null) reject(new Error(\`\${id} exists\`));
      else problems.insert({ id }, (insertErr, doc) => (insertErr ? reject(insertErr) : resolve(doc)));
    });
  });
}`,
              },
            ],
          },
        ],
      },
    ],
  });
});

describe('multipleSettle: resolve and reject stored or handed to other functions', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      `declare const queue: { resolve: (value: number) => void; reject: (reason: unknown) => void }[];
new Promise<number>((resolve, reject) => {
  queue.push({ resolve, reject });
});`,
      `class Gate {
  private pending?: () => void;
  wait() {
    return new Promise<void>((resolve) => {
      this.pending = resolve;
    });
  }
}`,
      `function each(items: number[], callback: (item: number) => void) {
  for (const item of items) callback(item);
}
new Promise<number>((resolve) => each([1], resolve));`,
      // a deferred class
      `export class Deferred<T> {
  promise: Promise<T>;
  resolve!: (value: T) => void;
  reject!: (reason: unknown) => void;
  constructor() {
    this.promise = new Promise<T>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }
}`,
      // a message handler that settles on some messages only: no caller in the file, no neverSettles
      `type Reply = { kind: 'done' | 'failed' | 'tick'; text?: string };
export function onReply(reply: Reply, resolve: (text: string) => void, reject: (error: Error) => void) {
  if (reply.kind === 'failed') reject(new Error(reply.text));
  else if (reply.kind === 'done') resolve(reply.text ?? '');
}`,
      // parameters named like settle functions but not typed as functions
      `export function pick(resolve: string, reject: string, first: boolean) {
  const chosen: string[] = [];
  if (first) chosen.push(resolve);
  chosen.push(reject);
  return chosen;
}`,
      // only one of the two names: not enough to tell a settle function
      `export function finish(resolve: (value: number) => void, values: number[]) {
  for (const value of values) resolve(value);
}`,
    ],
    invalid: [
      {
        code: `function settle(status: number, resolve: (value: string) => void, reject: (reason: Error) => void) {
  if (status >= 400) reject(new Error(\`HTTP \${status}\`));
  resolve('ok');
}
export const request = (status: number) => new Promise<string>((resolve, reject) => settle(status, resolve, reject));`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 3,
            column: 3,
            endLine: 3,
            endColumn: 16,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `function settle(status: number, resolve: (value: string) => void, reject: (reason: Error) => void) {
  if (status >= 400) { reject(new Error(\`HTTP \${status}\`)); return; }
  resolve('ok');
}
export const request = (status: number) => new Promise<string>((resolve, reject) => settle(status, resolve, reject));`,
              },
            ],
          },
        ],
      },
      {
        code: `class Client {
  send(status: number) {
    return new Promise<string>((resolve, reject) => {
      this.handle(status, resolve, reject);
    });
  }
  private handle(status: number, resolve: (value: string) => void, reject: (reason: Error) => void): number {
    if (status >= 400) reject(new Error(\`HTTP \${status}\`));
    resolve('ok');
    return status;
  }
}`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 9,
            column: 5,
            endLine: 9,
            endColumn: 18,
            suggestions: [],
          },
        ],
      },
      {
        code: `const settleJson = (text: string, resolve: (value: unknown) => void, reject: (reason: unknown) => void) => {
  try {
    resolve(JSON.parse(text));
  } catch (error) {
    reject(error);
  }
  reject(new Error('unreachable?'));
};
export const parse = (text: string) => new Promise((resolve, reject) => settleJson(text, resolve, reject));`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 7,
            column: 3,
            endLine: 7,
            endColumn: 36,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `const settleJson = (text: string, resolve: (value: unknown) => void, reject: (reason: unknown) => void) => {
  try {
    resolve(JSON.parse(text));
    return;
  } catch (error) {
    reject(error);
  }
  reject(new Error('unreachable?'));
};
export const parse = (text: string) => new Promise((resolve, reject) => settleJson(text, resolve, reject));`,
              },
            ],
          },
        ],
      },
      {
        code: `type Message = { type: 'error' | 'result' | 'progress'; data?: string; reason?: string };
export function onMessage(msg: Message, resolve: (value: string) => void, reject: (error: Error) => void) {
  switch (msg.type) {
    case 'error':
      reject(new Error(msg.reason));
    // falls through
    case 'result':
      resolve(msg.data ?? '');
      break;
    case 'progress':
      break;
  }
}`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 8,
            column: 7,
            endLine: 8,
            endColumn: 30,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `type Message = { type: 'error' | 'result' | 'progress'; data?: string; reason?: string };
export function onMessage(msg: Message, resolve: (value: string) => void, reject: (error: Error) => void) {
  switch (msg.type) {
    case 'error':
      reject(new Error(msg.reason));
      return;
    // falls through
    case 'result':
      resolve(msg.data ?? '');
      break;
    case 'progress':
      break;
  }
}`,
              },
            ],
          },
        ],
      },
      {
        code: `export const onExit = (code: number | null, resolve: () => void, reject: (error: Error) => void): void => {
  if (code !== 0) reject(new Error(\`exit \${code}\`));
  resolve();
};`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 3,
            column: 3,
            endLine: 3,
            endColumn: 12,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `export const onExit = (code: number | null, resolve: () => void, reject: (error: Error) => void): void => {
  if (code !== 0) { reject(new Error(\`exit \${code}\`)); return; }
  resolve();
};`,
              },
            ],
          },
        ],
      },
    ],
  });
});

describe('Promise.withResolvers: a deferred settled twice or never', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      withResolversLib(`declare const xs: number[];
function f() {
  const out: Promise<number>[] = [];
  for (const x of xs) {
    const { promise, resolve } = Promise.withResolvers<number>();
    out.push(promise);
    resolve(x);
  }
  return out;
}`),
      withResolversLib(`declare const cached: number | undefined;
function f() {
  const { promise, resolve } = Promise.withResolvers<number>();
  if (cached !== undefined) return cached;
  setTimeout(() => resolve(1), 10);
  return promise;
}`),
      withResolversLib(`export const { promise: ready, resolve: markReady } = Promise.withResolvers<void>();`),
    ],
    invalid: [
      {
        code: withResolversLib(`declare function validate(input: string): boolean;
function check(input: string) {
  const { promise, resolve, reject } = Promise.withResolvers<string>();
  if (!validate(input)) reject(new Error('invalid'));
  resolve(input);
  return promise;
}`),
        errors: [
          {
            messageId: 'multipleSettle',
            line: 8,
            column: 3,
            endLine: 8,
            endColumn: 17,
            suggestions: [],
          },
        ],
      },
      {
        code: withResolversLib(`declare const config: string | undefined;
const { promise: loaded, resolve: markLoaded, reject: failLoad } = Promise.withResolvers<string>();
if (config === undefined) failLoad(new Error('no config'));
markLoaded(config ?? '');
export { loaded };`),
        errors: [
          {
            messageId: 'multipleSettle',
            line: 7,
            column: 1,
            endLine: 7,
            endColumn: 25,
            suggestions: [],
          },
        ],
      },
      {
        code: withResolversLib(`declare const connected: boolean;
function whenOpen(socket: { onopen: (() => void) | null }) {
  const { promise, resolve } = Promise.withResolvers<void>();
  if (connected) return promise;
  socket.onopen = () => resolve();
  return promise;
}`),
        errors: [
          {
            messageId: 'neverSettles',
            line: 7,
            column: 18,
            endLine: 7,
            endColumn: 33,
            suggestions: [],
          },
        ],
      },
    ],
  });
});

describe('neverSettles: a path ends without settling', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // a declared service's error-first callback (a parameter named cb) runs once: every outcome settles here
      `interface Slot {
  id: string;
  status: 'active' | 'retired';
}
declare const db: {
  query<T>(sql: string, params: unknown[], cb: (error: Error | null, rows?: T[]) => void): void;
  watch(table: string, listener: (rows: Slot[]) => void): void;
};
export function findActiveSlot(accession: string): Promise<Slot> {
  return new Promise((resolve, reject) => {
    db.query<Slot>('select * from slots where accession = ?', [accession], (error, rows) => {
      if (error) {
        reject(error);
        return;
      }
      const active = (rows ?? []).filter((row) => row.status === 'active');
      if (active.length === 1) {
        resolve(active[0]!);
      } else if (active.length > 1) {
        reject(new Error(\`\${accession} is in \${active.length} slots\`));
      } else {
        reject(new Error(\`\${accession} has no active slot\`));
      }
    });
  });
}`,
      // the optional chain cannot stop early: the method left when the request was missing, just before
      `declare class Request { once(event: string, listener: () => void): void; off(event: string, listener: () => void): void }
declare class Connection { cancel(): boolean }
export class Session {
  #current: { request: Request } | undefined;
  #connection = new Connection();
  async cancel(): Promise<void> {
    if (!this.#current) return;
    return new Promise<void>((resolve) => {
      this.#current?.request.once('completed', resolve);
      if (!this.#connection.cancel()) {
        this.#current?.request.off('completed', resolve);
        resolve();
      }
    });
  }
}`,
      // a reject-only contender (its resolve is never mentioned): pending without a signal is its design
      `export function abortRejector(signal?: AbortSignal) {
  return new Promise<never>((_, reject) => {
    if (!signal) return;
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}`,
      `export const forever = new Promise<never>(() => {});`,
      `export const hang = new Promise<void>((resolve) => { console.log('waiting', typeof resolve); });`,
      `declare const state: 'idle' | 'busy';
new Promise<string>((resolve, reject) => {
  switch (state) {
    case 'idle':
      resolve('idle');
      break;
    case 'busy':
      reject(new Error('busy'));
      break;
  }
});`,
      `declare function assertNever(value: never): never;
declare const state: 'idle' | 'busy' | 'done';
new Promise<string>((resolve, reject) => {
  switch (state) {
    case 'idle':
      resolve('idle');
      break;
    case 'busy':
      reject(new Error('busy'));
      break;
    default:
      assertNever(state as never);
  }
});`,
      // a test on a constant
      `const DEBUG = true;
new Promise<void>((resolve) => { if (DEBUG) resolve(); });`,
      // the synchronous part registers a function that uses \`resolve\`, at any depth of its arguments
      `declare const bus: { subscribe(options: { topic: string; onMessage(text: string): void }): void };
export const firstMessage = new Promise<string>((resolve) => {
  bus.subscribe({ topic: 'news', onMessage(text) { resolve(text); } });
});`,
      `declare function once<T extends unknown[]>(listener: (...args: T) => void): (...args: T) => void;
declare function register(listener: () => void): void;
export const ready = new Promise<void>((resolve) => {
  register(once(() => resolve()));
});`,
      `declare function register(factory: () => () => void): void;
export const ready = new Promise<void>((resolve) => {
  register(() => () => resolve());
});`,
      // a loop that always runs once: the path that skips it does not exist
      `export const first = new Promise<number>((resolve) => {
  for (const value of [1, 2]) {
    resolve(value);
    break;
  }
});`,
      `export const counted = new Promise<number>((resolve) => {
  for (let attempt = 1; attempt <= 3; attempt++) {
    resolve(attempt);
    break;
  }
});`,
    ],
    invalid: [
      // a declared service's callback (cb: runs once) whose if/else-if chain settles nothing when no row is active
      {
        code: `interface Slot {
  id: string;
  status: 'active' | 'retired';
}
declare const db: {
  query<T>(sql: string, params: unknown[], cb: (error: Error | null, rows?: T[]) => void): void;
};
export function findActiveSlot(accession: string): Promise<Slot> {
  return new Promise((resolve, reject) => {
    db.query<Slot>('select * from slots where accession = ?', [accession], (error, rows) => {
      if (error) {
        reject(error);
        return;
      }
      const active = (rows ?? []).filter((row) => row.status === 'active');
      if (active.length === 1) {
        resolve(active[0]!);
      } else if (active.length > 1) {
        reject(new Error(\`\${accession} is in \${active.length} slots\`));
      }
    });
  });
}`,
        output: null,
        errors: [
          {
            messageId: 'neverSettles',
            line: 10,
            column: 90,
            endLine: 10,
            endColumn: 92,
            suggestions: [],
          },
        ],
      },
      // the same chain without the check before: the request may be missing, and nothing settles then
      {
        code: `declare class Request { once(event: string, listener: () => void): void }
declare class Connection { cancel(): boolean }
export class Session {
  #current: { request: Request } | undefined;
  #connection = new Connection();
  async cancel(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.#current?.request.once('completed', resolve);
      if (!this.#connection.cancel()) resolve();
    });
  }
}`,
        errors: [{ messageId: 'neverSettles', line: 7, column: 40, endLine: 7, endColumn: 42 }],
      },
      // a call between the check and the chain may clear the request
      {
        code: `declare class Request { once(event: string, listener: () => void): void }
declare class Connection { cancel(): boolean; flush(): void }
export class Session {
  #current: { request: Request } | undefined;
  #connection = new Connection();
  async cancel(): Promise<void> {
    if (!this.#current) return;
    this.#connection.flush();
    return new Promise<void>((resolve) => {
      this.#current?.request.once('completed', resolve);
      if (!this.#connection.cancel()) resolve();
    });
  }
}`,
        errors: [{ messageId: 'neverSettles', line: 9, column: 40, endLine: 9, endColumn: 42 }],
      },
      // an \`await\` between the check and the executor lets other code clear the request
      {
        code: `declare class Request { once(event: string, listener: () => void): void }
declare class Connection { cancel(): boolean; ready(): Promise<void> }
export class Session {
  #current: { request: Request } | undefined;
  #connection = new Connection();
  async cancel(): Promise<void> {
    if (!this.#current) return;
    await this.#connection.ready();
    return new Promise<void>((resolve) => {
      this.#current?.request.once('completed', resolve);
      if (!this.#connection.cancel()) resolve();
    });
  }
}`,
        errors: [{ messageId: 'neverSettles', line: 9, column: 40, endLine: 9, endColumn: 42 }],
      },
      {
        code: `declare function register(factory: () => () => void): void;
declare const enabled: boolean;
export const ready = new Promise<void>((resolve) => {
  if (enabled) register(() => () => resolve());
});`,
        errors: [{ messageId: 'neverSettles', line: 3, column: 50, endLine: 3, endColumn: 52, suggestions: [] }],
      },
      {
        code: `declare const items: number[];
export const first = new Promise<number>((resolve) => {
  for (const value of items) {
    resolve(value);
    break;
  }
});`,
        errors: [{ messageId: 'neverSettles', line: 2, column: 52, endLine: 2, endColumn: 54, suggestions: [] }],
      },
      {
        code: `declare const ready: boolean;
new Promise<void>((resolve) => {
  if (ready) resolve();
});`,
        errors: [
          {
            messageId: 'neverSettles',
            line: 2,
            column: 29,
            endLine: 2,
            endColumn: 31,
            suggestions: [],
          },
        ],
      },
      {
        code: `import { EventEmitter } from 'node:events';
declare const emitter: EventEmitter;
declare const closed: boolean;
new Promise<void>((resolve) => {
  if (closed) return;
  emitter.once('done', resolve);
});`,
        errors: [
          {
            messageId: 'neverSettles',
            line: 5,
            column: 15,
            endLine: 5,
            endColumn: 22,
            suggestions: [],
          },
        ],
      },
      {
        code: `declare const text: string;
new Promise<unknown>((resolve, reject) => {
  try {
    resolve(JSON.parse(text));
  } catch (error) {
    console.error(error);
  }
});`,
        errors: [
          {
            messageId: 'neverSettles',
            line: 2,
            column: 40,
            endLine: 2,
            endColumn: 42,
            suggestions: [],
          },
        ],
      },
      {
        code: `declare const items: number[];
new Promise<number>(function (resolve) {
  for (const item of items) {
    if (item > 10) {
      resolve(item);
      break;
    }
  }
});`,
        errors: [
          {
            messageId: 'neverSettles',
            line: 2,
            column: 21,
            endLine: 2,
            endColumn: 30,
            suggestions: [],
          },
        ],
      },
      {
        code: `declare const state: 'idle' | 'busy' | 'done';
new Promise<string>((resolve, reject) => {
  switch (state) {
    case 'idle':
      resolve('idle');
      break;
    case 'busy':
      reject(new Error('busy'));
      break;
  }
});`,
        errors: [
          {
            messageId: 'neverSettles',
            line: 2,
            column: 39,
            endLine: 2,
            endColumn: 41,
            suggestions: [],
          },
        ],
      },
    ],
  });
});

describe('throwInCallback: a throw in an asynchronous callback, and the suggested reject', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      `declare const items: number[];
new Promise<void>((resolve) => {
  items.forEach((item) => {
    if (item < 0) throw new RangeError('negative');
  });
  resolve();
});`,
      `declare function load(): Promise<Response>;
new Promise((resolve, reject) => {
  load()
    .then((response) => {
      if (!response.ok) throw new Error(\`HTTP \${response.status}\`);
      return response.json();
    })
    .then(resolve, reject);
});`,
      `declare function work(): number;
new Promise<number>((resolve, reject) => {
  setTimeout(() => {
    try {
      const result = work();
      if (result < 0) throw new RangeError('negative');
      resolve(result);
    } catch (error) {
      reject(error);
    }
  }, 10);
});`,
      // a throw in a callback that has nothing to do with the deferred
      withResolversLib(`export function later() {
  const { promise, resolve } = Promise.withResolvers<void>();
  setTimeout(() => {
    throw new Error('unrelated');
  });
  queueMicrotask(resolve);
  return promise;
}`),
      // Node's context runners and assertions call the function before they return
      `import { AsyncLocalStorage } from 'node:async_hooks';
const store = new AsyncLocalStorage<string>();
export function inContext(id: string, compute: () => number) {
  return new Promise<number>((resolve) => {
    store.run(id, () => {
      const value = compute();
      if (Number.isNaN(value)) throw new Error('not a number');
      resolve(value);
    });
  });
}`,
      `export function firstParam(query: string) {
  return new Promise<string>((resolve) => {
    new URLSearchParams(query).forEach((value, key) => {
      if (!key) throw new Error('empty key');
    });
    resolve(query);
  });
}`,
    ],
    invalid: [
      {
        code: `import { readFile } from 'node:fs';
export function read(path: string) {
  return new Promise<string>((resolve, reject) => {
    readFile(path, 'utf8', (err, data) => {
      if (err) throw err;
      resolve(data);
    });
  });
}`,
        errors: [
          {
            messageId: 'throwInCallback',
            line: 5,
            column: 16,
            endLine: 5,
            endColumn: 26,
            suggestions: [
              {
                messageId: 'suggestReject',
                output: `import { readFile } from 'node:fs';
export function read(path: string) {
  return new Promise<string>((resolve, reject) => {
    readFile(path, 'utf8', (err, data) => {
      if (err) return reject(err);
      resolve(data);
    });
  });
}`,
              },
            ],
          },
        ],
      },
      {
        code: `declare function work(): number;
new Promise<number>((resolve, reject) => {
  setTimeout(() => {
    const result = work();
    if (result < 0) {
      throw new Error('negative');
    }
    resolve(result);
  }, 10);
});`,
        errors: [
          {
            messageId: 'throwInCallback',
            line: 6,
            column: 7,
            endLine: 6,
            endColumn: 35,
            suggestions: [
              {
                messageId: 'suggestReject',
                output: `declare function work(): number;
new Promise<number>((resolve, reject) => {
  setTimeout(() => {
    const result = work();
    if (result < 0) {
      return reject(new Error('negative'));
    }
    resolve(result);
  }, 10);
});`,
              },
            ],
          },
        ],
      },
      {
        code: `import { EventEmitter } from 'node:events';
declare const stream: EventEmitter;
new Promise<string[]>((resolve, fail) => {
  const lines: string[] = [];
  stream.on('data', (line: string) => {
    if (line.length > 80) throw new RangeError('line too long');
    lines.push(line);
  });
  stream.on('end', () => resolve(lines));
  stream.on('error', fail);
});`,
        errors: [
          {
            messageId: 'throwInCallback',
            line: 6,
            column: 27,
            endLine: 6,
            endColumn: 65,
            suggestions: [
              {
                messageId: 'suggestReject',
                output: `import { EventEmitter } from 'node:events';
declare const stream: EventEmitter;
new Promise<string[]>((resolve, fail) => {
  const lines: string[] = [];
  stream.on('data', (line: string) => {
    if (line.length > 80) return fail(new RangeError('line too long'));
    lines.push(line);
  });
  stream.on('end', () => resolve(lines));
  stream.on('error', fail);
});`,
              },
            ],
          },
        ],
      },
      {
        code: `declare function load(): Promise<Response>;
new Promise<Response>((resolve) => {
  load().then((response) => {
    if (!response.ok) throw new Error(\`HTTP \${response.status}\`);
    resolve(response);
  });
});`,
        errors: [
          {
            messageId: 'throwInCallback',
            line: 4,
            column: 23,
            endLine: 4,
            endColumn: 66,
            suggestions: [],
          },
        ],
      },
      {
        code: `new Promise<string>((resolve, reject) => {
  const socket = new WebSocket('wss://example.test');
  socket.onmessage = (event) => {
    if (typeof event.data !== 'string') throw new TypeError('binary frame');
    resolve(event.data);
  };
  socket.onerror = () => reject(new Error('socket error'));
});`,
        errors: [
          {
            messageId: 'throwInCallback',
            line: 4,
            column: 41,
            endLine: 4,
            endColumn: 77,
            suggestions: [
              {
                messageId: 'suggestReject',
                output: `new Promise<string>((resolve, reject) => {
  const socket = new WebSocket('wss://example.test');
  socket.onmessage = (event) => {
    if (typeof event.data !== 'string') return reject(new TypeError('binary frame'));
    resolve(event.data);
  };
  socket.onerror = () => reject(new Error('socket error'));
});`,
              },
            ],
          },
        ],
      },
      {
        code: `import { EventEmitter } from 'node:events';
declare const emitter: EventEmitter;
new Promise<number>((resolve, reject) => {
  emitter.on('value', (value: number) => {
    if (value < 0) throw new RangeError('negative');
    resolve(value);
    return value;
  });
  emitter.on('error', reject);
});`,
        errors: [
          {
            messageId: 'throwInCallback',
            line: 5,
            column: 20,
            endLine: 5,
            endColumn: 53,
            suggestions: [],
          },
        ],
      },
      {
        code: `declare function log(message: string): void;
new Promise<void>((resolve, reject) => {
  setTimeout(() => {
    const error = new Error('timeout');
    throw (log(error.message), error);
  }, 10);
});`,
        errors: [
          {
            messageId: 'throwInCallback',
            line: 5,
            column: 5,
            endLine: 5,
            endColumn: 39,
            suggestions: [
              {
                messageId: 'suggestReject',
                output: `declare function log(message: string): void;
new Promise<void>((resolve, reject) => {
  setTimeout(() => {
    const error = new Error('timeout');
    return reject((log(error.message), error));
  }, 10);
});`,
              },
            ],
          },
        ],
      },
      {
        code: `new Promise<void>((resolve, reject) => {
  setTimeout((reject: string) => {
    throw new Error(reject);
  }, 10, 'late');
});`,
        errors: [
          {
            messageId: 'throwInCallback',
            line: 3,
            column: 5,
            endLine: 3,
            endColumn: 29,
            suggestions: [],
          },
        ],
      },
      {
        code: `import { EventEmitter } from 'node:events';
declare const connection: EventEmitter;
export const connected = new Promise<void>((resolve) => connection.on('connect', (err?: Error) => { if (err) throw err; resolve(); }));`,
        errors: [
          {
            messageId: 'throwInCallback',
            line: 3,
            column: 110,
            endLine: 3,
            endColumn: 120,
            suggestions: [],
          },
        ],
      },
      {
        code: `import { EventEmitter } from 'node:events';
function attach(socket: EventEmitter, resolve: () => void, reject: (reason: Error) => void) {
  socket.on('data', (chunk: Buffer) => {
    if (chunk.length === 0) throw new Error('empty frame');
    resolve();
  });
  socket.on('error', reject);
}
export const firstFrame = (socket: EventEmitter) => new Promise<void>((resolve, reject) => attach(socket, resolve, reject));`,
        errors: [
          {
            messageId: 'throwInCallback',
            line: 4,
            column: 29,
            endLine: 4,
            endColumn: 60,
            suggestions: [
              {
                messageId: 'suggestReject',
                output: `import { EventEmitter } from 'node:events';
function attach(socket: EventEmitter, resolve: () => void, reject: (reason: Error) => void) {
  socket.on('data', (chunk: Buffer) => {
    if (chunk.length === 0) return reject(new Error('empty frame'));
    resolve();
  });
  socket.on('error', reject);
}
export const firstFrame = (socket: EventEmitter) => new Promise<void>((resolve, reject) => attach(socket, resolve, reject));`,
              },
            ],
          },
        ],
      },
      {
        code: `import { get } from 'node:https';
export function download(url: string) {
  return new Promise<string>((resolve, reject) => {
    get(url, (res) => {
      if (res.statusCode !== 200) {
        throw new Error(\`GET \${url}: \${res.statusCode}\`);
      }
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}`,
        errors: [
          {
            messageId: 'throwInCallback',
            line: 6,
            column: 9,
            endLine: 6,
            endColumn: 58,
            suggestions: [
              {
                messageId: 'suggestReject',
                output: `import { get } from 'node:https';
export function download(url: string) {
  return new Promise<string>((resolve, reject) => {
    get(url, (res) => {
      if (res.statusCode !== 200) {
        return reject(new Error(\`GET \${url}: \${res.statusCode}\`));
      }
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}`,
              },
            ],
          },
        ],
      },
      {
        code: `import { createServer } from 'node:net';
import type { Server } from 'node:net';
export function listen(port: number) {
  return new Promise<Server>((resolve) => {
    const server = createServer();
    server.listen(port, () => {
      if (server.address() === null) throw new Error('not listening');
      resolve(server);
    });
  });
}`,
        errors: [
          // `listen`'s callback is a `listening` listener, and nothing settles on `error`
          { messageId: 'successOnly', line: 6, column: 5, endLine: 9, endColumn: 7, suggestions: [] },
          {
            messageId: 'throwInCallback',
            line: 7,
            column: 38,
            endLine: 7,
            endColumn: 71,
            suggestions: [],
          },
        ],
      },
    ],
  });
});

describe('suggestReturn and suggestReject: only when they skip no cleanup and lose no error', () => {
  ruleTester.run('no-multiple-settle', rule, {
    valid: [],
    invalid: [
      // `clearTimeout(timer)` must still run after the rejection
      {
        code: `import type { EventEmitter } from 'node:events';
export function wait(emitter: EventEmitter, ms: number) {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    emitter.once('done', (error?: Error) => {
      if (error) reject(error);
      clearTimeout(timer);
      resolve();
    });
  });
}`,
        errors: [{ messageId: 'multipleSettle', line: 8, column: 7, endLine: 8, endColumn: 16, suggestions: [] }],
      },
      // so must removing the listener
      {
        code: `import type { EventEmitter } from 'node:events';
export function next(emitter: EventEmitter) {
  return new Promise<unknown>((resolve, reject) => {
    const onData = (data: unknown) => {
      if (data === undefined) reject(new Error('empty'));
      emitter.off('data', onData);
      resolve(data);
    };
    emitter.on('data', onData);
  });
}`,
        errors: [{ messageId: 'multipleSettle', line: 7, column: 7, endLine: 7, endColumn: 20, suggestions: [] }],
      },
      // and recording the outcome in state that outlives the executor
      {
        code: `declare const bad: boolean;
let settled = false;
new Promise<number>((resolve, reject) => {
  if (bad) reject(new Error('bad'));
  settled = true;
  resolve(1);
});`,
        errors: [{ messageId: 'multipleSettle', line: 6, column: 3, endLine: 6, endColumn: 13, suggestions: [] }],
      },
      // skipping the success path's own work is the point: offered
      {
        code: `declare const text: string;
new Promise<unknown>((resolve, reject) => {
  if (text === '') reject(new Error('empty'));
  const parsed: unknown = JSON.parse(text);
  resolve(parsed);
});`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 5,
            column: 3,
            endLine: 5,
            endColumn: 18,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `declare const text: string;
new Promise<unknown>((resolve, reject) => {
  if (text === '') { reject(new Error('empty')); return; }
  const parsed: unknown = JSON.parse(text);
  resolve(parsed);
});`,
              },
            ],
          },
        ],
      },
      // a \`finally\` runs after the return as well: offered
      {
        code: `declare const text: string;
new Promise<unknown>((resolve, reject) => {
  try {
    if (text === '') reject(new Error('empty'));
    resolve(JSON.parse(text));
  } finally {
    console.log('parsed');
  }
});`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 5,
            column: 5,
            endLine: 5,
            endColumn: 30,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `declare const text: string;
new Promise<unknown>((resolve, reject) => {
  try {
    if (text === '') { reject(new Error('empty')); return; }
    resolve(JSON.parse(text));
  } finally {
    console.log('parsed');
  }
});`,
              },
            ],
          },
        ],
      },
      // suggestReject: not after the callback already settled, where \`reject\` would be ignored and the error lost
      {
        code: `import { readFile } from 'node:fs';
export function read(path: string) {
  return new Promise<string>((resolve, reject) => {
    readFile(path, 'utf8', (err, data) => {
      resolve(data);
      if (err) throw err;
    });
  });
}`,
        errors: [{ messageId: 'throwInCallback', line: 6, column: 16, endLine: 6, endColumn: 26, suggestions: [] }],
      },
      // a lone body on a line of its own becomes a block over several lines
      {
        code: `declare const candidates: string[];
declare function matches(name: string): boolean;
new Promise<string>((resolve, reject) => {
  for (const name of candidates) {
    if (matches(name))
      resolve(name);
  }
  reject(new Error('no match'));
});`,
        errors: [
          {
            messageId: 'multipleSettle',
            line: 6,
            column: 7,
            endLine: 6,
            endColumn: 20,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `declare const candidates: string[];
declare function matches(name: string): boolean;
new Promise<string>((resolve, reject) => {
  for (const name of candidates) {
    if (matches(name)) {
      resolve(name);
      return;
    }
  }
  reject(new Error('no match'));
});`,
              },
            ],
          },
          {
            messageId: 'multipleSettle',
            line: 8,
            column: 3,
            endLine: 8,
            endColumn: 32,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: `declare const candidates: string[];
declare function matches(name: string): boolean;
new Promise<string>((resolve, reject) => {
  for (const name of candidates) {
    if (matches(name)) {
      resolve(name);
      return;
    }
  }
  reject(new Error('no match'));
});`,
              },
            ],
          },
        ],
      },
    ],
  });
});

describe('multipleSettle: settled, then a callback that settles again is handed on', () => {
  const load = (hit: string, rest = '') => `import { readFile } from 'node:fs';
const memo = new Map<string, string>();
export function load(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hit = memo.get(path);
${hit}
    readFile(path, 'utf8', (error, text) => {
      if (error) return reject(error);
      memo.set(path, text);
      resolve(text);
    });${rest}
  });
}`;
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // the hit path returns before the read is started
      load(`    if (hit !== undefined) {
      resolve(hit);
      return;
    }`),
      // or the read is started only on a miss
      `import { readFile } from 'node:fs';
export function load(path: string, memo: Map<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const hit = memo.get(path);
    if (hit !== undefined) resolve(hit);
    else readFile(path, 'utf8', (error, text) => (error ? reject(error) : resolve(text)));
  });
}`,
      // settling before handing on a callback that does not settle
      `import { EventEmitter } from 'node:events';
export function ready(bus: EventEmitter, log: string[]): Promise<void> {
  return new Promise((resolve) => {
    resolve();
    bus.on('late', () => log.push('late'));
  });
}`,
    ],
    invalid: [
      {
        code: load(`    if (hit !== undefined) {
      resolve(hit);
    }`),
        errors: [
          {
            messageId: 'multipleSettle',
            line: 12,
            column: 7,
            endLine: 12,
            endColumn: 20,
            suggestions: [
              {
                messageId: 'suggestReturn',
                output: load(`    if (hit !== undefined) {
      resolve(hit);
      return;
    }`),
              },
            ],
          },
        ],
      },
    ],
  });
});

describe('successOnly: an event-driven executor that waits only for success on an emitter that can fail', () => {
  const size = (listeners: string, params = 'resolve, reject') => `import { createReadStream } from 'node:fs';
export function size(path: string): Promise<number> {
  return new Promise<number>((${params}) => {
    let total = 0;
    const stream = createReadStream(path);
    stream.on('data', (chunk) => {
      total += chunk.length;
    });
${listeners}
  });
}`;
  ruleTester.run('no-multiple-settle', rule, {
    valid: [
      // a failure listener settles too
      size(`    stream.on('end', () => resolve(total));
    stream.on('error', reject);`),
      // or the end of the stream's life does
      size(`    stream.once('end', () => resolve(total));
    stream.once('close', () => reject(new Error('closed early')));`),
      // an emitter whose type declares no failure event
      `import { EventEmitter } from 'node:events';
interface Ticks { once(event: 'tick', listener: () => void): this }
export function nextTick(clock: Ticks): Promise<void> {
  return new Promise((resolve) => {
    clock.once('tick', () => resolve());
  });
}`,
      // settle functions also handed to a Node callback API, which reports failures itself
      `import { readFile } from 'node:fs';
export function read(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    readFile(path, 'utf8', (error, text) => (error ? reject(error) : resolve(text)));
  });
}`,
      // test code: a hang is a timeout the runner reports
      `import { it } from 'vitest';
import { createReadStream } from 'node:fs';
it('reads', async () => {
  await new Promise<void>((resolve) => {
    createReadStream('fixture.txt').on('end', () => resolve());
  });
});`,
    ],
    invalid: [
      {
        code: size(`    stream.on('end', () => resolve(total));`),
        errors: [
          {
            messageId: 'successOnly',
            line: 9,
            column: 5,
            endLine: 9,
            endColumn: 43,
            suggestions: [
              {
                messageId: 'suggestErrorListener',
                output: size(`    stream.on('end', () => resolve(total));
    stream.once('error', reject);`),
              },
            ],
          },
        ],
      },
      {
        // without a \`reject\` to hand on, nothing is suggested
        code: size(`    stream.on('end', () => resolve(total));`, 'resolve'),
        errors: [{ messageId: 'successOnly', line: 9, column: 5, endLine: 9, endColumn: 43, suggestions: [] }],
      },
    ],
  });
});
