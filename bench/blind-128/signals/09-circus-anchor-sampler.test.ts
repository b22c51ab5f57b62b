// expect: no-swallowed-abort
// sample() catches every failed anchor read, including the AbortError raised when the caller cancels, records it as a skipped anchor and returns normally, so cancellation is turned into a partial result.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface AnchorLoad {
  anchor: string;
  kn: number;
}

interface LoadCellBus {
  readLoad(anchor: string, opts: { signal: AbortSignal }): Promise<AnchorLoad>;
}

class AnchorSampler {
  readonly skipped: string[] = [];

  constructor(private readonly bus: LoadCellBus, private readonly anchors: string[]) {}

  async sample(signal: AbortSignal): Promise<AnchorLoad[]> {
    const loads: AnchorLoad[] = [];
    for (const anchor of this.anchors) {
      try {
        loads.push(await this.bus.readLoad(anchor, { signal }));
      } catch (err) {
        this.skipped.push(anchor);
      }
    }
    return loads;
  }

  static peak(loads: AnchorLoad[]): AnchorLoad | undefined {
    return loads.reduce<AnchorLoad | undefined>((max, l) => (!max || l.kn > max.kn ? l : max), undefined);
  }
}

describe('AnchorSampler', () => {
  let bus: { readLoad: ReturnType<typeof vi.fn> };
  let controller: AbortController;

  beforeEach(() => {
    controller = new AbortController();
    bus = {
      readLoad: vi.fn(async (anchor: string) => ({ anchor, kn: anchor === 'A2' ? 4.7 : 2.1 })),
    };
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('reads every anchor with the caller signal', async () => {
    const sampler = new AnchorSampler(bus as unknown as LoadCellBus, ['A1', 'A2', 'A3']);
    const loads = await sampler.sample(controller.signal);
    expect(loads).toHaveLength(3);
    expect(bus.readLoad).toHaveBeenCalledWith('A2', { signal: controller.signal });
    expect(AnchorSampler.peak(loads)).toEqual({ anchor: 'A2', kn: 4.7 });
  });

  it('skips an anchor whose load cell is offline', async () => {
    bus.readLoad.mockRejectedValueOnce(new Error('cell A1 offline'));
    const sampler = new AnchorSampler(bus as unknown as LoadCellBus, ['A1', 'A2']);
    const loads = await sampler.sample(controller.signal);
    expect(loads.map((l) => l.anchor)).toEqual(['A2']);
    expect(sampler.skipped).toEqual(['A1']);
  });

  it('returns an empty sample when there are no anchors', async () => {
    const sampler = new AnchorSampler(bus as unknown as LoadCellBus, []);
    await expect(sampler.sample(controller.signal)).resolves.toEqual([]);
    expect(bus.readLoad).not.toHaveBeenCalled();
  });
});
