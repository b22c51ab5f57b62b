// expect: none
// The tariff and cabin-occupancy lookups are started together and joined with Promise.all, so a rejection from either is observed immediately.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Tariff {
  product: 'single-ride' | 'day' | 'sunset';
  baseChf: number;
  peakSurchargePct: number;
}

interface Occupancy {
  lineId: string;
  loadFactor: number;
}

interface TariffApi {
  tariff(product: Tariff['product'], day: string): Promise<Tariff>;
}

interface OccupancyApi {
  forecast(lineId: string, day: string): Promise<Occupancy>;
}

class LiftPassQuoter {
  constructor(
    private readonly tariffs: TariffApi,
    private readonly occupancy: OccupancyApi,
  ) {}

  async quote(lineId: string, product: Tariff['product'], day: string): Promise<{ priceChf: number; peak: boolean }> {
    const tariffRequest = this.tariffs.tariff(product, day);
    const occupancyRequest = this.occupancy.forecast(lineId, day);
    const [tariff, occupancy] = await Promise.all([tariffRequest, occupancyRequest]);

    const peak = occupancy.loadFactor >= 0.8;
    const multiplier = peak ? 1 + tariff.peakSurchargePct / 100 : 1;
    return { priceChf: Math.round(tariff.baseChf * multiplier * 20) / 20, peak };
  }
}

describe('LiftPassQuoter', () => {
  let tariffs: { tariff: ReturnType<typeof vi.fn<TariffApi['tariff']>> };
  let occupancy: { forecast: ReturnType<typeof vi.fn<OccupancyApi['forecast']>> };
  let quoter: LiftPassQuoter;

  beforeEach(() => {
    tariffs = { tariff: vi.fn<TariffApi['tariff']>() };
    occupancy = { forecast: vi.fn<OccupancyApi['forecast']>() };
    quoter = new LiftPassQuoter(tariffs, occupancy);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('applies the peak surcharge when the line is busy', async () => {
    tariffs.tariff.mockResolvedValue({ product: 'day', baseChf: 62, peakSurchargePct: 15 });
    occupancy.forecast.mockResolvedValue({ lineId: 'G3', loadFactor: 0.91 });

    const result = await quoter.quote('G3', 'day', '2025-02-14');
    expect(result).toEqual({ priceChf: 71.3, peak: true });
  });

  it('charges the base price off-peak', async () => {
    tariffs.tariff.mockResolvedValue({ product: 'sunset', baseChf: 28, peakSurchargePct: 15 });
    occupancy.forecast.mockResolvedValue({ lineId: 'G1', loadFactor: 0.4 });

    await expect(quoter.quote('G1', 'sunset', '2025-02-15')).resolves.toEqual({ priceChf: 28, peak: false });
  });

  it('fails when the occupancy service is down', async () => {
    tariffs.tariff.mockImplementation(
      () => new Promise((resolve) => setTimeout(() => resolve({ product: 'day', baseChf: 62, peakSurchargePct: 15 }), 20)),
    );
    occupancy.forecast.mockRejectedValue(new Error('occupancy service unavailable'));

    await expect(quoter.quote('G2', 'day', '2025-02-16')).rejects.toThrow('occupancy service unavailable');
  });

  it('asks both services for the same day', async () => {
    tariffs.tariff.mockResolvedValue({ product: 'single-ride', baseChf: 18, peakSurchargePct: 0 });
    occupancy.forecast.mockResolvedValue({ lineId: 'G4', loadFactor: 0.5 });

    await quoter.quote('G4', 'single-ride', '2025-03-01');
    expect(tariffs.tariff).toHaveBeenCalledWith('single-ride', '2025-03-01');
    expect(occupancy.forecast).toHaveBeenCalledWith('G4', '2025-03-01');
  });
});
