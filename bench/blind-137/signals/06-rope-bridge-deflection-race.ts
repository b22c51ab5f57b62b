// expect: no-leaked-race
// The timeout promise raced against the gateway read is never cleared, so every successful reading leaves a pending timer that later fires a rejection nobody needs.
export interface DeflectionGateway {
  readDeflection(bridgeId: string, span: number): Promise<DeflectionSample>;
}

export interface DeflectionSample {
  bridgeId: string;
  span: number;
  midspanMm: number;
  temperatureC: number;
}

export interface SpanReport {
  span: number;
  midspanMm: number | null;
  limitMm: number;
  status: 'ok' | 'exceeded' | 'no-reading';
}

function timeout(ms: number, label: string): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`${label} timed out after ${ms}ms`)), ms);
  });
}

export async function readDeflectionWithin(
  gateway: DeflectionGateway,
  bridgeId: string,
  span: number,
  ms = 5_000,
): Promise<DeflectionSample> {
  return Promise.race([gateway.readDeflection(bridgeId, span), timeout(ms, `${bridgeId} span ${span}`)]);
}

function thermalCorrection(sample: DeflectionSample, referenceC = 10): number {
  return sample.midspanMm - (sample.temperatureC - referenceC) * 0.8;
}

export async function inspectSpans(
  gateway: DeflectionGateway,
  bridgeId: string,
  spans: number,
  spanLengthM: number,
): Promise<SpanReport[]> {
  const limitMm = (spanLengthM * 1000) / 250;
  const reports: SpanReport[] = [];
  for (let span = 1; span <= spans; span++) {
    try {
      const sample = await readDeflectionWithin(gateway, bridgeId, span);
      const corrected = thermalCorrection(sample);
      reports.push({
        span,
        midspanMm: Math.round(corrected * 10) / 10,
        limitMm,
        status: corrected > limitMm ? 'exceeded' : 'ok',
      });
    } catch (err) {
      if (!(err instanceof Error) || !err.message.includes('timed out')) throw err;
      reports.push({ span, midspanMm: null, limitMm, status: 'no-reading' });
    }
  }
  return reports;
}

export function needsClosure(reports: SpanReport[]): boolean {
  const missing = reports.filter((r) => r.status === 'no-reading').length;
  return reports.some((r) => r.status === 'exceeded') || missing > reports.length / 2;
}
