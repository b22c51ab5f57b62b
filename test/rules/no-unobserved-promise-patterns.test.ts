import rule from '../../rules/no-unobserved-promise.js';
import { typedRuleTester } from '../rule-tester.js';

// Promises reached through destructuring: a destructured name, a nested pattern or a rest element
// holds promises like any other local.
const decl = `declare function load(id: string): Promise<number>;
declare function save(value: number): Promise<void>;
`;

typedRuleTester().run('no-unobserved-promise', rule, {
  valid: [
    // destructured: every part awaited together
    `${decl}export async function all(ids: string[]) {
  const [first, ...rest] = ids.map((id) => load(id));
  return Promise.all([first, ...rest]);
}`,
    // destructured from a literal: the part that cannot reject is not tracked
    `${decl}export async function warm() {
  const { ready, value } = { ready: Promise.resolve(), value: load('a') };
  const result = await value;
  await save(result);
  await ready;
}`,
    // promises taken out of a queue already existed
    `${decl}declare const queue: Promise<number>[];
export async function drain() {
  const [head, ...tail] = queue.splice(0, 3);
  await head;
  await save(tail.length);
}`,
    // a deferred built here whose reject the pattern leaves behind: nothing can reject its promise (kysely's abort waiter)
    // (look-alike in invalid: the pattern takes \`reject\` and hands it to a timer)
    `${decl}declare class Deferred<T> { readonly promise: Promise<T>; resolve(value: T): void; reject(reason: unknown): void }
export async function stream(signal: AbortSignal) {
  const { promise: aborted, resolve } = new Deferred<'aborted'>();
  signal.addEventListener('abort', () => resolve('aborted'), { once: true });
  const first = await load('a');
  return Promise.race([aborted, save(first)]);
}`,
  ],
  invalid: [
    {
      // a deferred whose reject the pattern takes and hands to a timer: it can reject while the function waits
      // (valid look-alike: the pattern leaves \`reject\` behind)
      code: `${decl}declare class Deferred<T> { readonly promise: Promise<T>; resolve(value: T): void; reject(reason: unknown): void }
export async function stream(signal: AbortSignal) {
  const { promise: expired, reject } = new Deferred<never>();
  setTimeout(() => reject(new Error('timed out')), 5_000);
  const first = await load('a');
  return Promise.race([expired, save(first)]);
}`,
      errors: [
        {
          messageId: 'rejectionWindow',
          line: 5,
          column: 20,
          endLine: 5,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              data: { name: 'expired' },
              output: `${decl}declare class Deferred<T> { readonly promise: Promise<T>; resolve(value: T): void; reject(reason: unknown): void }
export async function stream(signal: AbortSignal) {
  const { promise: expired, reject } = new Deferred<never>();
  expired.catch(() => {});
  setTimeout(() => reject(new Error('timed out')), 5_000);
  const first = await load('a');
  return Promise.race([expired, save(first)]);
}`,
            },
          ],
        },
      ],
    },
    {
      // deploy hook: the rest of a destructured array waits while the first one is awaited
      code: `${decl}export async function warmAll(regions: string[]) {
  const [home, ...others] = regions.map((region) => load(region));
  const first = await home;
  return [first, ...(await Promise.all(others))];
}`,
      errors: [
        {
          messageId: 'rejectionWindow',
          data: { name: 'others', line: '5' },
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}export async function warmAll(regions: string[]) {
  const [home, ...others] = regions.map((region) => load(region));
  void Promise.allSettled(others);
  const first = await home;
  return [first, ...(await Promise.all(others))];
}`,
            },
          ],
        },
      ],
    },
    {
      // replicas: only the first of the rest is read
      code: `declare const nodes: { write(key: string): Promise<boolean> }[];
export async function put(key: string) {
  const [primary, ...replicas] = nodes.map((node) => node.write(key));
  return (await primary) && (await replicas[0]);
}`,
      errors: [
        {
          messageId: 'partlyObserved',
          data: { name: 'replicas', line: '4' },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `declare const nodes: { write(key: string): Promise<boolean> }[];
export async function put(key: string) {
  const [primary, ...replicas] = nodes.map((node) => node.write(key));
  void Promise.allSettled(replicas);
  return (await primary) && (await replicas[0]);
}`,
            },
          ],
        },
      ],
    },
    {
      // CI: a nested pattern, the second job waits while the first is awaited
      code: `${decl}declare function startPipeline(): { jobs: [Promise<number>, Promise<number>] };
export async function ci() {
  const { jobs: [build, test] } = startPipeline();
  await save(await build);
  await save(await test);
}`,
      errors: [
        {
          messageId: 'rejectionWindow',
          data: { name: 'test', line: '6' },
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'suggestHandleNow',
              output: `${decl}declare function startPipeline(): { jobs: [Promise<number>, Promise<number>] };
export async function ci() {
  const { jobs: [build, test] } = startPipeline();
  test.catch(() => {});
  await save(await build);
  await save(await test);
}`,
            },
          ],
        },
      ],
    },
  ],
});
