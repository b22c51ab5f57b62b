// expect: no-swallowed-abort
// peakVelocity catches every error from the signal-aware trace fetch, including an AbortError, and turns it into an ordinary "station offline" reading, so a cancelled survey looks like a completed one.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Trace {
  stationId: string;
  sampleRateHz: number;
  samplesMmS: number[];
}

interface SeismographClient {
  fetchTrace(stationId: string, blastId: string, opts: { signal?: AbortSignal }): Promise<Trace>;
}

interface PeakReading {
  stationId: string;
  ok: boolean;
  peakMmS: number;
  reason?: string;
}

async function peakVelocity(
  client: SeismographClient,
  stationId: string,
  blastId: string,
  signal?: AbortSignal,
): Promise<PeakReading> {
  try {
    const trace = await client.fetchTrace(stationId, blastId, { signal });
    const peak = trace.samplesMmS.reduce((max, v) => Math.max(max, Math.abs(v)), 0);
    return { stationId, ok: true, peakMmS: Math.round(peak * 100) / 100 };
  } catch (err) {
    return { stationId, ok: false, peakMmS: 0, reason: err instanceof Error ? err.message : String(err) };
  }
}

async function surveyBlast(
  client: SeismographClient,
  stations: readonly string[],
  blastId: string,
  signal?: AbortSignal,
): Promise<PeakReading[]> {
  return Promise.all(stations.map((s) => peakVelocity(client, s, blastId, signal)));
}

describe('peakVelocity', () => {
  let client: SeismographClient;
  let fetchTrace: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fetchTrace = vi.fn(async (stationId: string): Promise<Trace> => ({
      stationId,
      sampleRateHz: 1024,
      samplesMmS: [0.4, -3.1, 7.25, -6.9, 1.2],
    }));
    client = { fetchTrace: fetchTrace as unknown as SeismographClient['fetchTrace'] };
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reports the absolute peak particle velocity', async () => {
    const reading = await peakVelocity(client, 'north-rim', 'B-2291');
    expect(reading).toEqual({ stationId: 'north-rim', ok: true, peakMmS: 7.25 });
  });

  it('forwards the signal to the seismograph client', async () => {
    const controller = new AbortController();
    await peakVelocity(client, 'village-edge', 'B-2291', controller.signal);
    expect(fetchTrace).toHaveBeenCalledWith('village-edge', 'B-2291', { signal: controller.signal });
  });

  it('marks an unreachable station as not ok instead of failing the survey', async () => {
    fetchTrace.mockRejectedValueOnce(new Error('station village-edge: modem not responding'));
    const readings = await surveyBlast(client, ['north-rim', 'village-edge'], 'B-2291');
    expect(readings[0]?.ok).toBe(true);
    expect(readings[1]).toMatchObject({ ok: false, peakMmS: 0, reason: expect.stringContaining('modem') });
  });
});
