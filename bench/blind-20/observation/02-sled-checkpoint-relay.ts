// expect: no-floating-promises
// notifyArrivals uses forEach with an async callback, so every notifier.push promise is dropped and its rejection goes unobserved.
import { EventEmitter } from 'node:events';

export interface Arrival {
  bib: number;
  musher: string;
  dogsIn: number;
  checkpoint: string;
  arrivedAt: Date;
}

declare const notifier: {
  push(channel: string, payload: Record<string, unknown>): Promise<void>;
};

declare const raceLog: {
  append(entry: Arrival): Promise<number>;
};

const MIN_DOGS = 6;

export class CheckpointRelay extends EventEmitter {
  private pending: Arrival[] = [];
  private seen = new Set<string>();

  constructor(
    private readonly checkpoint: string,
    private readonly raceId: string,
  ) {
    super();
  }

  record(bib: number, musher: string, dogsIn: number): Arrival | undefined {
    const key = `${bib}:${this.checkpoint}`;
    if (this.seen.has(key)) return undefined;
    this.seen.add(key);

    const arrival: Arrival = {
      bib,
      musher,
      dogsIn,
      checkpoint: this.checkpoint,
      arrivedAt: new Date(),
    };
    this.pending.push(arrival);
    this.emit('arrival', arrival);
    if (dogsIn < MIN_DOGS) this.emit('scratch-risk', arrival);
    return arrival;
  }

  async flush(): Promise<number> {
    const batch = this.pending;
    this.pending = [];

    for (const arrival of batch) {
      await raceLog.append(arrival);
    }
    this.notifyArrivals(batch);
    return batch.length;
  }

  private notifyArrivals(batch: Arrival[]): void {
    batch.forEach(async (arrival) => {
      await notifier.push(`race/${this.raceId}/checkpoints`, {
        bib: arrival.bib,
        musher: arrival.musher,
        checkpoint: arrival.checkpoint,
        dogs: arrival.dogsIn,
        at: arrival.arrivedAt.toISOString(),
      });
    });
  }
}

export function startRelay(checkpoint: string, raceId: string, flushEveryMs = 30_000) {
  const relay = new CheckpointRelay(checkpoint, raceId);
  const timer = setInterval(() => {
    relay.flush().catch((err) => relay.emit('error', err));
  }, flushEveryMs);
  timer.unref();
  return {
    relay,
    stop: () => clearInterval(timer),
  };
}
