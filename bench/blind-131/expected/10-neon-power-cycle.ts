// expect: no-uncalled-async-function
// powerCycle's second .then returns the coolDown method instead of calling it, so the chain does not wait for the transformer to cool before closing the relay again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface MainsRelay {
  open(signId: string): Promise<void>;
  close(signId: string): Promise<void>;
  isOpen(signId: string): Promise<boolean>;
}

export interface Thermocouple {
  readCelsius(signId: string): Promise<number>;
}

export interface CycleRecord {
  signId: string;
  startedAt: string;
  finishedAt?: string;
}

export class SignPowerCycler {
  private readonly log: CycleRecord[] = [];

  constructor(
    private readonly relay: MainsRelay,
    private readonly sensor: Thermocouple,
    private readonly safeC = 45,
    private readonly pollMs = 2_000,
  ) {}

  private coolDown = async (signId: string): Promise<number> => {
    let peak = await this.sensor.readCelsius(signId);
    let current = peak;
    while (current > this.safeC) {
      await sleep(this.pollMs);
      current = await this.sensor.readCelsius(signId);
      peak = Math.max(peak, current);
    }
    return peak;
  };

  powerCycle(signId: string): Promise<CycleRecord> {
    const record: CycleRecord = { signId, startedAt: new Date().toISOString() };
    this.log.push(record);
    return this.relay
      .open(signId)
      .then(() => this.coolDown)
      .then(() => this.relay.close(signId))
      .then(() => {
        record.finishedAt = new Date().toISOString();
        return record;
      });
  }

  async cycleIfFlickering(signId: string, flickerHz: number): Promise<CycleRecord | null> {
    if (flickerHz < 2) return null;
    if (await this.relay.isOpen(signId)) {
      throw new Error(`sign ${signId} is already de-energised; check the relay before cycling`);
    }
    return this.powerCycle(signId);
  }

  history(signId?: string): CycleRecord[] {
    return signId ? this.log.filter((r) => r.signId === signId) : [...this.log];
  }
}
