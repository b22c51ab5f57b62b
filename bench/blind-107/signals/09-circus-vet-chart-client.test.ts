// expect: no-swallowed-abort
// ChartClient.chart wraps every failure, including the AbortError from a cancelled request, in ChartUnavailableError, so callers that check for AbortError treat a deliberate cancellation as a records outage and show the "chart unavailable" alarm.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface TreatmentChart {
  animalId: string;
  species: string;
  weightKg: number;
  medications: Array<{ drug: string; mgPerKg: number; everyHours: number }>;
}

interface RecordsHttp {
  getJson(path: string, opts: { signal: AbortSignal }): Promise<{ status: number; body: unknown }>;
}

class ChartUnavailableError extends Error {
  constructor(readonly animalId: string, options?: { cause?: unknown }) {
    super(`treatment chart for ${animalId} is unavailable`, options);
    this.name = 'ChartUnavailableError';
  }
}

class ChartClient {
  private readonly cache = new Map<string, TreatmentChart>();

  constructor(private readonly http: RecordsHttp) {}

  async chart(animalId: string, signal: AbortSignal): Promise<TreatmentChart> {
    const hit = this.cache.get(animalId);
    if (hit) return hit;
    try {
      const { status, body } = await this.http.getJson(`/animals/${animalId}/chart`, { signal });
      if (status !== 200) throw new Error(`records HTTP ${status}`);
      const chart = body as TreatmentChart;
      this.cache.set(animalId, chart);
      return chart;
    } catch (err) {
      throw new ChartUnavailableError(animalId, { cause: err });
    }
  }

  dose(chart: TreatmentChart, drug: string): number {
    const med = chart.medications.find((m) => m.drug === drug);
    if (!med) throw new Error(`${drug} not prescribed for ${chart.animalId}`);
    return Math.round(med.mgPerKg * chart.weightKg);
  }

  clear(): void {
    this.cache.clear();
  }
}

const ELEPHANT: TreatmentChart = {
  animalId: 'eleph-03',
  species: 'Elephas maximus',
  weightKg: 3_900,
  medications: [{ drug: 'phenylbutazone', mgPerKg: 2, everyHours: 24 }],
};

describe('ChartClient', () => {
  let getJson: ReturnType<typeof mock.fn<RecordsHttp['getJson']>>;
  let client: ChartClient;
  let ctrl: AbortController;

  beforeEach(() => {
    ctrl = new AbortController();
    getJson = mock.fn<RecordsHttp['getJson']>(async () => ({ status: 200, body: ELEPHANT }));
    client = new ChartClient({ getJson });
  });

  afterEach(() => {
    client.clear();
    mock.restoreAll();
  });

  it('computes a dose from the chart weight', async () => {
    const chart = await client.chart('eleph-03', ctrl.signal);
    assert.equal(client.dose(chart, 'phenylbutazone'), 7_800);
  });

  it('serves repeat lookups from the cache', async () => {
    await client.chart('eleph-03', ctrl.signal);
    await client.chart('eleph-03', ctrl.signal);
    assert.equal(getJson.mock.callCount(), 1);
  });

  it('reports a records outage as ChartUnavailableError', async () => {
    getJson.mock.mockImplementation(async () => ({ status: 503, body: null }));
    await assert.rejects(client.chart('lion-11', ctrl.signal), (err: unknown) => {
      assert.ok(err instanceof ChartUnavailableError);
      assert.equal(err.animalId, 'lion-11');
      return true;
    });
  });
});
