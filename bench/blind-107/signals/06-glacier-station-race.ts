// expect: none
// The fastest-station race aborts the losing requests through a shared AbortController, clears its timeout in finally and removes the listener it put on the caller's signal, so nothing from the race outlives it.
export interface StationEndpoint {
  id: string;
  url: string;
}

export interface MeltSnapshot {
  stationId: string;
  ablationMmPerDay: number;
  runoffM3s: number;
  observedAt: string;
}

async function fetchSnapshot(ep: StationEndpoint, signal: AbortSignal): Promise<MeltSnapshot> {
  const res = await fetch(`${ep.url}/snapshot`, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${ep.id}: HTTP ${res.status}`);
  const body = (await res.json()) as Omit<MeltSnapshot, 'stationId'>;
  return { stationId: ep.id, ...body };
}

/**
 * Satellite links to the ice stations are flaky; ask every mirror and take whichever answers first.
 */
export async function fastestSnapshot(
  mirrors: StationEndpoint[],
  timeoutMs: number,
  outer?: AbortSignal,
): Promise<MeltSnapshot> {
  if (mirrors.length === 0) throw new Error('no station mirrors configured');
  outer?.throwIfAborted();

  const ctrl = new AbortController();
  const onOuterAbort = () => ctrl.abort(outer?.reason);
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  let timer: NodeJS.Timeout | undefined;

  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no station answered within ${timeoutMs}ms`)), timeoutMs);
  });

  try {
    return await Promise.race([Promise.any(mirrors.map((m) => fetchSnapshot(m, ctrl.signal))), timeout]);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
    ctrl.abort(); // cancel the mirrors that lost
  }
}

export function runoffAlert(s: MeltSnapshot, thresholdM3s = 42): string | null {
  if (s.runoffM3s < thresholdM3s) return null;
  return `${s.stationId}: runoff ${s.runoffM3s.toFixed(1)} m3/s at ${s.observedAt} (ablation ${s.ablationMmPerDay} mm/day)`;
}
