// expect: none
// Promises handed to expect() are consumed with .resolves/.rejects and awaited; every other assertion uses awaited values.
interface Matchers<R> {
  toBe(expected: unknown): R;
  toEqual(expected: unknown): R;
  toHaveLength(n: number): R;
  toBeGreaterThan(n: number): R;
  toThrow(message?: string | RegExp): R;
}
interface Assertion extends Matchers<void> {
  not: Matchers<void>;
  resolves: Matchers<Promise<void>>;
  rejects: Matchers<Promise<void>>;
}
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => void | Promise<void>): void;
declare function beforeEach(fn: () => void | Promise<void>): void;
declare function expect(actual: unknown): Assertion;

interface Excursion {
  shipmentId: string;
  startedAt: number;
  peakC: number;
}

interface UploadSink {
  send(shipmentId: string, excursions: Excursion[]): Promise<number>;
}

class ColdChainMonitor {
  private open = new Map<string, Excursion>();
  private closed: Excursion[] = [];

  constructor(
    private readonly sink: UploadSink,
    private readonly rangeC: [number, number] = [2, 8],
  ) {}

  async record(shipmentId: string, tempC: number, at: number): Promise<void> {
    if (!Number.isFinite(tempC)) throw new Error(`invalid probe reading for ${shipmentId}`);
    const [lo, hi] = this.rangeC;
    const current = this.open.get(shipmentId);
    if (tempC < lo || tempC > hi) {
      if (current) current.peakC = Math.max(current.peakC, tempC);
      else this.open.set(shipmentId, { shipmentId, startedAt: at, peakC: tempC });
    } else if (current) {
      this.open.delete(shipmentId);
      this.closed.push(current);
    }
  }

  async excursions(shipmentId: string): Promise<Excursion[]> {
    return this.closed.filter((e) => e.shipmentId === shipmentId);
  }

  async upload(shipmentId: string): Promise<number> {
    const pending = await this.excursions(shipmentId);
    if (pending.length === 0) return 0;
    const accepted = await this.sink.send(shipmentId, pending);
    this.closed = this.closed.filter((e) => e.shipmentId !== shipmentId);
    return accepted;
  }
}

describe('ColdChainMonitor', () => {
  let sent: Excursion[][];
  let monitor: ColdChainMonitor;

  beforeEach(() => {
    sent = [];
    monitor = new ColdChainMonitor({
      async send(_id, excursions) {
        sent.push(excursions);
        return excursions.length;
      },
    });
  });

  it('closes an excursion when the vials come back into range', async () => {
    await monitor.record('VX-118', 5.1, 1_000);
    await monitor.record('VX-118', 9.4, 2_000);
    await monitor.record('VX-118', 11.2, 3_000);
    await monitor.record('VX-118', 6.0, 4_000);
    const found = await monitor.excursions('VX-118');
    expect(found).toHaveLength(1);
    expect(found[0].peakC).toBe(11.2);
  });

  it('uploads closed excursions and clears them', async () => {
    await monitor.record('VX-204', 1.2, 1_000);
    await monitor.record('VX-204', 4.0, 2_000);
    await expect(monitor.upload('VX-204')).resolves.toBe(1);
    expect(sent).toHaveLength(1);
    expect(await monitor.excursions('VX-204')).toEqual([]);
  });

  it('rejects probe glitches', async () => {
    await expect(monitor.record('VX-311', Number.NaN, 1_000)).rejects.toThrow(/invalid probe/);
  });
});
