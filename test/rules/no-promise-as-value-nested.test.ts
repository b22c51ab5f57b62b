import rule from '../../rules/no-promise-as-value.js';
import { typedRuleTester } from '../rule-tester.js';

const decl = `declare function load(): Promise<string>;
declare const p: Promise<number>;
`;

typedRuleTester().run('no-promise-as-value', rule, {
  valid: [
    // Awaited where the literal is built, or a declared data type that allows a promise on purpose: no promise the code slipped in.
    `interface Sail {
  id: string;
  cachedArea?: number;
}
declare function computeArea(sail: Sail): Promise<number>;
export async function quote(sails: readonly Sail[]): Promise<string> {
  const lines = await Promise.all(sails.map(async (sail) => ({ id: sail.id, area: sail.cachedArea ?? (await computeArea(sail)) })));
  return JSON.stringify({ lines });
}
interface Pending {
  id: string;
  area: number | Promise<number>;
}
export function describe(entry: Pending): string {
  return JSON.stringify({ entry });
}`,
    // A nested place typed as a promise takes one; the ledger's gets the awaited value.
    `interface Certificate { id: string }
declare const qc: { issue(id: string): Promise<Certificate> };
declare const ledger: { post(event: { type: string; payload: Record<string, unknown> }): Promise<void> };
declare const outbox: { queue(job: { type: string; pending: { certificate: Promise<Certificate> } }): void };

export async function release(id: string, units: number): Promise<void> {
  // The outbox's own type asks for the promise: it awaits it when the job runs.
  outbox.queue({ type: 'certify', pending: { certificate: qc.issue(id) } });
  await ledger.post({ type: 'released', payload: { id, units, certificate: await qc.issue(id) } });
}`,
    // The fallback awaited before the comparison.
    `type Status = 'ok' | 'expired';
declare const registry: { lookup(tag: string): Promise<Status> };
const cache = new Map<string, Status>();
export async function isExpired(tag: string): Promise<boolean> {
  const status = cache.get(tag) ?? (await registry.lookup(tag));
  return status === 'expired';
}`,
    // the branch of a `?:` inside the serialized literal awaits its promise
    `declare const rewards: { levelOf(member: string): Promise<'bronze' | 'silver'> };
declare const till: { post(body: string): Promise<void> };
export async function closeTab(member: string | null, totalCents: number): Promise<void> {
  const body = JSON.stringify({
    totalCents,
    level: member ? await rewards.levelOf(member) : 'guest',
  });
  await till.post(body);
}`,
    `${decl}import { EventEmitter } from 'node:events'; export function start(ee: EventEmitter) { ee.emit('job', { result: p }); }`,
    `${decl}export async function f() { return JSON.stringify({ a: await p, b: [await load()] }); }`,
    `${decl}export async function f(target: object) { Object.assign(target, await p); return Object.assign({}, { p }); }`,
    `${decl}const cache = new Map<string, Promise<string>>(); export function get(k: string) { const hit = cache.get(k) ?? load(); cache.set(k, hit); return hit; }`,
    `${decl}export async function f(name: string) { const v = name || load(); return \`\${await v}\`; }`,
    `${decl}export async function f(name: string) { const v = name || (await load()); return \`\${v}\`; }`,
    `${decl}import { expect, it } from 'vitest'; it('resolves', async () => { await expect(p).resolves.toBeTruthy(); expect(await p).toBeTruthy(); });`,
    `${decl}import assert from 'node:assert'; export async function f() { assert.ok(await p); assert.ok(p instanceof Promise); }`,
    `${decl}declare function dispatch(action: { type: string; payload?: Promise<number> }): void; export function f() { dispatch({ type: 'load', payload: p }); }`,
    `${decl}export function f(x: unknown) { return p === x; }`,
    `${decl}export function f(flag: boolean) { const v = flag ? p : undefined; return Promise.all([v]); }`,
  ],
  invalid: [
    // An object literal's property typed `number | Promise<number>` (from `?? computeArea(sail)`) reaches JSON through an array and another literal.
    {
      code: `interface Sail {
  id: string;
  cachedArea?: number;
}
declare function computeArea(sail: Sail): Promise<number>;
export function quote(sails: readonly Sail[]): string {
  const lines = sails.map((sail) => {
    return { id: sail.id, area: sail.cachedArea ?? computeArea(sail) };
  });
  const payload = { lines, issuedAt: Date.now() };
  return JSON.stringify(payload);
}`,
      output: null,
      errors: [
        {
          messageId: 'jsonNested',
          line: 11,
          column: 25,
          endLine: 11,
          endColumn: 32,
          suggestions: [],
        },
      ],
    },
    // A promise two literals deep, in a place the parameter types as unknown (a property of an open record).
    {
      code: `interface Certificate { id: string }
declare const qc: { issue(id: string): Promise<Certificate> };
declare const ledger: { post(event: { type: string; payload: Record<string, unknown> }): Promise<void> };

export async function release(id: string, units: number): Promise<void> {
  await ledger.post({ type: 'released', payload: { id, units, certificate: qc.issue(id) } });
}`,
      output: null,
      errors: [
        {
          messageId: 'argument',
          line: 6,
          column: 76,
          endLine: 6,
          endColumn: 88,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `interface Certificate { id: string }
declare const qc: { issue(id: string): Promise<Certificate> };
declare const ledger: { post(event: { type: string; payload: Record<string, unknown> }): Promise<void> };

export async function release(id: string, units: number): Promise<void> {
  await ledger.post({ type: 'released', payload: { id, units, certificate: await qc.issue(id) } });
}`,
            },
          ],
        },
      ],
    },
    // A cached value or, on a miss, the lookup's promise, compared with a literal: on the miss path the comparison is always false.
    {
      code: `type Status = 'ok' | 'expired';
declare const registry: { lookup(tag: string): Promise<Status> };
const cache = new Map<string, Status>();
export function isExpired(tag: string): boolean {
  const status = cache.get(tag) ?? registry.lookup(tag);
  return status === 'expired';
}`,
      output: null,
      errors: [
        {
          messageId: 'promiseFallback',
          line: 5,
          column: 36,
          endLine: 5,
          endColumn: 56,
          suggestions: [],
        },
      ],
    },
    // one branch of a `?:` inside the serialized literal is a promise: a member's level goes out as `{}`
    {
      code: `declare const rewards: { levelOf(member: string): Promise<'bronze' | 'silver'> };
declare const till: { post(body: string): Promise<void> };
export async function closeTab(member: string | null, totalCents: number): Promise<void> {
  const body = JSON.stringify({
    totalCents,
    level: member ? rewards.levelOf(member) : 'guest',
  });
  await till.post(body);
}`,
      output: null,
      errors: [
        {
          messageId: 'json',
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 44,
          suggestions: [],
        },
      ],
    },
    // CLI: JSON of an object holding the un-awaited config
    {
      code: `${decl}declare function resolveConfig(): Promise<{ outDir: string }>; export async function main() { const config = resolveConfig(); process.stdout.write(JSON.stringify({ config, pretty: true })); }`,
      errors: [
        {
          messageId: 'json',
          line: 3,
          column: 165,
          endLine: 3,
          endColumn: 171,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}declare function resolveConfig(): Promise<{ outDir: string }>; export async function main() { const config = resolveConfig(); process.stdout.write(JSON.stringify({ config: await config, pretty: true })); }`,
            },
          ],
        },
      ],
    },
    // browser worker: a promise nested in a postMessage payload cannot be cloned
    {
      code: `${decl}export async function start(worker: Worker, raw: ArrayBuffer) { const key = crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt']); worker.postMessage({ type: 'init', keys: [key] }); }`,
      errors: [
        {
          messageId: 'argument',
          line: 3,
          column: 187,
          endLine: 3,
          endColumn: 190,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}export async function start(worker: Worker, raw: ArrayBuffer) { const key = crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt']); worker.postMessage({ type: 'init', keys: [await key] }); }`,
            },
          ],
        },
      ],
    },
    // HTTP route: an array literal of promises sent as the JSON body
    {
      code: `${decl}declare const res: { json(body: unknown): void }; declare function stats(): Promise<number>; export async function route() { res.json([await load(), stats()]); }`,
      errors: [
        {
          messageId: 'argument',
          line: 3,
          column: 150,
          endLine: 3,
          endColumn: 157,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}declare const res: { json(body: unknown): void }; declare function stats(): Promise<number>; export async function route() { res.json([await load(), await stats()]); }`,
            },
          ],
        },
      ],
    },
    // structuredClone of an object holding a promise
    {
      code: `${decl}export function snapshot() { return structuredClone({ at: Date.now(), value: p }); }`,
      errors: [
        {
          messageId: 'clone',
          line: 3,
          column: 78,
          endLine: 3,
          endColumn: 79,
          suggestions: [],
        },
      ],
    },
    // Object.assign copies nothing from a promise
    {
      code: `${decl}declare function loadWorkspace(): Promise<{ tabSize: number }>; export async function settings() { const workspace = loadWorkspace(); return Object.assign({ tabSize: 2 }, workspace); }`,
      errors: [
        {
          messageId: 'assign',
          line: 3,
          column: 172,
          endLine: 3,
          endColumn: 181,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}declare function loadWorkspace(): Promise<{ tabSize: number }>; export async function settings() { const workspace = loadWorkspace(); return Object.assign({ tabSize: 2 }, await workspace); }`,
            },
          ],
        },
      ],
    },
    // a ?? fallback promise sent in a JSON body
    {
      code: `${decl}declare function defaultChannel(): Promise<string>; export async function save(form: { channel?: string }) { const channel = form.channel ?? defaultChannel(); await fetch('/prefs', { method: 'PUT', body: JSON.stringify({ channel }) }); }`,
      errors: [
        {
          messageId: 'promiseFallback',
          line: 3,
          column: 142,
          endLine: 3,
          endColumn: 158,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}declare function defaultChannel(): Promise<string>; export async function save(form: { channel?: string }) { const channel = form.channel ?? await defaultChannel(); await fetch('/prefs', { method: 'PUT', body: JSON.stringify({ channel }) }); }`,
            },
          ],
        },
      ],
    },
    // cloud SDK: an || fallback promise in a template
    {
      code: `${decl}declare function regionFromMetadata(): Promise<string>; export function endpoint() { const region = process.env.AWS_REGION || regionFromMetadata(); return \`https://s3.\${region}.amazonaws.com\`; }`,
      errors: [
        {
          messageId: 'promiseFallback',
          line: 3,
          column: 127,
          endLine: 3,
          endColumn: 147,
          suggestions: [],
        },
      ],
    },
    // logging the fallback directly
    {
      code: `${decl}export function greet(name: string) { console.log(name || load()); }`,
      errors: [
        {
          messageId: 'promiseFallback',
          line: 3,
          column: 59,
          endLine: 3,
          endColumn: 65,
          suggestions: [],
        },
      ],
    },
    // tests: truthiness assertions on a promise always pass
    {
      code: `${decl}import assert from 'node:assert'; declare function isEnabled(flag: string): Promise<boolean>; export async function check() { assert.ok(isEnabled('beta')); assert(p); }`,
      errors: [
        {
          messageId: 'condition',
          line: 3,
          column: 137,
          endLine: 3,
          endColumn: 154,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}import assert from 'node:assert'; declare function isEnabled(flag: string): Promise<boolean>; export async function check() { assert.ok(await isEnabled('beta')); assert(p); }`,
            },
          ],
        },
        {
          messageId: 'condition',
          line: 3,
          column: 164,
          endLine: 3,
          endColumn: 165,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}import assert from 'node:assert'; declare function isEnabled(flag: string): Promise<boolean>; export async function check() { assert.ok(isEnabled('beta')); assert(await p); }`,
            },
          ],
        },
      ],
    },
    {
      code: `${decl}import { expect, it } from 'vitest'; declare function isEnabled(flag: string): Promise<boolean>; it('is on', async () => { expect(isEnabled('beta')).toBeTruthy(); expect(p).not.toBeFalsy(); });`,
      errors: [
        {
          messageId: 'condition',
          line: 3,
          column: 131,
          endLine: 3,
          endColumn: 148,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}import { expect, it } from 'vitest'; declare function isEnabled(flag: string): Promise<boolean>; it('is on', async () => { expect(await isEnabled('beta')).toBeTruthy(); expect(p).not.toBeFalsy(); });`,
            },
          ],
        },
        {
          messageId: 'condition',
          line: 3,
          column: 171,
          endLine: 3,
          endColumn: 172,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}import { expect, it } from 'vitest'; declare function isEnabled(flag: string): Promise<boolean>; it('is on', async () => { expect(isEnabled('beta')).toBeTruthy(); expect(await p).not.toBeFalsy(); });`,
            },
          ],
        },
      ],
    },
    // comparison with an untyped value
    {
      code: `${decl}declare function passwordHash(user: string): Promise<string>; export async function login(row: any) { const hash = passwordHash(row.user); return hash === row.hash; }`,
      errors: [
        {
          messageId: 'comparison',
          line: 3,
          column: 147,
          endLine: 3,
          endColumn: 151,
          suggestions: [
            {
              messageId: 'suggestAwait',
              output: `${decl}declare function passwordHash(user: string): Promise<string>; export async function login(row: any) { const hash = passwordHash(row.user); return await hash === row.hash; }`,
            },
          ],
        },
      ],
    },
  ],
});
