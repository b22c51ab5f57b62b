import rule from '../../rules/no-read-before-settle.js';
import { typedRuleTester } from '../rule-tester.js';

// Collections created empty and filled only in callbacks that run later: their contents, read
// right after the registration, are still empty.
typedRuleTester().run('no-read-before-settle', rule, {
  valid: [
    // The same batch handed on once the reader has closed.
    `import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
declare const repo: { insertMany(rows: string[]): Promise<number> };
export async function importRows(file: string): Promise<number> {
  const rl = createInterface({ input: createReadStream(file) });
  const rows: string[] = [];
  rl.on('line', (line) => {
    rows.push(line);
  });
  await once(rl, 'close');
  return repo.insertMany(rows);
}`,
    // The filter reads the counts after the input closed.
    `import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export async function reconcile(file: string, declared: Array<{ grade: string; pallets: number }>) {
  const counted = new Map<string, number>();
  const rl = createInterface({ input: createReadStream(file) });
  rl.on('line', (line) => {
    counted.set(line, (counted.get(line) ?? 0) + 1);
  });
  await once(rl, 'close');
  return declared.filter((d) => (counted.get(d.grade) ?? 0) < d.pallets);
}`,
    // handed to a function that only keeps the reference and hands it back: nothing is read now
    `import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
const open: number[][] = [];
function track(buffer: number[]): number[] {
  open.push(buffer);
  return buffer;
}
export function hoursOf(path: string): number[] {
  const hours: number[] = [];
  const reader = createInterface({ input: createReadStream(path) });
  reader.on('line', (line) => {
    hours.push(Number(line.slice(11, 13)));
  });
  return track(hours);
}`,
    // the same function called once the reader has closed: every line is in
    `import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
function busiestHour(hits: number[]): number {
  let best = 0;
  for (const hour of hits) if (hour > best) best = hour;
  return best;
}
export function peakFromLog(path: string): Promise<number> {
  const hours: number[] = [];
  const reader = createInterface({ input: createReadStream(path) });
  reader.on('line', (line) => {
    hours.push(Number(line.slice(11, 13)));
  });
  return new Promise((resolve) => reader.once('close', () => resolve(busiestHour(hours))));
}`,
    // a collection on `this` not emptied by the method, read after the work is awaited, or handed back to fill up
    `import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
const run = promisify(execFile);
export class Toolchain {
  private versions: Record<string, string> = {};
  private seen = new Set<string>();
  constructor(private readonly tools: string[]) {}
  // no reset here: what earlier calls collected is already there
  cached(): Record<string, string> {
    for (const tool of this.tools) {
      execFile(tool, ['--version'], (error, stdout) => {
        this.versions[tool] = error ? 'unavailable' : stdout.trim();
      });
    }
    return { ...this.versions };
  }
  // the contents are read after the work is awaited
  async collect(): Promise<Record<string, string>> {
    this.versions = {};
    await Promise.all(
      this.tools.map(async (tool) => {
        const { stdout } = await run(tool, ['--version']);
        this.versions[tool] = stdout.trim();
      }),
    );
    return { ...this.versions };
  }
  // the collection itself is handed back, to fill up later
  start(): Set<string> {
    this.seen = new Set();
    for (const tool of this.tools) execFile(tool, ['--version'], () => this.seen.add(tool));
    return this.seen;
  }
}`,
    // the contents are read after the input has ended
    `import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
export async function loadAliases(file: string): Promise<Map<string, string>> {
  const aliases = new Map<string, string>();
  const rl = createInterface({ input: createReadStream(file, 'utf8') });
  rl.on('line', (line) => {
    const [from, to] = line.split('=');
    if (from && to) aliases.set(from.trim(), to.trim());
  });
  await once(rl, 'close');
  console.log(\`loaded \${aliases.size} aliases from \${file}\`);
  return aliases;
}`,
    // read only inside the functions handed back, which run later
    `import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
export function liveAliases(file: string): { lookup(name: string): string | undefined; count(): number } {
  const aliases = new Map<string, string>();
  const rl = createInterface({ input: createReadStream(file, 'utf8') });
  rl.on('line', (line) => {
    const [from, to] = line.split('=');
    if (from && to) aliases.set(from.trim(), to.trim());
  });
  return { lookup: (name) => aliases.get(name), count: () => aliases.size };
}`,
    // `emit` runs the listener synchronously: the array is full when it is copied
    `import { EventEmitter } from 'node:events';
export function drain(queue: EventEmitter, items: string[]): string[] {
  const seen: string[] = [];
  queue.on('item', (item: string) => seen.push(item));
  for (const item of items) queue.emit('item', item);
  return seen.slice();
}`,
    // the collection itself is handed back, to fill up as orders arrive: not a read of its contents
    `declare const bus: { on(event: 'order', listener: (id: string) => void): void };
export function trackOrders(): Set<string> {
  const pending = new Set<string>();
  bus.on('order', (id) => pending.add(id));
  return pending;
}`,
    // after a wait, the contents are what has arrived so far: counted on purpose
    `declare function events(): AsyncIterable<string>;
declare function sleep(ms: number): Promise<void>;
export async function sample(): Promise<number> {
  const seen: string[] = [];
  const consumer = (async () => {
    for await (const event of events()) seen.push(event);
  })();
  await sleep(300);
  const count = seen.length;
  await consumer;
  return count;
}`,
  ],
  invalid: [
    // A batch handed to a call awaited where it is made is read now: it is still empty.
    {
      code: `import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
declare const repo: { insertMany(rows: string[]): Promise<number> };
export async function importRows(file: string): Promise<number> {
  const rl = createInterface({ input: createReadStream(file) });
  const rows: string[] = [];
  rl.on('line', (line) => {
    rows.push(line);
  });
  return repo.insertMany(rows);
}`,
      output: null,
      errors: [
        {
          messageId: 'readContentsBeforeSettle',
          line: 10,
          column: 26,
          endLine: 10,
          endColumn: 30,
          suggestions: [],
        },
      ],
    },
    // A filter callback runs at once: its reads of the map filled by line listeners see it empty.
    {
      code: `import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export async function reconcile(file: string, declared: Array<{ grade: string; pallets: number }>) {
  const counted = new Map<string, number>();
  const rl = createInterface({ input: createReadStream(file) });
  rl.on('line', (line) => {
    counted.set(line, (counted.get(line) ?? 0) + 1);
  });
  const missing = declared.filter((d) => (counted.get(d.grade) ?? 0) < d.pallets);
  await once(rl, 'close');
  return missing;
}`,
      output: null,
      errors: [
        {
          messageId: 'readContentsBeforeSettle',
          line: 11,
          column: 43,
          endLine: 11,
          endColumn: 50,
          suggestions: [],
        },
      ],
    },
    // a collection filled by `line` events handed to a plain function of the file that reads it at once: it ranks an empty list
    {
      code: `import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
function busiestHour(hits: number[]): number {
  let best = 0;
  for (const hour of hits) if (hour > best) best = hour;
  return best;
}
export function peakFromLog(path: string): number {
  const hours: number[] = [];
  const reader = createInterface({ input: createReadStream(path) });
  reader.on('line', (line) => {
    hours.push(Number(line.slice(11, 13)));
  });
  return busiestHour(hours);
}`,
      output: null,
      errors: [
        {
          messageId: 'readContentsBeforeSettle',
          line: 14,
          column: 22,
          endLine: 14,
          endColumn: 27,
          suggestions: [],
        },
      ],
    },
    // a record a method empties on `this` and fills only in Node callbacks: copied right after, it is still empty
    {
      code: `import { execFile } from 'node:child_process';
export class Toolchain {
  private versions: Record<string, string> = {};
  constructor(private readonly tools: string[]) {}
  collect(): Record<string, string> {
    this.versions = {};
    for (const tool of this.tools) {
      execFile(tool, ['--version'], (error, stdout) => {
        this.versions[tool] = error ? 'unavailable' : stdout.trim();
      });
    }
    return { ...this.versions };
  }
}`,
      errors: [
        {
          messageId: 'readContentsBeforeSettle',
          line: 12,
          column: 17,
          endLine: 12,
          endColumn: 30,
          suggestions: [],
        },
      ],
    },
    // a Map filled by readline's 'line' events, its size logged right after: always 0
    {
      code: `import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
export function loadAliases(file: string): Map<string, string> {
  const aliases = new Map<string, string>();
  const rl = createInterface({ input: createReadStream(file, 'utf8') });
  rl.on('line', (line) => {
    const [from, to] = line.split('=');
    if (from && to) aliases.set(from.trim(), to.trim());
  });
  console.log(\`loaded \${aliases.size} aliases from \${file}\`);
  return aliases;
}`,
      errors: [
        {
          messageId: 'readContentsBeforeSettle',
          line: 10,
          column: 25,
          endLine: 10,
          endColumn: 32,
          suggestions: [],
        },
      ],
    },
    // an array filled in promise reactions, copied before any of them ran
    {
      code: `declare function fetchRows(table: string): Promise<{ id: string }[]>;
export function collectIds(tables: string[]): string[] {
  const ids: string[] = [];
  for (const table of tables) {
    fetchRows(table).then((rows) => {
      for (const row of rows) ids.push(row.id);
    });
  }
  return [...ids];
}`,
      errors: [
        {
          messageId: 'readContentsBeforeSettle',
          line: 9,
          column: 14,
          endLine: 9,
          endColumn: 17,
          suggestions: [],
        },
      ],
    },
  ],
});
