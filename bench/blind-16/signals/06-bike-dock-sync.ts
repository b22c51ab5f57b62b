// expect: none
// Per-dock failures are recorded as stale, but an abort is detected and rethrown unchanged; the signal reaches every fetch and the backoff sleep.
import { setTimeout as sleep } from 'node:timers/promises';

export interface DockStatus {
  dockId: string;
  bikesAvailable: number;
  ebikesAvailable: number;
  emptySlots: number;
  firmware: string;
  reportedAt: string;
}

export type DockResult = { dockId: string; ok: true; status: DockStatus } | { dockId: string; ok: false; reason: string };

interface SyncContext {
  signal: AbortSignal;
  gatewayUrl: string;
  attempts?: number;
}

function isAbort(err: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (err instanceof Error && err.name === 'AbortError');
}

async function readDock(dockId: string, ctx: SyncContext): Promise<DockStatus> {
  const attempts = ctx.attempts ?? 3;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(`${ctx.gatewayUrl}/docks/${dockId}/status`, { signal: ctx.signal });
      if (res.status === 503) throw new Error(`dock ${dockId} gateway busy`);
      if (!res.ok) throw new Error(`dock ${dockId}: HTTP ${res.status}`);
      return (await res.json()) as DockStatus;
    } catch (err) {
      if (isAbort(err, ctx.signal)) throw err;
      lastError = err;
    }
    // docks sit on flaky LTE modems, give them a moment before retrying
    await sleep(250 * 2 ** attempt, undefined, { signal: ctx.signal });
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

export async function syncStation(stationDocks: string[], ctx: SyncContext): Promise<DockResult[]> {
  const results: DockResult[] = [];
  // a station has up to ~40 docks; keep concurrency low so the gateway does not throttle us
  const batchSize = 8;
  for (let i = 0; i < stationDocks.length; i += batchSize) {
    const batch = stationDocks.slice(i, i + batchSize);
    const settled = await Promise.allSettled(batch.map((id) => readDock(id, ctx)));
    settled.forEach((outcome, idx) => {
      const dockId = batch[idx]!;
      if (outcome.status === 'fulfilled') {
        results.push({ dockId, ok: true, status: outcome.value });
        return;
      }
      if (isAbort(outcome.reason, ctx.signal)) throw outcome.reason;
      results.push({ dockId, ok: false, reason: String((outcome.reason as Error)?.message ?? outcome.reason) });
    });
  }
  return results;
}

export function summarise(results: DockResult[]): { bikes: number; ebikes: number; stale: string[] } {
  let bikes = 0;
  let ebikes = 0;
  const stale: string[] = [];
  for (const r of results) {
    if (!r.ok) {
      stale.push(r.dockId);
      continue;
    }
    bikes += r.status.bikesAvailable;
    ebikes += r.status.ebikesAvailable;
  }
  return { bikes, ebikes, stale };
}
