// expect: no-multiple-settle
// The deadline branch rejects without clearing the polling interval, so the interval keeps hitting the radar and later calls resolve on the already-rejected promise, leaking a timer that never stops.
export interface ConjunctionStatus {
  objectId: string;
  missDistanceKm: number;
  probability: number;
  cleared: boolean;
}

export interface RadarClient {
  status(objectId: string): Promise<ConjunctionStatus>;
}

export interface WatchOptions {
  pollMs: number;
  timeoutMs: number;
}

export class ConjunctionWatcher {
  private readonly watching = new Set<string>();
  private readonly history = new Map<string, ConjunctionStatus[]>();

  constructor(private readonly radar: RadarClient) {}

  samples(objectId: string): readonly ConjunctionStatus[] {
    return this.history.get(objectId) ?? [];
  }

  waitUntilCleared(objectId: string, opts: WatchOptions): Promise<ConjunctionStatus> {
    if (this.watching.has(objectId)) {
      return Promise.reject(new Error(`already watching ${objectId}`));
    }
    this.watching.add(objectId);
    this.history.set(objectId, []);

    return new Promise<ConjunctionStatus>((resolve, reject) => {
      let inFlight = false;

      const poll = setInterval(() => {
        if (inFlight) return;
        inFlight = true;
        this.radar.status(objectId).then(
          (status) => {
            inFlight = false;
            this.history.get(objectId)?.push(status);
            if (!status.cleared) return;
            clearInterval(poll);
            clearTimeout(deadline);
            this.watching.delete(objectId);
            resolve(status);
          },
          (err: unknown) => {
            inFlight = false;
            clearInterval(poll);
            clearTimeout(deadline);
            this.watching.delete(objectId);
            reject(err);
          },
        );
      }, opts.pollMs);

      const deadline = setTimeout(() => {
        this.watching.delete(objectId);
        const last = this.samples(objectId).at(-1);
        const miss = last ? `${last.missDistanceKm.toFixed(2)} km` : 'no samples';
        reject(new Error(`${objectId} still on conjunction course after ${opts.timeoutMs}ms (${miss})`));
      }, opts.timeoutMs);
    });
  }
}
