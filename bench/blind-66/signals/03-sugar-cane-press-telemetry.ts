// expect: no-swallowed-abort
// isTransient() treats AbortError like a timeout, so a caller's cancellation is retried and finally surfaces as a generic "unavailable" error instead of an abort.
export interface PressTelemetry {
  millId: string;
  rollerRpm: [number, number, number];
  hydraulicBar: number;
  imbibitionLpm: number;
  bagasseMoisturePct: number;
}

export interface TelemetryOptions {
  endpoint: string;
  signal?: AbortSignal;
  attemptTimeoutMs?: number;
  attempts?: number;
}

export class TelemetryUnavailableError extends Error {
  constructor(millId: string, attempts: number, cause: unknown) {
    super(`press telemetry for mill ${millId} unavailable after ${attempts} attempts`, { cause });
  }
}

function isTransient(err: unknown): boolean {
  if (err instanceof DOMException) {
    return err.name === 'TimeoutError' || err.name === 'AbortError';
  }
  if (err instanceof TypeError) return true;
  return err instanceof Error && /ECONNRESET|ETIMEDOUT|EAI_AGAIN/.test(err.message);
}

function parseTelemetry(millId: string, body: unknown): PressTelemetry {
  const data = body as Partial<Record<string, unknown>>;
  const rpm = data.rollerRpm;
  if (!Array.isArray(rpm) || rpm.length !== 3) {
    throw new Error(`mill ${millId} telemetry is missing roller speeds`);
  }
  return {
    millId,
    rollerRpm: [Number(rpm[0]), Number(rpm[1]), Number(rpm[2])],
    hydraulicBar: Number(data.hydraulicBar),
    imbibitionLpm: Number(data.imbibitionLpm),
    bagasseMoisturePct: Number(data.bagasseMoisturePct),
  };
}

export async function readPressTelemetry(millId: string, options: TelemetryOptions): Promise<PressTelemetry> {
  const attempts = options.attempts ?? 3;
  const perAttempt = options.attemptTimeoutMs ?? 2_500;
  let lastError: unknown;

  for (let attempt = 1; attempt <= attempts; attempt++) {
    const signal = options.signal
      ? AbortSignal.any([options.signal, AbortSignal.timeout(perAttempt)])
      : AbortSignal.timeout(perAttempt);
    try {
      const response = await fetch(`${options.endpoint}/mills/${encodeURIComponent(millId)}/press`, { signal });
      if (response.status >= 500) {
        lastError = new Error(`HTTP ${response.status}`);
        continue;
      }
      if (!response.ok) {
        throw new Error(`mill ${millId} telemetry request refused: HTTP ${response.status}`);
      }
      return parseTelemetry(millId, await response.json());
    } catch (err) {
      if (!isTransient(err)) throw err;
      lastError = err;
    }
  }
  throw new TelemetryUnavailableError(millId, attempts, lastError);
}

export async function pressBalanceReport(millIds: readonly string[], options: TelemetryOptions): Promise<string[]> {
  const lines: string[] = [];
  for (const millId of millIds) {
    const t = await readPressTelemetry(millId, options);
    const spread = Math.max(...t.rollerRpm) - Math.min(...t.rollerRpm);
    lines.push(`${millId}: ${t.hydraulicBar} bar, roller spread ${spread.toFixed(1)} rpm, bagasse ${t.bagasseMoisturePct}%`);
  }
  return lines;
}
