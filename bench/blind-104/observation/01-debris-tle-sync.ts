// expect: none
// The per-object async callbacks from ids.map are collected by an awaited Promise.all and the timer-driven refresh attaches a rejection handler that reports to 'error', so no promise is started and dropped.
import { EventEmitter } from 'node:events';

export interface TwoLineElement {
  noradId: number;
  line1: string;
  line2: string;
  epoch: string;
}

export interface SpaceTrackClient {
  latestTle(noradId: number): Promise<TwoLineElement>;
}

export interface TleStore {
  get(noradId: number): TwoLineElement | undefined;
  put(tle: TwoLineElement): Promise<void>;
}

export class TleCatalogSync extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly client: SpaceTrackClient,
    private readonly store: TleStore,
    private readonly tracked: number[],
  ) {
    super();
  }

  start(everyMs: number): void {
    this.stop();
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = true;
      this.refresh().then(
        (changed) => {
          this.running = false;
          this.emit('synced', changed);
        },
        (err: unknown) => {
          this.running = false;
          this.emit('error', err);
        },
      );
    }, everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  async refresh(): Promise<number[]> {
    const changed: number[] = [];
    await Promise.all(
      this.tracked.map(async (noradId) => {
        const tle = await this.client.latestTle(noradId);
        const known = this.store.get(noradId);
        if (known?.epoch === tle.epoch) return;
        await this.store.put(tle);
        changed.push(noradId);
      }),
    );
    return changed.sort((a, b) => a - b);
  }
}
