// Race contenders given a signal that nothing aborts when the race settles.
import rule from '../../rules/no-leaked-race.js';
import { typedRuleTester } from '../rule-tester.js';

typedRuleTester().run('no-leaked-race', rule, {
  valid: [
    // contenders racing the same signal against its own abort: none can win while the work runs
    `declare function work(signal: AbortSignal): Promise<number>;
export function f(signal: AbortSignal) {
  const aborted = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
  return Promise.race([work(signal), aborted]);
}`,
    // browser: the race has a controller of its own, aborted once it settles
    `export async function fastest(urls: string[], signal: AbortSignal): Promise<Response> {
  const race = new AbortController();
  const stop = () => race.abort();
  signal.addEventListener('abort', stop, { once: true });
  try {
    return await Promise.any(urls.map((url) => fetch(url, { signal: AbortSignal.any([signal, race.signal]) })));
  } finally {
    signal.removeEventListener('abort', stop);
    race.abort();
  }
}`,
    // CLI: contenders bounded by a timeout signal of their own
    `declare function probe(host: string, options: { signal?: AbortSignal }): Promise<string>;
export function firstUp(hosts: string[]) {
  return Promise.any(hosts.map((host) => probe(host, { signal: AbortSignal.timeout(2_000) })));
}`,
    // a signal held in a field: who aborts it is out of sight
    `declare function query(sql: string, options: { signal?: AbortSignal }): Promise<unknown[]>;
export class Reader {
  constructor(private readonly controller: AbortController, private readonly replicas: string[]) {}
  read(sql: string) {
    return Promise.race(this.replicas.map(() => query(sql, { signal: this.controller.signal })));
  }
}`,
    // the list is read again after the race (every query is awaited): it was not made for the race alone
    `interface Replica { query(sql: string, options: { signal?: AbortSignal }): Promise<string[]> }
export async function readAll(replicas: Replica[], sql: string, signal: AbortSignal): Promise<string[][]> {
  const attempts = replicas.map((replica) => replica.query(sql, { signal }));
  const first = await Promise.any(attempts);
  console.log(\`first replica answered with \${first.length} rows\`);
  return Promise.all(attempts);
}`,
  ],
  invalid: [
    // the list is built in a const read only by the race: each slower replica query runs on with the caller's signal
    {
      code: `interface Replica { query(sql: string, options: { signal?: AbortSignal }): Promise<string[]> }
export async function read(replicas: Replica[], sql: string, signal: AbortSignal): Promise<string[]> {
  const attempts = replicas.map((replica) => replica.query(sql, { signal }));
  return await Promise.any(attempts);
}`,
      errors: [
        {
          messageId: 'unabortedWork',
          line: 3,
          column: 46,
          endLine: 3,
          endColumn: 76,
          suggestions: [],
        },
      ],
    },
    // every mirror download shares only the caller signal: the slower ones keep downloading
    {
      code: `export async function fastest(mirrors: string[], signal: AbortSignal) { return Promise.any(mirrors.map((mirror) => fetch(mirror, { signal }))); }`,
      errors: [{ messageId: 'unabortedWork', line: 1, column: 116, endLine: 1, endColumn: 141, suggestions: [] }],
    },
    // two contenders sharing the caller signal
    {
      code: `export async function f(a: string, b: string, signal: AbortSignal) { return Promise.any([fetch(a, { signal }), fetch(b, { signal })]); }`,
      errors: [
        { messageId: 'unabortedWork', line: 1, column: 90, endLine: 1, endColumn: 110, suggestions: [] },
        { messageId: 'unabortedWork', line: 1, column: 112, endLine: 1, endColumn: 132, suggestions: [] },
      ],
    },
    // one contender bounded by a timeout, the other only by the caller
    {
      code: `export function f(signal: AbortSignal) { return Promise.race([fetch('/a', { signal: AbortSignal.any([signal, AbortSignal.timeout(100)]) }), fetch('/b', { signal })]); }`,
      errors: [{ messageId: 'unabortedWork', line: 1, column: 141, endLine: 1, endColumn: 164, suggestions: [] }],
    },
    // cloud SDK: replicas queried with the options signal, which the race never aborts
    {
      code: `interface QueryOptions { signal?: AbortSignal }
declare class Replica { query(sql: string, options?: QueryOptions): Promise<unknown[]> }
export class Pool {
  constructor(private readonly replicas: Replica[]) {}
  read(sql: string, opts: QueryOptions = {}) {
    return Promise.race(this.replicas.map((replica) => replica.query(sql, { signal: opts.signal })));
  }
}`,
      errors: [{ messageId: 'unabortedWork', line: 6, column: 56, endLine: 6, endColumn: 99, suggestions: [] }],
    },
    // worker: a local controller handed to the work but never aborted when the timer wins
    {
      code: `import { readFile } from 'node:fs/promises';
export async function readWithin(path: string, ms: number): Promise<string> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('timeout')), ms); });
  try {
    return await Promise.race([readFile(path, { encoding: 'utf8', signal: controller.signal }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}`,
      errors: [{ messageId: 'unabortedWork', line: 7, column: 32, endLine: 7, endColumn: 95, suggestions: [] }],
    },
  ],
});
