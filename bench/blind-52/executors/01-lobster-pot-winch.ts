// expect: no-multiple-settle
// The haul callback rejects on error but falls through to resolve(), which then parses an undefined reading.
import { EventEmitter } from 'node:events';

export interface PotReading {
  potId: string;
  weightKg: number;
  lineTensionN: number;
  surfacedAt: Date;
}

interface RawWinchFrame {
  pot: string;
  load_g: number;
  tension_n: number;
  ts: number;
}

declare const winchBus: {
  haul(potId: string, speed: number, cb: (err: Error | null, frame?: RawWinchFrame) => void): void;
  stop(): void;
};

declare const deckLog: {
  record(entry: { potId: string; event: string; detail?: string }): Promise<void>;
};

const MAX_LINE_TENSION_N = 4200;
const DEFAULT_SPEED = 0.6;

export class HaulTooHeavyError extends Error {
  constructor(readonly potId: string, readonly tension: number) {
    super(`pot ${potId} exceeded safe line tension (${tension} N)`);
    this.name = 'HaulTooHeavyError';
  }
}

function toReading(frame: RawWinchFrame): PotReading {
  return {
    potId: frame.pot,
    weightKg: Math.round(frame.load_g / 10) / 100,
    lineTensionN: frame.tension_n,
    surfacedAt: new Date(frame.ts),
  };
}

function haulPot(potId: string, speed = DEFAULT_SPEED): Promise<PotReading> {
  return new Promise<PotReading>((resolve, reject) => {
    winchBus.haul(potId, speed, (err, frame) => {
      if (err) {
        winchBus.stop();
        reject(err);
      }
      resolve(toReading(frame as RawWinchFrame));
    });
  });
}

export class StringHauler extends EventEmitter {
  private hauled: PotReading[] = [];

  constructor(private readonly vessel: string) {
    super();
  }

  get catchSoFar(): readonly PotReading[] {
    return this.hauled;
  }

  async haulString(potIds: readonly string[]): Promise<PotReading[]> {
    for (const potId of potIds) {
      const reading = await haulPot(potId);
      if (reading.lineTensionN > MAX_LINE_TENSION_N) {
        await deckLog.record({ potId, event: 'overload', detail: String(reading.lineTensionN) });
        throw new HaulTooHeavyError(potId, reading.lineTensionN);
      }
      this.hauled.push(reading);
      this.emit('pot', reading);
      await deckLog.record({ potId, event: 'landed', detail: `${reading.weightKg}kg on ${this.vessel}` });
    }
    return this.hauled;
  }

  totalWeightKg(): number {
    return this.hauled.reduce((sum, r) => sum + r.weightKg, 0);
  }

  reset(): void {
    this.hauled = [];
  }
}

export async function haulWithSlowRetry(potId: string): Promise<PotReading> {
  try {
    return await haulPot(potId);
  } catch (err) {
    await deckLog.record({ potId, event: 'retry-slow', detail: String(err) });
    return haulPot(potId, DEFAULT_SPEED / 2);
  }
}
