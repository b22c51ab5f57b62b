// expect: none
// sleep() resolves on its timer or rejects on abort, removing the abort listener and clearing the timer so only one outcome ever happens.
export interface NutrientReading {
  raft: string;
  ecMsPerCm: number;
  ph: number;
  waterTempC: number;
  takenAt: string;
}

export interface PollOptions {
  baseUrl: string;
  rafts: string[];
  intervalMs: number;
  signal: AbortSignal;
  onReading(reading: NutrientReading): void;
  onError?(raft: string, err: unknown): void;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

async function fetchReading(baseUrl: string, raft: string, signal: AbortSignal): Promise<NutrientReading> {
  const perRequest = AbortSignal.any([signal, AbortSignal.timeout(4000)]);
  const res = await fetch(`${baseUrl}/rafts/${encodeURIComponent(raft)}/nutrients/latest`, {
    signal: perRequest,
    headers: { accept: 'application/json' },
  });
  if (!res.ok) {
    throw new Error(`raft ${raft}: HTTP ${res.status}`);
  }
  return (await res.json()) as NutrientReading;
}

export async function pollNutrients(opts: PollOptions): Promise<void> {
  const { signal } = opts;
  while (!signal.aborted) {
    const results = await Promise.allSettled(opts.rafts.map((raft) => fetchReading(opts.baseUrl, raft, signal)));
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') opts.onReading(r.value);
      else if (!signal.aborted) opts.onError?.(opts.rafts[i], r.reason);
    });
    try {
      await sleep(opts.intervalMs, signal);
    } catch {
      break;
    }
  }
}

export function outOfBand(r: NutrientReading): string[] {
  const issues: string[] = [];
  // butterhead lettuce targets
  if (r.ecMsPerCm < 0.8 || r.ecMsPerCm > 1.2) issues.push(`EC ${r.ecMsPerCm}`);
  if (r.ph < 5.6 || r.ph > 6.2) issues.push(`pH ${r.ph}`);
  if (r.waterTempC > 24) issues.push(`water ${r.waterTempC}C`);
  return issues;
}
