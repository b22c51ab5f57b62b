// expect: none
// Every wait here observes the caller's signal: events.once and events.on get { signal }, the rest timer uses a cancellable timers/promises sleep, and the abort surfaces as an AbortError to the caller instead of leaving a listener behind.
import { EventEmitter, on, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface CheckIn {
  bib: number;
  checkpoint: string;
  dogsIn: number;
  at: number;
}

export interface Ping {
  bib: number;
  lat: number;
  lon: number;
  kmFromStart: number;
  atFinish: boolean;
}

export interface RestRule {
  checkpoint: string;
  mandatoryRestMs: number;
}

export class CheckpointWatcher {
  constructor(
    private readonly radio: EventEmitter,
    private readonly rules: RestRule[],
  ) {}

  async waitForTeam(bib: number, checkpoint: string, signal: AbortSignal): Promise<CheckIn> {
    for (;;) {
      const [checkIn] = (await once(this.radio, 'check-in', { signal })) as [CheckIn];
      if (checkIn.bib === bib && checkIn.checkpoint === checkpoint) return checkIn;
    }
  }

  async enforceRest(checkIn: CheckIn, signal: AbortSignal): Promise<number> {
    const rule = this.rules.find((r) => r.checkpoint === checkIn.checkpoint);
    if (!rule) return checkIn.at;
    const remaining = checkIn.at + rule.mandatoryRestMs - Date.now();
    if (remaining > 0) await sleep(remaining, undefined, { signal });
    this.radio.emit('released', { bib: checkIn.bib, checkpoint: checkIn.checkpoint });
    return Date.now();
  }

  async trackToFinish(bib: number, signal: AbortSignal, onPing: (p: Ping) => void): Promise<Ping> {
    for await (const [ping] of on(this.radio, 'ping', { signal }) as AsyncIterableIterator<[Ping]>) {
      if (ping.bib !== bib) continue;
      onPing(ping);
      if (ping.atFinish) return ping;
    }
    throw new Error(`radio feed ended before bib ${bib} finished`);
  }

  async runCheckpoint(bib: number, checkpoint: string, signal: AbortSignal): Promise<{ arrived: number; released: number }> {
    const checkIn = await this.waitForTeam(bib, checkpoint, signal);
    if (checkIn.dogsIn < 5) {
      this.radio.emit('scratch-warning', { bib, dogsIn: checkIn.dogsIn });
    }
    const released = await this.enforceRest(checkIn, signal);
    return { arrived: checkIn.at, released };
  }
}
