// expect: none
// Functions are passed only where callbacks are expected (map, subscribe, mockImplementation, rejects on a called promise); every promise is awaited.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledTimes(n: number): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};
declare const vi: {
  fn<A extends unknown[], R>(impl?: (...args: A) => R): ((...args: A) => R) & {
    mock: { calls: A[] };
    mockImplementation(impl: (...args: A) => R): void;
  };
};

interface SensorSample {
  sensorId: string;
  kind: 'proximity' | 'accelerometer' | 'brake-fin' | 'lap-bar';
  value: number;
}

type SampleHandler = (sample: SensorSample) => void;

class BlockZoneMonitor {
  private readonly handlers: SampleHandler[] = [];
  readonly occupied = new Set<string>();

  constructor(private readonly readSensor: (sensorId: string) => Promise<SensorSample>) {}

  subscribe(handler: SampleHandler): () => void {
    this.handlers.push(handler);
    return () => this.handlers.splice(this.handlers.indexOf(handler), 1);
  }

  async poll(sensorIds: string[]): Promise<SensorSample[]> {
    const samples = await Promise.all(sensorIds.map(this.readSensor));
    for (const sample of samples) {
      if (sample.kind === 'proximity') {
        if (sample.value > 0.5) this.occupied.add(sample.sensorId);
        else this.occupied.delete(sample.sensorId);
      }
      for (const handler of this.handlers) handler(sample);
    }
    return samples;
  }

  async dispatchAllowed(nextBlock: string): Promise<boolean> {
    const [sample] = await this.poll([nextBlock]);
    if (sample.kind !== 'proximity') throw new Error(`${nextBlock} is not a block sensor`);
    return !this.occupied.has(nextBlock);
  }
}

describe('BlockZoneMonitor', () => {
  const table: Record<string, SensorSample> = {
    'block-1': { sensorId: 'block-1', kind: 'proximity', value: 0 },
    'block-2': { sensorId: 'block-2', kind: 'proximity', value: 1 },
    'lapbar-7': { sensorId: 'lapbar-7', kind: 'lap-bar', value: 1 },
  };
  let read: ReturnType<typeof vi.fn<[string], Promise<SensorSample>>>;
  let monitor: BlockZoneMonitor;

  beforeEach(() => {
    read = vi.fn(async (id: string) => {
      const sample = table[id];
      if (!sample) throw new Error(`unknown sensor ${id}`);
      return sample;
    });
    monitor = new BlockZoneMonitor(read);
  });

  it('reads every sensor once per poll', async () => {
    await monitor.poll(['block-1', 'block-2', 'lapbar-7']);
    expect(read).toHaveBeenCalledTimes(3);
    expect([...monitor.occupied]).toEqual(['block-2']);
  });

  it('notifies subscribers with each sample', async () => {
    const seen = vi.fn((sample: SensorSample) => sample.sensorId);
    const unsubscribe = monitor.subscribe(seen);
    await monitor.poll(['block-1']);
    unsubscribe();
    await monitor.poll(['block-1']);
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('blocks dispatch into an occupied zone', async () => {
    expect(await monitor.dispatchAllowed('block-1')).toBe(true);
    expect(await monitor.dispatchAllowed('block-2')).toBe(false);
  });

  it('refuses to treat a lap bar as a block sensor', async () => {
    await expect(monitor.dispatchAllowed('lapbar-7')).rejects.toThrow(/not a block sensor/);
  });

  it('propagates sensor bus failures', async () => {
    read.mockImplementation(async () => {
      throw new Error('CAN bus timeout');
    });
    await expect(monitor.poll(['block-1'])).rejects.toThrow('CAN bus timeout');
  });
});
