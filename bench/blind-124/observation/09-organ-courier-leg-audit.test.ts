// expect: none
// Each leg's telemetry is requested inside the loop and awaited immediately, and the shipment and ischemia-limit lookups are combined with Promise.all, so no promise is ever left pending without a handler.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Leg {
  id: string;
  mode: 'road' | 'air' | 'helicopter';
  from: string;
  to: string;
}

interface LegTelemetry {
  legId: string;
  minC: number;
  maxC: number;
  durationMin: number;
}

interface Shipment {
  organ: 'kidney' | 'liver' | 'heart';
  legs: Leg[];
}

interface CourierApi {
  getShipment(id: string): Promise<Shipment>;
  getIschemiaLimitMin(shipmentId: string): Promise<number>;
  fetchLegTelemetry(legId: string): Promise<LegTelemetry>;
}

interface AuditResult {
  totalMin: number;
  withinIschemiaLimit: boolean;
  excursions: string[];
}

class RouteAuditor {
  constructor(private readonly api: CourierApi, private readonly range = { min: 2, max: 8 }) {}

  async audit(shipmentId: string): Promise<AuditResult> {
    const [shipment, limit] = await Promise.all([
      this.api.getShipment(shipmentId),
      this.api.getIschemiaLimitMin(shipmentId),
    ]);
    const excursions: string[] = [];
    let totalMin = 0;
    for (const leg of shipment.legs) {
      const t = await this.api.fetchLegTelemetry(leg.id);
      totalMin += t.durationMin;
      if (t.minC < this.range.min || t.maxC > this.range.max) {
        excursions.push(`${leg.id} (${leg.from}→${leg.to}): ${t.minC}–${t.maxC}°C`);
      }
    }
    return { totalMin, withinIschemiaLimit: totalMin <= limit, excursions };
  }
}

function makeApi() {
  const legs: Leg[] = [
    { id: 'L1', mode: 'road', from: 'donor hospital', to: 'airfield' },
    { id: 'L2', mode: 'air', from: 'airfield', to: 'city airport' },
    { id: 'L3', mode: 'road', from: 'city airport', to: 'transplant centre' },
  ];
  const telemetry: Record<string, LegTelemetry> = {
    L1: { legId: 'L1', minC: 3.1, maxC: 5.2, durationMin: 35 },
    L2: { legId: 'L2', minC: 2.4, maxC: 9.1, durationMin: 95 },
    L3: { legId: 'L3', minC: 3.9, maxC: 6.0, durationMin: 25 },
  };
  return {
    getShipment: vi.fn(async (_id: string): Promise<Shipment> => ({ organ: 'kidney', legs })),
    getIschemiaLimitMin: vi.fn(async (_id: string): Promise<number> => 24 * 60),
    fetchLegTelemetry: vi.fn(async (id: string): Promise<LegTelemetry> => telemetry[id]),
  };
}

describe('RouteAuditor', () => {
  let api: ReturnType<typeof makeApi>;

  beforeEach(() => {
    api = makeApi();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('sums leg durations and flags cold-chain excursions', async () => {
    const result = await new RouteAuditor(api).audit('SHP-881');
    expect(result.totalMin).toBe(155);
    expect(result.withinIschemiaLimit).toBe(true);
    expect(result.excursions).toEqual(['L2 (airfield→city airport): 2.4–9.1°C']);
    expect(api.fetchLegTelemetry).toHaveBeenCalledTimes(3);
  });

  it('fails the audit when a leg has no telemetry', async () => {
    api.fetchLegTelemetry.mockRejectedValueOnce(new Error('logger L1 not downloaded'));
    await expect(new RouteAuditor(api).audit('SHP-881')).rejects.toThrow('logger L1 not downloaded');
    expect(api.fetchLegTelemetry).toHaveBeenCalledTimes(1);
  });

  it('reports a heart that exceeded its ischemia window', async () => {
    api.getShipment.mockResolvedValueOnce({
      organ: 'heart',
      legs: [{ id: 'L1', mode: 'helicopter', from: 'donor hospital', to: 'transplant centre' }],
    });
    api.getIschemiaLimitMin.mockResolvedValueOnce(30);
    const result = await new RouteAuditor(api).audit('SHP-902');
    expect(result.withinIschemiaLimit).toBe(false);
  });
});
