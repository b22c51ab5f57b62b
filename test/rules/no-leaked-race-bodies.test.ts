// Race contenders whose signal-aware work runs inside a body: async `.map` callbacks, async IIFEs, local helpers.
import rule from '../../rules/no-leaked-race.js';
import { typedRuleTester } from '../rule-tester.js';

typedRuleTester().run('no-leaked-race', rule, {
  valid: [
    // browser: every CDN request shares a controller aborted once the race settles
    `export async function loadEngine(bases: string[], file: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  const race = new AbortController();
  const combined = signal ? AbortSignal.any([signal, race.signal]) : race.signal;
  try {
    return await Promise.any(
      bases.map(async (base) => {
        const res = await fetch(base + file, { signal: combined });
        if (!res.ok) throw new Error(String(res.status));
        return res.arrayBuffer();
      }),
    );
  } finally {
    race.abort();
  }
}`,
    // an async callback that starts no signal-aware work
    `declare const cache: { get(key: string): Promise<string | undefined> };
export function first(keys: string[]) {
  return Promise.any(keys.map(async (key) => { const hit = await cache.get(key); if (hit === undefined) throw new Error(key); return hit; }));
}`,
    // worker: an async IIFE given the signal of a controller the race aborts when it settles
    `import { readFile } from 'node:fs/promises';
export function loadWithin(path: string, deadline: Promise<never>) {
  const controller = new AbortController();
  return Promise.race([
    (async () => JSON.parse(await readFile(path, { encoding: 'utf8', signal: controller.signal })) as unknown)(),
    deadline,
  ]).finally(() => controller.abort());
}`,
    // the other contender settles only on the abort of the same signal: none can win while the request runs
    `function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
}
export function getJson(url: string, signal: AbortSignal) {
  return Promise.race([(async () => { const res = await fetch(url, { signal }); return res.json() as Promise<unknown>; })(), aborted(signal)]);
}`,
    // a helper that takes the signal and is handed the race's own: judged at the call, as before
    `async function fromMirror(base: string, signal: AbortSignal) { const res = await fetch(base, { signal }); return res.arrayBuffer(); }
export async function fastest(mirrors: string[]) {
  const controller = new AbortController();
  try { return await Promise.any(mirrors.map((base) => fromMirror(base, controller.signal))); } finally { controller.abort(); }
}`,
    // a helper whose body starts no signal-aware work, and one whose body is out of sight
    `declare const memory: Map<string, string>;
async function fromMemory(key: string) { await Promise.resolve(); const hit = memory.get(key); if (!hit) throw new Error(key); return hit; }
declare function fromDisk(key: string): Promise<string>;
export function read(key: string) { return Promise.any([fromMemory(key), fromDisk(key)]); }`,
    // CLI: a timer in the contender's body is not work (a sleep helper is the timer rules' business)
    `import { setTimeout as sleep } from 'node:timers/promises';
declare function work(signal: AbortSignal): Promise<string>;
export async function hedge() {
  const controller = new AbortController();
  try { return await Promise.race([work(controller.signal), (async () => { await sleep(50, undefined, { signal: controller.signal }); return 'late'; })()]); } finally { controller.abort(); }
}`,
    // test file: the controller is aborted in the hook after each test
    `import { afterEach, it } from 'vitest';
const controller = new AbortController();
afterEach(() => controller.abort());
it('answers within the deadline', async () => {
  const deadline = new Promise<never>(() => undefined);
  await Promise.race([(async () => { const res = await fetch('http://localhost:3000/health', { signal: controller.signal }); return res.status; })(), deadline]);
});`,
  ],
  invalid: [
    // CLI: every mirror downloads with only the caller's signal; the losers keep downloading the index
    {
      code: `export async function fetchIndex(mirrors: readonly string[], signal?: AbortSignal) {
  return Promise.any(
    mirrors.map(async (mirror) => {
      const res = await fetch(new URL('dists/Packages.gz', mirror), { signal });
      if (!res.ok) throw new Error(String(res.status));
      return res.arrayBuffer();
    }),
  );
}`,
      errors: [{ messageId: 'unabortedWork', line: 4, column: 25, endLine: 4, endColumn: 80, suggestions: [] }],
    },
    // browser: CDN requests with no signal at all
    {
      code: `export function loadFont(cdns: string[], name: string) {
  return Promise.any(cdns.map(async (base) => { const res = await fetch(base + name); return res.blob(); }));
}`,
      errors: [{ messageId: 'leakedWork', line: 2, column: 67, endLine: 2, endColumn: 85, suggestions: [] }],
    },
    // worker: an async IIFE reading a file with no signal, raced against a deadline made elsewhere
    {
      code: `import { readFile } from 'node:fs/promises';
export function loadWithin(path: string, deadline: Promise<never>) {
  return Promise.race([(async () => JSON.parse(await readFile(path, 'utf8')) as unknown)(), deadline]);
}`,
      errors: [{ messageId: 'leakedWork', line: 3, column: 54, endLine: 3, endColumn: 76, suggestions: [] }],
    },
    // worker: an async IIFE handed a local controller that nothing aborts
    {
      code: `import { pipeline } from 'node:stream/promises';
import type { Readable, Writable } from 'node:stream';
export function copyWithin(source: Readable, target: Writable, deadline: Promise<never>) {
  const controller = new AbortController();
  return Promise.race([(async () => { await pipeline(source, target, { signal: controller.signal }); })(), deadline]);
}`,
      errors: [{ messageId: 'unabortedWork', line: 5, column: 45, endLine: 5, endColumn: 100, suggestions: [] }],
    },
    // cloud SDK: a helper that takes no signal downloads from each region; the slower regions keep downloading
    {
      code: `declare const storage: { download(key: string, options?: { signal?: AbortSignal }): Promise<Uint8Array> };
async function fromRegion(region: string, key: string) { return storage.download(\`\${region}/\${key}\`); }
export function nearest(regions: string[], key: string) { return Promise.any(regions.map((region) => fromRegion(region, key))); }`,
      errors: [
        {
          messageId: 'leakedHelperWork',
          data: { helper: 'fromRegion', callee: 'download' },
          line: 3,
          column: 102,
          endLine: 3,
          endColumn: 125,
          suggestions: [],
        },
      ],
    },
    // browser: the mapped callback is a function reference
    {
      code: `async function probe(url: string) { const res = await fetch(url, { method: 'HEAD' }); if (!res.ok) throw new Error(url); return url; }
export function firstAlive(urls: string[]) { return Promise.any(urls.map(probe)); }`,
      errors: [
        { messageId: 'leakedHelperWork', data: { helper: 'probe', callee: 'fetch' }, line: 2, column: 74, endLine: 2, endColumn: 79 },
      ],
    },
    // service: a method of the same class races replicas; it takes no signal itself
    {
      code: `declare class Http { get(url: string, init?: { signal?: AbortSignal }): Promise<string> }
export class Replicas {
  constructor(private readonly http: Http, private readonly hosts: string[]) {}
  private async ask(host: string) { return this.http.get(\`https://\${host}/status\`); }
  fastest() { return Promise.race(this.hosts.map((host) => this.ask(host))); }
}`,
      errors: [{ messageId: 'leakedHelperWork', data: { helper: 'ask', callee: 'get' }, line: 5, column: 60, endLine: 5, endColumn: 74 }],
    },
    // a plain callback with statements before its return: every element is still a request with no signal
    {
      code: `export function firstUp(hosts: string[]) {
  return Promise.any(hosts.map((host) => { const url = \`https://\${host}/ping\`; return fetch(url); }));
}`,
      errors: [{ messageId: 'leakedWork', line: 2, column: 87, endLine: 2, endColumn: 97, suggestions: [] }],
    },
  ],
});
