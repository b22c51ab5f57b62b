import rule from '../../rules/no-leaked-race.js';
import { typedRuleTester } from '../rule-tester.js';

// A race contender that waits for the `abort` of a signal the function was handed
// (`new Promise((_, reject) => signal.addEventListener('abort', …, { once: true }))`) leaves its
// listener on the signal when it loses: `{ once: true }` removes it only once it ran. When the
// file calls the racing function again and again with the same signal (a show loop), the
// listeners pile up until the signal aborts. Taking the listener off once the race settles, or a
// caller that races once, is the look-alike.
typedRuleTester().run('no-leaked-race', rule, {
  valid: [
    // the listener is taken off in finally
    `declare function nextCue(): Promise<string>;
export async function cueOrAbort(signal: AbortSignal): Promise<string> {
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([nextCue(), aborted]);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}
export async function runShow(signal: AbortSignal): Promise<void> {
  while (!signal.aborted) console.log(await cueOrAbort(signal));
}`,
    // raced once per signal, which the caller makes for that one wait
    `declare function nextCue(): Promise<string>;
function cueOrAbort(signal: AbortSignal): Promise<string> {
  const aborted = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  return Promise.race([nextCue(), aborted]);
}
export async function firstCue(timeoutMs: number): Promise<string> {
  return cueOrAbort(AbortSignal.timeout(timeoutMs));
}`,
  ],
  invalid: [
    // every cue of the show adds one more abort listener to the show's signal
    {
      code: `interface Cue {
  id: string;
}
interface CueSource {
  next(): Promise<Cue>;
}
export class CueRunner {
  constructor(private readonly source: CueSource) {}
  nextCue(signal: AbortSignal): Promise<Cue> {
    const aborted = new Promise<never>((_, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
    return Promise.race([this.source.next(), aborted]);
  }
  async runShow(signal: AbortSignal): Promise<number> {
    let done = 0;
    while (!signal.aborted) {
      await this.nextCue(signal);
      done++;
    }
    return done;
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'leakedListeners',
          line: 13,
          column: 46,
          endLine: 13,
          endColumn: 53,
          suggestions: [],
        },
      ],
    },
  ],
});
