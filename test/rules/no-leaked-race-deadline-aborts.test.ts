import rule from '../../rules/no-leaked-race.js';
import { typedRuleTester } from '../rule-tester.js';

// Losers of a race stop only if the signal they were given is aborted when the race settles. An
// abort that runs only from a deadline timer (`setTimeout(() => ctrl.abort(), ms)`, cleared once
// a winner is in) or from the caller's abort listener passed on to the controller does not: the
// slower downloads keep running. An abort in `finally`, after the race, is the look-alike, and so is
// a timer that settles another contender of the race: its abort runs exactly when the work loses.
typedRuleTester().run('no-leaked-race', rule, {
  valid: [
    // the finally aborts the controller once a winner is in
    `declare function download(url: string, signal: AbortSignal): Promise<Uint8Array>;
export async function firstMirror(urls: string[], deadlineMs: number): Promise<Uint8Array> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(new Error('deadline passed')), deadlineMs);
  try {
    return await Promise.any(urls.map((url) => download(url, ctrl.signal)));
  } finally {
    clearTimeout(timer);
    ctrl.abort();
  }
}`,
    // the timer settles the other contender, so its abort runs exactly when the work loses
    `declare function acquire(key: string, options: { signal: AbortSignal }): Promise<string>;
export async function acquireWithin(key: string, ms: number): Promise<string> {
  const ac = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      ac.abort();
      reject(new Error(\`could not lock \${key} within \${ms} ms\`));
    }, ms);
  });
  try {
    return await Promise.race([acquire(key, { signal: ac.signal }), deadline]);
  } finally {
    clearTimeout(timer);
  }
}`,
  ],
  invalid: [
    // only the deadline aborts the controller, and the finally clears it
    {
      code: `declare function download(url: string, signal: AbortSignal): Promise<Uint8Array>;
export async function firstMirror(urls: string[], deadlineMs: number): Promise<Uint8Array> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(new Error('deadline passed')), deadlineMs);
  try {
    return await Promise.any(urls.map((url) => download(url, ctrl.signal)));
  } finally {
    clearTimeout(timer);
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'unabortedWork',
          line: 6,
          column: 48,
          endLine: 6,
          endColumn: 74,
          suggestions: [],
        },
      ],
    },
    // the controller only passes the caller's abort on
    {
      code: `declare function download(url: string, signal: AbortSignal): Promise<Uint8Array>;
export async function firstMirror(urls: string[], signal: AbortSignal): Promise<Uint8Array> {
  const ctrl = new AbortController();
  signal.addEventListener('abort', () => ctrl.abort(signal.reason), { once: true });
  return Promise.any(urls.map((url) => download(url, ctrl.signal)));
}`,
      output: null,
      errors: [
        {
          messageId: 'unabortedWork',
          line: 5,
          column: 40,
          endLine: 5,
          endColumn: 66,
          suggestions: [],
        },
      ],
    },
  ],
});
