// expect: none
// Correct: the preheat loop hands the caller's signal to timers/promises setTimeout and to the probe read, and lets AbortError propagate.
import { setTimeout as sleep } from 'node:timers/promises';
import { EventEmitter } from 'node:events';

export interface OvenProbe {
  readCelsius(opts: { signal?: AbortSignal }): Promise<number>;
}

export interface PreheatProfile {
  targetCelsius: number;
  toleranceCelsius: number;
  pollMs: number;
  maxMinutes: number;
}

export class PreheatTimeoutError extends Error {
  constructor(
    readonly lastReading: number,
    readonly profile: PreheatProfile,
  ) {
    super(`oven reached ${lastReading}°C, wanted ${profile.targetCelsius}°C`);
    this.name = 'PreheatTimeoutError';
  }
}

export class DeckOvenController extends EventEmitter {
  private readings: number[] = [];

  constructor(
    private readonly deckId: string,
    private readonly probe: OvenProbe,
  ) {
    super();
  }

  get recentReadings(): readonly number[] {
    return this.readings.slice(-20);
  }

  async preheat(profile: PreheatProfile, signal?: AbortSignal): Promise<number> {
    const deadline = Date.now() + profile.maxMinutes * 60_000;
    let last = Number.NaN;
    let stableCount = 0;

    while (Date.now() < deadline) {
      last = await this.probe.readCelsius({ signal });
      this.readings.push(last);
      this.emit('reading', { deck: this.deckId, celsius: last });

      if (Math.abs(last - profile.targetCelsius) <= profile.toleranceCelsius) {
        stableCount += 1;
        // Stone decks lag the air probe; wait for three stable samples in a row.
        if (stableCount >= 3) {
          this.emit('ready', { deck: this.deckId, celsius: last });
          return last;
        }
      } else {
        stableCount = 0;
      }

      await sleep(profile.pollMs, undefined, { signal });
    }

    throw new PreheatTimeoutError(last, profile);
  }
}

export async function preheatAllDecks(
  controllers: DeckOvenController[],
  profile: PreheatProfile,
  signal: AbortSignal,
): Promise<Map<DeckOvenController, number>> {
  const out = new Map<DeckOvenController, number>();
  const settled = await Promise.allSettled(controllers.map((c) => c.preheat(profile, signal)));

  settled.forEach((s, i) => {
    if (s.status === 'fulfilled') {
      out.set(controllers[i], s.value);
    } else if (signal.aborted) {
      throw signal.reason;
    }
  });

  return out;
}
