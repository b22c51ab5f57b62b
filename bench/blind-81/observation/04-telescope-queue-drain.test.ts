// expect: none
// drain() checks every allSettled status, and the test's early-started drain promise is awaited with no other await in between.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(length: number): void;
};

interface Observation {
  obsId: string;
  target: string;
  bandGHz: number;
  minutes: number;
}

interface DrainReport {
  scheduled: string[];
  failed: Array<{ obsId: string; reason: string }>;
}

type Scheduler = (obs: Observation) => Promise<string>;

class ObservationQueue {
  private readonly waiting: Observation[] = [];

  constructor(private readonly schedule: Scheduler) {}

  submit(obs: Observation): void {
    this.waiting.push(obs);
  }

  async drain(): Promise<DrainReport> {
    await Promise.resolve();
    const batch = this.waiting.splice(0);
    const outcomes = await Promise.allSettled(batch.map((obs) => this.schedule(obs)));
    const report: DrainReport = { scheduled: [], failed: [] };
    outcomes.forEach((outcome, index) => {
      if (outcome.status === 'fulfilled') {
        report.scheduled.push(outcome.value);
      } else {
        const reason = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
        report.failed.push({ obsId: batch[index].obsId, reason });
      }
    });
    return report;
  }
}

describe('radio telescope observation queue', () => {
  let calls: string[];
  let queue: ObservationQueue;

  beforeEach(() => {
    calls = [];
    queue = new ObservationQueue(async (obs) => {
      calls.push(obs.obsId);
      if (obs.bandGHz > 50) throw new Error(`receiver cannot reach ${obs.bandGHz} GHz`);
      return `slot-${obs.obsId}`;
    });
  });

  it('schedules every waiting observation in one drain', async () => {
    queue.submit({ obsId: 'o1', target: 'Cas A', bandGHz: 1.4, minutes: 30 });
    queue.submit({ obsId: 'o2', target: 'Sgr A*', bandGHz: 22, minutes: 90 });
    const report = await queue.drain();
    expect(report.scheduled).toEqual(['slot-o1', 'slot-o2']);
    expect(report.failed).toHaveLength(0);
  });

  it('reports observations the receiver cannot take without dropping the rest', async () => {
    queue.submit({ obsId: 'o3', target: 'Orion KL', bandGHz: 86, minutes: 45 });
    queue.submit({ obsId: 'o4', target: 'Crab', bandGHz: 5, minutes: 20 });
    const report = await queue.drain();
    expect(report.scheduled).toEqual(['slot-o4']);
    expect(report.failed).toEqual([{ obsId: 'o3', reason: 'receiver cannot reach 86 GHz' }]);
  });

  it('includes observations submitted in the same tick as the drain call', async () => {
    const draining = queue.drain();
    queue.submit({ obsId: 'o5', target: 'Vela', bandGHz: 0.4, minutes: 60 });
    const report = await draining;
    expect(report.scheduled).toEqual(['slot-o5']);
    expect(calls).toEqual(['o5']);
  });
});
