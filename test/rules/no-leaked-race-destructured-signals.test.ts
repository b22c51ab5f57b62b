import rule from '../../rules/no-leaked-race.js';
import { typedRuleTester } from '../rule-tester.js';

// A signal destructured from an options parameter (`const { mirrors, signal } = options`) is the
// caller's, as `options.signal` is: nothing aborts it when the race settles, so the losers keep
// running. A race that gives its contenders a controller of its own, aborted once it settles, is
// the look-alike.
typedRuleTester().run('no-leaked-race', rule, {
  valid: [
    // the race's own controller follows the caller's signal and is aborted once a mirror wins
    `declare function fetchCard(mirror: string, signal?: AbortSignal): Promise<string>;
interface MirrorOptions {
  mirrors: string[];
  signal?: AbortSignal;
}
export async function loadCard(options: MirrorOptions): Promise<string> {
  const { mirrors, signal } = options;
  const race = new AbortController();
  const follow = () => race.abort(signal?.reason);
  signal?.addEventListener('abort', follow, { once: true });
  try {
    return await Promise.any(mirrors.map((m) => fetchCard(m, race.signal)));
  } finally {
    signal?.removeEventListener('abort', follow);
    race.abort();
  }
}`,
  ],
  invalid: [
    // every mirror gets the caller's signal, which nothing aborts when one of them wins
    {
      code: `declare function fetchCard(mirror: string, signal?: AbortSignal): Promise<string>;
interface MirrorOptions {
  mirrors: string[];
  signal?: AbortSignal;
}
export async function loadCard(options: MirrorOptions): Promise<string> {
  const { mirrors, signal } = options;
  return await Promise.any(mirrors.map((m) => fetchCard(m, signal)));
}`,
      output: null,
      errors: [
        {
          messageId: 'unabortedWork',
          line: 8,
          column: 47,
          endLine: 8,
          endColumn: 67,
          suggestions: [],
        },
      ],
    },
  ],
});
