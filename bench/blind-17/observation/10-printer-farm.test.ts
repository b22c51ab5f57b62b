// expect: none
// The async map callbacks are collected with Promise.all and awaited, and every expect(...).rejects is awaited.
import { setTimeout as delay } from 'node:timers/promises';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => void | Promise<void>): void;
declare function beforeEach(fn: () => void | Promise<void>): void;
declare function expect<T>(actual: T): {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  toThrow(expected?: string | RegExp): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface PrintJob {
  id: string;
  material: 'PLA' | 'PETG' | 'TPU';
  estMinutes: number;
}

type SendGcode = (printerId: string, job: PrintJob) => Promise<void>;

class PrinterFarm {
  private queues = new Map<string, PrintJob[]>();
  readonly completed: string[] = [];

  constructor(
    printerIds: string[],
    private readonly send: SendGcode,
  ) {
    for (const id of printerIds) this.queues.set(id, []);
  }

  enqueue(job: PrintJob): string {
    // Least-loaded printer by total estimated minutes.
    let best: string | undefined;
    let bestLoad = Infinity;
    for (const [id, q] of this.queues) {
      const load = q.reduce((sum, j) => sum + j.estMinutes, 0);
      if (load < bestLoad) {
        best = id;
        bestLoad = load;
      }
    }
    if (!best) throw new Error('farm has no printers');
    this.queues.get(best)!.push(job);
    return best;
  }

  async drainAll(): Promise<void> {
    await Promise.all(
      [...this.queues.entries()].map(async ([printerId, queue]) => {
        while (queue.length > 0) {
          const job = queue.shift()!;
          await this.send(printerId, job);
          this.completed.push(job.id);
        }
      }),
    );
  }
}

describe('PrinterFarm', () => {
  let sent: Array<[string, string]>;
  let farm: PrinterFarm;

  beforeEach(() => {
    sent = [];
    farm = new PrinterFarm(['mk4-a', 'mk4-b', 'mk4-c'], async (printerId, job) => {
      await delay(job.estMinutes);
      sent.push([printerId, job.id]);
    });
  });

  it('spreads jobs across the least-loaded printers', () => {
    const placements = ['j1', 'j2', 'j3'].map((id) => farm.enqueue({ id, material: 'PLA', estMinutes: 30 }));
    expect(new Set(placements).size).toBe(3);
  });

  it('drains every queue before resolving', async () => {
    for (let i = 0; i < 7; i++) {
      farm.enqueue({ id: `bracket-${i}`, material: 'PETG', estMinutes: 5 + i });
    }
    await farm.drainAll();
    expect(sent).toHaveLength(7);
    expect([...farm.completed].sort()).toEqual(Array.from({ length: 7 }, (_, i) => `bracket-${i}`).sort());
  });

  it('surfaces a printer fault from drainAll', async () => {
    const faulty = new PrinterFarm(['mini-1'], async (_printerId, job) => {
      await delay(1);
      if (job.material === 'TPU') throw new Error('extruder jam on mini-1');
    });
    faulty.enqueue({ id: 'gasket', material: 'TPU', estMinutes: 12 });
    await expect(faulty.drainAll()).rejects.toThrow(/extruder jam/);
  });

  it('refuses jobs when no printers are registered', () => {
    const empty = new PrinterFarm([], async () => {});
    expect(() => empty.enqueue({ id: 'x', material: 'PLA', estMinutes: 1 })).toThrow('farm has no printers');
  });
});
