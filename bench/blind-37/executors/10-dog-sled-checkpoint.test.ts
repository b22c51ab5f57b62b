// expect: no-multiple-settle
// nextArrival uses once('reading') but settles only for this musher's arrival/scratch, so any other reading leaves it pending forever.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

type Reading =
  | { kind: 'arrival'; musher: string; checkpoint: string; dogs: number; at: number }
  | { kind: 'departure'; musher: string; checkpoint: string; dogs: number; at: number }
  | { kind: 'scratch'; musher: string; checkpoint: string; reason: string; at: number };

class CheckpointTracker extends EventEmitter {
  private readonly log: Reading[] = [];

  record(reading: Reading): void {
    if (reading.kind !== 'scratch' && (reading.dogs < 6 || reading.dogs > 16)) {
      throw new RangeError(`team size ${reading.dogs} is outside race rules`);
    }
    this.log.push(reading);
    this.emit('reading', reading);
  }

  restHours(musher: string, checkpoint: string): number {
    const arrive = this.log.find((r) => r.kind === 'arrival' && r.musher === musher && r.checkpoint === checkpoint);
    const leave = this.log.find((r) => r.kind === 'departure' && r.musher === musher && r.checkpoint === checkpoint);
    return arrive && leave ? (leave.at - arrive.at) / 3600 : 0;
  }
}

function nextArrival(tracker: CheckpointTracker, musher: string): Promise<Extract<Reading, { kind: 'arrival' }>> {
  return new Promise((resolve, reject) => {
    tracker.once('reading', (reading: Reading) => {
      if (reading.musher !== musher) return;
      if (reading.kind === 'arrival') {
        resolve(reading);
      } else if (reading.kind === 'scratch') {
        reject(new Error(`${musher} scratched at ${reading.checkpoint}: ${reading.reason}`));
      }
    });
  });
}

describe('checkpoint tracker', () => {
  let tracker: CheckpointTracker;

  beforeEach(() => {
    tracker = new CheckpointTracker();
  });

  it('reports the arrival of the watched musher', async () => {
    const arrival = nextArrival(tracker, 'Aliy');
    tracker.record({ kind: 'arrival', musher: 'Aliy', checkpoint: 'Rainy Pass', dogs: 14, at: 7200 });
    const reading = await arrival;
    expect(reading.checkpoint).toBe('Rainy Pass');
    expect(reading.dogs).toBe(14);
  });

  it('rejects when the musher scratches', async () => {
    const arrival = nextArrival(tracker, 'Dallas');
    tracker.record({ kind: 'scratch', musher: 'Dallas', checkpoint: 'Takotna', reason: 'injured leader', at: 9000 });
    await expect(arrival).rejects.toThrow('scratched at Takotna');
  });

  it('computes mandatory rest from arrival and departure', async () => {
    const arrival = nextArrival(tracker, 'Jessie');
    tracker.record({ kind: 'arrival', musher: 'Jessie', checkpoint: 'Takotna', dogs: 12, at: 3600 });
    await arrival;
    tracker.record({ kind: 'departure', musher: 'Jessie', checkpoint: 'Takotna', dogs: 12, at: 3600 + 24 * 3600 });
    expect(tracker.restHours('Jessie', 'Takotna')).toBe(24);
  });

  it('refuses a team below the minimum size', () => {
    let error: unknown;
    try {
      tracker.record({ kind: 'departure', musher: 'Pete', checkpoint: 'Nome', dogs: 4, at: 0 });
    } catch (err) {
      error = err;
    }
    expect(error instanceof RangeError).toBe(true);
  });
});
