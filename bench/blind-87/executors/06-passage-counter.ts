// expect: none
// The deferred is settled only through finish(), which is guarded by a flag, clears the timer and detaches the repeating 'passage' listener and the 'error' listener.
import type { EventEmitter } from 'node:events';

export interface Passage {
  tunnel: 'left' | 'right';
  species: 'salmon' | 'sea-trout' | 'lamprey' | 'eel' | 'unknown';
  lengthCm: number;
  at: number;
}

export class PassageCounter {
  constructor(private readonly pitTag: EventEmitter) {}

  /** Collect the next `n` fish through the ladder, or fail after `timeoutMs`. */
  waitForPassages(n: number, timeoutMs: number): Promise<Passage[]> {
    const { promise, resolve, reject } = Promise.withResolvers<Passage[]>();
    const seen: Passage[] = [];
    let done = false;

    const finish = (err?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      this.pitTag.off('passage', onPassage);
      this.pitTag.off('error', onError);
      if (err) reject(err);
      else resolve(seen);
    };

    const onPassage = (p: Passage) => {
      seen.push(p);
      if (seen.length >= n) finish();
    };
    const onError = (err: Error) => finish(err);
    const timer = setTimeout(
      () => finish(new Error(`only ${seen.length}/${n} passages within ${timeoutMs}ms`)),
      timeoutMs,
    );

    this.pitTag.on('passage', onPassage);
    this.pitTag.on('error', onError);
    return promise;
  }
}

export function speciesBreakdown(passages: Passage[]): Record<Passage['species'], number> {
  const out: Record<Passage['species'], number> = {
    salmon: 0,
    'sea-trout': 0,
    lamprey: 0,
    eel: 0,
    unknown: 0,
  };
  for (const p of passages) out[p.species] += 1;
  return out;
}

export async function sampleMigrationWindow(
  counter: PassageCounter,
  batches: number,
  batchSize = 25,
): Promise<Record<Passage['species'], number>[]> {
  const summaries: Record<Passage['species'], number>[] = [];
  for (let i = 0; i < batches; i++) {
    const passages = await counter.waitForPassages(batchSize, 30 * 60_000);
    summaries.push(speciesBreakdown(passages));
  }
  return summaries;
}
