// expect: no-swallowed-abort
// readProbe's catch treats an AbortError as retryable, so an aborted read is retried and finally reported as a generic "unreachable" error.

export interface ProbeSample {
  fridgeId: string;
  tempC: number;
  humidity: number;
  doorOpen: boolean;
  at: string;
}

export class ProbeHttpError extends Error {
  constructor(readonly status: number, readonly fridgeId: string) {
    super(`probe ${fridgeId} answered ${status}`);
  }
}

declare const bakeryNet: { probeBaseUrl: string };

function isRetryable(err: unknown): boolean {
  return !(err instanceof ProbeHttpError && err.status < 500);
}

function parseSample(fridgeId: string, body: unknown): ProbeSample {
  const b = body as Partial<ProbeSample> & { t?: number; rh?: number; door?: 0 | 1 };
  const tempC = b.tempC ?? b.t;
  if (typeof tempC !== 'number') throw new Error(`probe ${fridgeId} sent no temperature`);
  return {
    fridgeId,
    tempC,
    humidity: b.humidity ?? b.rh ?? NaN,
    doorOpen: b.doorOpen ?? b.door === 1,
    at: b.at ?? new Date().toISOString(),
  };
}

export async function readProbe(
  fridgeId: string,
  { signal, attempts = 3 }: { signal: AbortSignal; attempts?: number },
): Promise<ProbeSample> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(`${bakeryNet.probeBaseUrl}/fridges/${fridgeId}/probe`, { signal });
      if (!res.ok) throw new ProbeHttpError(res.status, fridgeId);
      return parseSample(fridgeId, await res.json());
    } catch (err) {
      lastError = err;
      if (!isRetryable(err)) throw err;
    }
  }
  throw new Error(`probe ${fridgeId} unreachable after ${attempts} attempts`, { cause: lastError });
}

export async function readAll(fridgeIds: string[], signal: AbortSignal): Promise<Map<string, ProbeSample>> {
  const samples = await Promise.all(fridgeIds.map((id) => readProbe(id, { signal })));
  return new Map(samples.map((s) => [s.fridgeId, s]));
}

export function starterRisk(sample: ProbeSample): 'ok' | 'sluggish' | 'overproofing' {
  if (sample.tempC < 2) return 'sluggish';
  if (sample.tempC > 8 || (sample.doorOpen && sample.tempC > 6)) return 'overproofing';
  return 'ok';
}

export function summary(samples: Map<string, ProbeSample>): string {
  const lines: string[] = [];
  for (const [id, s] of [...samples].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`${id}: ${s.tempC.toFixed(1)}°C ${starterRisk(s)}${s.doorOpen ? ' (door open)' : ''}`);
  }
  return lines.join('\n');
}
