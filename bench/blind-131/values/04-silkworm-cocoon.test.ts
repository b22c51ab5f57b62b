// expect: no-promise-as-value
// The readiness test passes the promise returned by isReadyForReeling to expect(...).toBeTruthy() instead of its awaited value, so it passes whatever the inspector decides.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface CocoonScale {
  weigh(trayId: string): Promise<{ grams: number; count: number }>;
}

interface Hygrometer {
  shellMoisture(trayId: string): Promise<number>;
}

class CocoonInspector {
  constructor(
    private readonly scale: CocoonScale,
    private readonly hygro: Hygrometer,
    private readonly minShellGrams = 0.28,
    private readonly maxMoisture = 0.12,
  ) {}

  async averageShellWeight(trayId: string): Promise<number> {
    const { grams, count } = await this.scale.weigh(trayId);
    if (count === 0) throw new Error(`tray ${trayId} is empty`);
    return grams / count;
  }

  async isReadyForReeling(trayId: string): Promise<boolean> {
    const [avg, moisture] = await Promise.all([this.averageShellWeight(trayId), this.hygro.shellMoisture(trayId)]);
    return avg >= this.minShellGrams && moisture <= this.maxMoisture;
  }
}

describe('CocoonInspector', () => {
  let scale: { weigh: ReturnType<typeof vi.fn> };
  let hygro: { shellMoisture: ReturnType<typeof vi.fn> };
  let inspector: CocoonInspector;

  beforeEach(() => {
    scale = { weigh: vi.fn(async () => ({ grams: 96, count: 300 })) };
    hygro = { shellMoisture: vi.fn(async () => 0.09) };
    inspector = new CocoonInspector(scale as unknown as CocoonScale, hygro as unknown as Hygrometer);
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('computes the average shell weight per cocoon', async () => {
    await expect(inspector.averageShellWeight('R-12')).resolves.toBeCloseTo(0.32, 2);
    expect(scale.weigh).toHaveBeenCalledWith('R-12');
  });

  it('rejects an empty tray', async () => {
    scale.weigh.mockResolvedValueOnce({ grams: 0, count: 0 });
    await expect(inspector.averageShellWeight('R-13')).rejects.toThrow('tray R-13 is empty');
  });

  it('marks a dry, heavy tray as ready for reeling', () => {
    expect(inspector.isReadyForReeling('R-12')).toBeTruthy();
    expect(hygro.shellMoisture).toHaveBeenCalledWith('R-12');
  });

  it('holds back a tray whose shells are still damp', async () => {
    hygro.shellMoisture.mockResolvedValueOnce(0.2);
    await expect(inspector.isReadyForReeling('R-14')).resolves.toBe(false);
  });
});
