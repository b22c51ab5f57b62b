// expect: none
// The race's timeout timer is cleared and the caller's abort listener removed in finally, and the losing fetch is aborted through its own controller when the timeout wins.
export interface IncubatorLogEntry {
  at: string;
  chamber: string;
  tempC: number;
  humidityPct: number;
  lightOn: boolean;
}

export class IncubatorTimeoutError extends Error {
  constructor(readonly chamber: string, readonly ms: number) {
    super(`incubator ${chamber} log did not arrive within ${ms}ms`);
    this.name = 'IncubatorTimeoutError';
  }
}

export async function fetchIncubatorLog(
  baseUrl: string,
  chamber: string,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<IncubatorLogEntry[]> {
  signal?.throwIfAborted();
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new IncubatorTimeoutError(chamber, timeoutMs));
      controller.abort();
    }, timeoutMs);
  });

  const request = fetch(`${baseUrl}/chambers/${encodeURIComponent(chamber)}/log?hours=24`, {
    signal: controller.signal,
  }).then(async (res) => {
    if (!res.ok) throw new Error(`incubator ${chamber} log: HTTP ${res.status}`);
    return (await res.json()) as IncubatorLogEntry[];
  });

  try {
    return await Promise.race([request, expired]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

export function excursions(log: IncubatorLogEntry[], targetC = 20, toleranceC = 1.5): IncubatorLogEntry[] {
  return log.filter((e) => Math.abs(e.tempC - targetC) > toleranceC);
}

export async function nightlyCheck(baseUrl: string, chambers: string[], signal: AbortSignal): Promise<string[]> {
  const report: string[] = [];
  for (const chamber of chambers) {
    const log = await fetchIncubatorLog(baseUrl, chamber, 8000, signal);
    const bad = excursions(log);
    report.push(
      bad.length === 0
        ? `${chamber}: within ±1.5°C for 24h`
        : `${chamber}: ${bad.length} excursions, first at ${bad[0].at} (${bad[0].tempC}°C)`,
    );
  }
  return report;
}
