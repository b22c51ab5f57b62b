// expect: none
// Values set in event listeners are read only after `await once(...)`, and the one promise passed to expect() goes through `.resolves`.
import { EventEmitter, once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void> };
};

type Segment = { rampPerHour: number; target: number; holdMinutes: number };

class KilnController extends EventEmitter {
  private temp: number;

  constructor(startTemp = 20, private readonly tickMs = 1) {
    super();
    this.temp = startTemp;
  }

  async currentTemp(): Promise<number> {
    return this.temp;
  }

  async run(schedule: Segment[]): Promise<void> {
    for (const [index, seg] of schedule.entries()) {
      const step = Math.sign(seg.target - this.temp) * Math.max(1, seg.rampPerHour / 60);
      while (Math.abs(seg.target - this.temp) > Math.abs(step)) {
        this.temp += step;
        await new Promise((r) => setTimeout(r, this.tickMs));
      }
      this.temp = seg.target;
      this.emit('segment', { index, temp: this.temp });
    }
    this.emit('complete', { finalTemp: this.temp });
  }
}

const annealSchedule: Segment[] = [
  { rampPerHour: 6000, target: 482, holdMinutes: 60 },
  { rampPerHour: 3000, target: 371, holdMinutes: 0 },
];

describe('KilnController', () => {
  it('reports each segment as it finishes', async () => {
    const kiln = new KilnController();
    const seen: number[] = [];
    kiln.on('segment', (e: { index: number }) => seen.push(e.index));

    const done = once(kiln, 'complete');
    void kiln.run(annealSchedule);
    const [summary] = (await done) as [{ finalTemp: number }];

    expect(seen).toEqual([0, 1]);
    expect(summary.finalTemp).toBe(371);
  });

  it('ends at the last segment target', async () => {
    const kiln = new KilnController(25);
    let peak = 0;
    kiln.on('segment', (e: { temp: number }) => {
      peak = Math.max(peak, e.temp);
    });

    await kiln.run(annealSchedule);

    expect(peak).toBeGreaterThan(400);
    await expect(kiln.currentTemp()).resolves.toBe(371);
    expect(await kiln.currentTemp()).toBe(371);
  });
});
