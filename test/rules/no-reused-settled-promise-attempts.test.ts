// Attempts started once before a retry loop, polls whose only changing state is a tally, and callbacks a poll
// helper calls again and again.
import rule from '../../rules/no-reused-settled-promise.js';
import { typedRuleTester } from '../rule-tester.js';

typedRuleTester().run('no-reused-settled-promise', rule, {
  valid: [
    // a timeout wrapper given a fresh sample on every attempt
    `declare const anemometer: { sample(shaft: string): Promise<number> };
function timeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(\`timed out after \${ms}ms\`)), ms);
  });
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer));
}
export async function sampleWithRetry(shaft: string, attempts = 3): Promise<number> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await timeout(anemometer.sample(shaft), 2000);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}`,
    // a token awaited as a gate before each new request: success is decided by the request's response
    `declare function sleep(ms: number): Promise<void>;
export async function sendWithRetry(
  url: string,
  token: Promise<string>,
  report: (attempt: number, status: number) => Promise<void>,
): Promise<Response> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const auth = await token;
      const res = await fetch(url, { headers: { authorization: auth } });
      await report(attempt, res.status);
      if (res.ok) return res;
    } catch {
      await report(attempt, 0);
    }
    await sleep(250 * attempt);
  }
  throw new Error('gave up');
}`,
    // each attempt starts its own request: the same retry loop, with the call in the `try`
    `declare function post(body: string): Promise<Response>;
declare function record(status: number): Promise<void>;
declare function sleep(ms: number): Promise<void>;
export async function deliver(body: string, maxAttempts = 5): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    let res: Response;
    try {
      res = await post(body);
    } catch {
      if (attempt >= maxAttempts) return false;
      await sleep(250 * 2 ** attempt);
      continue;
    }
    await record(res.status);
    return true;
  }
}`,
    // a gate awaited before each item, whose `catch` leaves the loop: no second attempt on it
    `declare function connect(): Promise<void>;
declare function send(item: string): Promise<void>;
export async function deliverAll(items: string[]): Promise<boolean> {
  const ready = connect();
  for (const item of items) {
    try {
      await ready;
    } catch {
      return false;
    }
    await send(item);
  }
  return true;
}`,
    // a gate awaited for its settling alone, then the real request on every attempt
    `declare function connect(): Promise<{ url: string }>;
declare function post(url: string, body: string): Promise<number>;
export async function deliver(body: string): Promise<number> {
  const ready = connect();
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await ready;
      return await post('https://hooks.example', body);
    } catch (error) {
      console.warn('retrying', error);
    }
  }
  throw new Error('gave up');
}`,
    // the request is started anew on every attempt
    `declare function post(body: string): Promise<number>;
declare const log: { record(entry: { attempt: number; status: number | string }): Promise<void> };
export async function deliver(body: string): Promise<boolean> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const inFlight = post(body);
    try {
      const status = await inFlight;
      await log.record({ attempt, status });
      return true;
    } catch (error) {
      await log.record({ attempt, status: String(error) });
    }
  }
  return false;
}`,
    // an index that moves on only when a step is done: the loop's work, not a tally
    `import { setTimeout as sleep } from 'node:timers/promises';
declare const emr: { describe(id: string): Promise<{ state: 'RUNNING' | 'DONE' | 'FAILED' }> };
export async function waitDone(ids: string[]): Promise<void> {
  const started = emr.describe(ids[0]!);
  let index = 0;
  while (index < ids.length) {
    await started;
    const step = await emr.describe(ids[index]!);
    if (step.state === 'DONE') index++;
    await sleep(1_000);
  }
}`,
    // fresh requests in each call of the callback, a gate whose value is not returned, and a helper that calls its callback once
    `import { setTimeout as sleep } from 'node:timers/promises';
async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(200);
  }
  throw new Error('timed out');
}
async function once(check: () => Promise<boolean>): Promise<boolean> {
  return check();
}
export async function waitHealthy(base: string, ready: Promise<void>): Promise<boolean> {
  const config = fetch(\`\${base}/config\`);
  await waitUntil(async () => (await fetch(\`\${base}/healthz\`)).ok);
  await waitUntil(async () => {
    await ready;
    return (await fetch(\`\${base}/healthz\`)).ok;
  });
  return once(async () => (await config).ok);
}`,
  ],
  invalid: [
    // a timeout wrapper (it takes a promise and returns one) handed the same sample on every attempt: awaiting the wrapper awaits that sample again
    {
      code: `declare const anemometer: { sample(shaft: string): Promise<number> };
function timeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(\`timed out after \${ms}ms\`)), ms);
  });
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer));
}
export async function sampleWithRetry(shaft: string, attempts = 3): Promise<number> {
  const reading = anemometer.sample(shaft);
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await timeout(reading, 2000);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}`,
      output: null,
      errors: [
        {
          messageId: 'retriedSettledPromise',
          line: 14,
          column: 28,
          endLine: 14,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'suggestFactoryLocal',
              output: `declare const anemometer: { sample(shaft: string): Promise<number> };
function timeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(\`timed out after \${ms}ms\`)), ms);
  });
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer));
}
export async function sampleWithRetry(shaft: string, attempts = 3): Promise<number> {
  const reading = () => anemometer.sample(shaft);
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await timeout(reading(), 2000);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}`,
            },
          ],
        },
      ],
    },
    // the attempt returns the awaited receipt itself: recording it on the way is no new attempt
    {
      code: `declare const gateway: { send(to: string): Promise<{ id: string }> };
declare const store: { record(id: string): Promise<void> };
declare function sleep(ms: number): Promise<void>;
export async function deliver(to: string): Promise<{ id: string }> {
  const delivery = gateway.send(to);
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const receipt = await delivery;
      await store.record(receipt.id);
      return receipt;
    } catch {
      await sleep(500 * attempt);
    }
  }
  throw new Error(\`could not deliver to \${to}\`);
}`,
      errors: [
        {
          messageId: 'retriedSettledPromise',
          line: 8,
          column: 29,
          endLine: 8,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'suggestFactoryLocal',
              data: { name: 'delivery' },
              output: `declare const gateway: { send(to: string): Promise<{ id: string }> };
declare const store: { record(id: string): Promise<void> };
declare function sleep(ms: number): Promise<void>;
export async function deliver(to: string): Promise<{ id: string }> {
  const delivery = () => gateway.send(to);
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const receipt = await delivery();
      await store.record(receipt.id);
      return receipt;
    } catch {
      await sleep(500 * attempt);
    }
  }
  throw new Error(\`could not deliver to \${to}\`);
}`,
            },
          ],
        },
      ],
    },
    // the response of one request decides whether the attempt succeeded; reporting it in between changes nothing
    {
      code: `declare function sleep(ms: number): Promise<void>;
export async function sendWithRetry(
  request: Promise<Response>,
  report: (attempt: number, status: number) => Promise<void>,
): Promise<Response> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const res = await request;
      await report(attempt, res.status);
      if (res.ok) return res;
    } catch {
      await report(attempt, 0);
    }
    await sleep(250 * attempt);
  }
  throw new Error('gave up');
}`,
      errors: [
        {
          messageId: 'retriedSettledPromise',
          line: 8,
          column: 25,
          endLine: 8,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'suggestFactoryParameter',
              data: { name: 'request' },
              output: `declare function sleep(ms: number): Promise<void>;
export async function sendWithRetry(
  request: () => Promise<Response>,
  report: (attempt: number, status: number) => Promise<void>,
): Promise<Response> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const res = await request();
      await report(attempt, res.status);
      if (res.ok) return res;
    } catch {
      await report(attempt, 0);
    }
    await sleep(250 * attempt);
  }
  throw new Error('gave up');
}`,
            },
          ],
        },
      ],
    },
    // a retry loop whose success leaves through the code after the `try`, and whose `catch` continues
    {
      code: `declare function post(body: string): Promise<Response>;
declare function record(status: number): Promise<void>;
declare function sleep(ms: number): Promise<void>;
export async function deliver(body: string, maxAttempts = 5): Promise<boolean> {
  const request = post(body);
  for (let attempt = 1; ; attempt++) {
    let res: Response;
    try {
      res = await request;
    } catch {
      if (attempt >= maxAttempts) return false;
      await sleep(250 * 2 ** attempt);
      continue;
    }
    await record(res.status);
    return true;
  }
}`,
      errors: [
        {
          messageId: 'retriedSettledPromise',
          line: 9,
          column: 19,
          endLine: 9,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'suggestFactoryLocal',
              data: { name: 'request' },
              output: `declare function post(body: string): Promise<Response>;
declare function record(status: number): Promise<void>;
declare function sleep(ms: number): Promise<void>;
export async function deliver(body: string, maxAttempts = 5): Promise<boolean> {
  const request = () => post(body);
  for (let attempt = 1; ; attempt++) {
    let res: Response;
    try {
      res = await request();
    } catch {
      if (attempt >= maxAttempts) return false;
      await sleep(250 * 2 ** attempt);
      continue;
    }
    await record(res.status);
    return true;
  }
}`,
            },
          ],
        },
      ],
    },
    // the request is started once, right before the retry loop, and its status kept: later awaits record it, they are not the retried work
    {
      code: `declare function post(body: string): Promise<number>;
declare const log: { record(entry: { attempt: number; status: number | string }): Promise<void> };
export async function deliver(body: string): Promise<boolean> {
  const inFlight = post(body);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const status = await inFlight;
      await log.record({ attempt, status });
      return true;
    } catch (error) {
      await log.record({ attempt, status: String(error) });
    }
  }
  return false;
}`,
      errors: [
        {
          messageId: 'retriedSettledPromise',
          line: 7,
          column: 28,
          endLine: 7,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'suggestFactoryLocal',
              data: { name: 'inFlight' },
              output: `declare function post(body: string): Promise<number>;
declare const log: { record(entry: { attempt: number; status: number | string }): Promise<void> };
export async function deliver(body: string): Promise<boolean> {
  const inFlight = () => post(body);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const status = await inFlight();
      await log.record({ attempt, status });
      return true;
    } catch (error) {
      await log.record({ attempt, status: String(error) });
    }
  }
  return false;
}`,
            },
          ],
        },
      ],
    },
    // a poll whose only per-turn state is a tally read for a progress log
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
declare const emr: { describe(id: string): Promise<{ state: 'RUNNING' | 'DONE' | 'FAILED' }> };
export async function waitDone(id: string): Promise<void> {
  const describe = emr.describe(id);
  let polls = 0;
  while (polls < 100) {
    polls++;
    const step = await describe;
    if (step.state === 'DONE') return;
    if (step.state === 'FAILED') throw new Error(\`step \${id} failed\`);
    if (polls % 10 === 0) console.info(\`still waiting for \${id} after \${polls} polls\`);
    await sleep(1_000);
  }
}`,
      errors: [
        {
          messageId: 'polledSettledPromise',
          line: 8,
          column: 24,
          endLine: 8,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'suggestFactoryLocal',
              data: { name: 'describe' },
              output: `import { setTimeout as sleep } from 'node:timers/promises';
declare const emr: { describe(id: string): Promise<{ state: 'RUNNING' | 'DONE' | 'FAILED' }> };
export async function waitDone(id: string): Promise<void> {
  const describe = () => emr.describe(id);
  let polls = 0;
  while (polls < 100) {
    polls++;
    const step = await describe();
    if (step.state === 'DONE') return;
    if (step.state === 'FAILED') throw new Error(\`step \${id} failed\`);
    if (polls % 10 === 0) console.info(\`still waiting for \${id} after \${polls} polls\`);
    await sleep(1_000);
  }
}`,
            },
          ],
        },
      ],
    },
    // a health check started once and awaited by the callback a poll helper calls again and again
    {
      code: `import { setTimeout as sleep } from 'node:timers/promises';
async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error('timed out');
}
export async function waitHealthy(base: string): Promise<void> {
  const health = fetch(\`\${base}/healthz\`);
  await waitUntil(async () => (await health).ok);
}`,
      errors: [
        {
          messageId: 'polledSettledPromise',
          line: 16,
          column: 38,
          endLine: 16,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'suggestFactoryLocal',
              data: { name: 'health' },
              output: `import { setTimeout as sleep } from 'node:timers/promises';
async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error('timed out');
}
export async function waitHealthy(base: string): Promise<void> {
  const health = () => fetch(\`\${base}/healthz\`);
  await waitUntil(async () => (await health()).ok);
}`,
            },
          ],
        },
      ],
    },
  ],
});
