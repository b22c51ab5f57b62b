// expect: none
// The `??` combines two promises (an in-flight cache entry or a fresh load) and the result is awaited before use; timer-set state is read only after awaiting the delay.
import { setTimeout as delay } from 'node:timers/promises';

export interface Split {
  bib: number;
  checkpoint: string;
  elapsedMs: number;
}

interface TimingProvider {
  splits(raceId: string, bib: number, signal: AbortSignal): Promise<Split[]>;
}

function formatElapsed(ms: number): string {
  const totalSec = ms / 1000;
  const min = Math.floor(totalSec / 60);
  const sec = (totalSec - min * 60).toFixed(1).padStart(4, '0');
  return `${min}:${sec}`;
}

export class SplitFeed {
  private inflight = new Map<number, Promise<Split[]>>();
  private lastPollAt: number | undefined;
  private stopped = false;

  constructor(
    private readonly raceId: string,
    private readonly provider: TimingProvider,
    private readonly pollMs = 2000,
  ) {}

  private load(bib: number): Promise<Split[]> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 4000);
    return this.provider.splits(this.raceId, bib, controller.signal).finally(() => {
      clearTimeout(timer);
      this.inflight.delete(bib);
    });
  }

  splitsFor(bib: number): Promise<Split[]> {
    // Coalesce concurrent requests for the same bib into one provider call.
    const pending = this.inflight.get(bib) ?? this.load(bib);
    this.inflight.set(bib, pending);
    return pending;
  }

  async caption(bib: number, checkpoint: string): Promise<string> {
    const splits = await this.splitsFor(bib);
    const hit = splits.find((s) => s.checkpoint === checkpoint);
    return hit ? `Bib ${bib} through ${checkpoint} in ${formatElapsed(hit.elapsedMs)}` : `Bib ${bib}: no time at ${checkpoint} yet`;
  }

  async watch(bibs: number[], onCaption: (text: string) => void): Promise<void> {
    while (!this.stopped) {
      const captions = await Promise.all(bibs.map((bib) => this.caption(bib, 'finish')));
      captions.forEach(onCaption);
      this.lastPollAt = Date.now();
      await delay(this.pollMs);
    }
  }

  async stop(graceMs = 500): Promise<number | undefined> {
    let flushedAt: number | undefined;
    setTimeout(() => {
      this.stopped = true;
      flushedAt = this.lastPollAt;
    }, graceMs);
    await delay(graceMs + 10);
    return flushedAt;
  }
}
