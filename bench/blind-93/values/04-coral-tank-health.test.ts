// expect: no-promise-as-value
// The 'healthy tank' test asserts expect(tank.isHealthy()).toBeTruthy() on an async method; the promise is always truthy, so the test cannot fail.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Reading {
  tempC: number;
  ph: number;
  salinityPpt: number;
  nitrateMgL: number;
}

type Probe = () => Promise<Reading>;

class NurseryTank {
  constructor(
    readonly id: string,
    private readonly probe: Probe,
  ) {}

  async isHealthy(): Promise<boolean> {
    const r = await this.probe();
    return r.tempC >= 25 && r.tempC <= 27.5 && r.ph >= 7.9 && r.ph <= 8.4 && r.salinityPpt >= 33 && r.salinityPpt <= 36;
  }

  async problems(): Promise<string[]> {
    const r = await this.probe();
    const out: string[] = [];
    if (r.tempC > 27.5) out.push('too warm');
    if (r.tempC < 25) out.push('too cold');
    if (r.ph < 7.9) out.push('low pH');
    if (r.nitrateMgL > 10) out.push('high nitrate');
    return out;
  }
}

const good: Reading = { tempC: 26.2, ph: 8.15, salinityPpt: 35, nitrateMgL: 2 };

describe('NurseryTank', () => {
  let probe: ReturnType<typeof vi.fn<Probe>>;
  let tank: NurseryTank;

  beforeEach(() => {
    probe = vi.fn<Probe>().mockResolvedValue(good);
    tank = new NurseryTank('frag-tank-3', probe);
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('reports a healthy tank', () => {
    expect(tank.isHealthy()).toBeTruthy();
  });

  it('flags a bleaching-risk temperature', async () => {
    probe.mockResolvedValue({ ...good, tempC: 29.1 });
    await expect(tank.isHealthy()).resolves.toBe(false);
    await expect(tank.problems()).resolves.toEqual(['too warm']);
  });

  it('lists every problem at once', async () => {
    probe.mockResolvedValue({ ...good, tempC: 24.1, ph: 7.7, nitrateMgL: 14 });
    expect(await tank.problems()).toEqual(['too cold', 'low pH', 'high nitrate']);
  });

  it('propagates probe failures', async () => {
    probe.mockRejectedValueOnce(new Error('probe offline'));
    await expect(tank.isHealthy()).rejects.toThrow('probe offline');
  });
});
