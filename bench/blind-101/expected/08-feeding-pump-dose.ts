// expect: no-reused-settled-promise
// On a transient pump fault the .catch handler waits and then returns the same `dose` promise that has already rejected, so the "retry" just re-delivers the old failure and the tank is never fed.
import { setTimeout as sleep } from 'node:timers/promises';

export interface FoodPump {
  dispense(tankId: string, ml: number): Promise<{ dispensedMl: number }>;
}

export class PumpFault extends Error {
  constructor(
    readonly tankId: string,
    readonly transient: boolean,
    message: string,
  ) {
    super(message);
    this.name = 'PumpFault';
  }
}

export interface FeedingEntry {
  tankId: string;
  food: 'mysis' | 'krill' | 'phyto' | 'pellet';
  ml: number;
}

export interface FeedLog {
  record(entry: FeedingEntry & { dispensedMl: number; at: Date }): void;
}

export class LiquidFeeder {
  constructor(
    private readonly pump: FoodPump,
    private readonly log: FeedLog,
    private readonly retryDelayMs = 3_000,
  ) {}

  feed(entry: FeedingEntry): Promise<number> {
    if (entry.ml <= 0 || entry.ml > 250) {
      return Promise.reject(new RangeError(`${entry.tankId}: dose of ${entry.ml} ml is out of range`));
    }

    const dose = this.pump.dispense(entry.tankId, entry.ml);
    return dose
      .catch(async (err: unknown) => {
        if (!(err instanceof PumpFault) || !err.transient) throw err;
        console.warn(`[feeder] ${entry.tankId}: ${err.message}; retrying once`);
        await sleep(this.retryDelayMs);
        return dose;
      })
      .then(({ dispensedMl }) => {
        this.log.record({ ...entry, dispensedMl, at: new Date() });
        return dispensedMl;
      });
  }

  async feedingRound(entries: FeedingEntry[]): Promise<{ fed: string[]; missed: string[] }> {
    const fed: string[] = [];
    const missed: string[] = [];
    for (const entry of entries) {
      try {
        await this.feed(entry);
        fed.push(entry.tankId);
      } catch (err) {
        missed.push(entry.tankId);
        console.error(`[feeder] ${entry.tankId} not fed`, err);
      }
    }
    return { fed, missed };
  }
}
