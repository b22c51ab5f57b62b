// expect: none
// The GPS poller checks signal.aborted before retrying and rethrows the AbortError, its backoff sleep takes the signal, and trackUntilFinish only absorbs the abort it raised itself on finish while the caller's abort still propagates.
import { setTimeout as sleep } from 'node:timers/promises';
import { EventEmitter } from 'node:events';

export interface TeamFix {
  bib: number;
  lat: number;
  lon: number;
  speedKmh: number;
  fixedAt: string;
}

export interface TrackerOptions {
  endpoint: string;
  raceId: string;
  everyMs: number;
  maxConsecutiveFailures: number;
}

export class RaceTracker extends EventEmitter {
  constructor(private readonly opts: TrackerOptions) {
    super();
  }

  private async fetchFixes(signal: AbortSignal): Promise<TeamFix[]> {
    const res = await fetch(`${this.opts.endpoint}/races/${this.opts.raceId}/fixes`, { signal });
    if (!res.ok) throw new Error(`tracking server returned ${res.status}`);
    return (await res.json()) as TeamFix[];
  }

  async run(signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (true) {
      try {
        const fixes = await this.fetchFixes(signal);
        failures = 0;
        this.emit('fixes', fixes);
        const stalled = fixes.filter((f) => f.speedKmh < 1);
        if (stalled.length > 0) this.emit('stalled', stalled.map((f) => f.bib));
      } catch (err) {
        if (signal.aborted) throw err;
        failures += 1;
        this.emit('warning', err);
        if (failures >= this.opts.maxConsecutiveFailures) {
          throw new Error(`lost tracking for race ${this.opts.raceId} after ${failures} failures`, { cause: err });
        }
      }
      const backoff = failures === 0 ? this.opts.everyMs : Math.min(this.opts.everyMs * 2 ** failures, 120_000);
      await sleep(backoff, undefined, { signal });
    }
  }
}

const ALL_FINISHED = Symbol('all-finished');

export async function trackUntilFinish(tracker: RaceTracker, finishers: number, signal: AbortSignal): Promise<number[]> {
  signal.throwIfAborted();
  const done = new AbortController();
  const onOuterAbort = () => done.abort(signal.reason);
  signal.addEventListener('abort', onOuterAbort, { once: true });

  const finished = new Set<number>();
  const onFixes = (fixes: TeamFix[]) => {
    for (const f of fixes) if (f.speedKmh === 0 && f.lat > 64.8) finished.add(f.bib);
    if (finished.size >= finishers) done.abort(ALL_FINISHED);
  };
  tracker.on('fixes', onFixes);

  try {
    await tracker.run(done.signal);
  } catch (err) {
    // only our own stop-on-finish abort ends normally; the caller's abort and real failures propagate
    if (signal.aborted || done.signal.reason !== ALL_FINISHED) throw err;
  } finally {
    tracker.off('fixes', onFixes);
    signal.removeEventListener('abort', onOuterAbort);
  }
  return [...finished];
}
