// expect: no-reused-settled-promise
// retryOnFailure() gets the first download's promise and, in its .catch, calls itself with that same promise; every retry reattaches to the already-rejected download, so the tide table is never fetched again.
import { setTimeout as sleep } from 'node:timers/promises';
import { writeFile } from 'node:fs/promises';

export interface TideEvent {
  kind: 'high' | 'low';
  at: string;
  heightM: number;
}

export interface TideTable {
  port: string;
  days: Array<{ date: string; events: TideEvent[]; coefficient: number }>;
}

export function retryOnFailure<T>(
  pending: Promise<T>,
  retries: number,
  delayMs: number,
  onRetry?: (left: number, err: unknown) => void,
): Promise<T> {
  return pending.catch(async (err: unknown) => {
    if (retries <= 0) throw err;
    onRetry?.(retries, err);
    await sleep(delayMs);
    return retryOnFailure(pending, retries - 1, delayMs * 2, onRetry);
  });
}

async function downloadTable(port: string, from: string, days: number): Promise<TideTable> {
  const res = await fetch(
    `https://tides.example.fr/api/ports/${encodeURIComponent(port)}/table?from=${from}&days=${days}`,
    { headers: { accept: 'application/json' } },
  );
  if (!res.ok) throw new Error(`tide service answered ${res.status} for ${port}`);
  return (await res.json()) as TideTable;
}

/** Spring tides (coefficient >= 95) flood the pans; the paludiers close the sluices those days. */
export function sluiceClosures(table: TideTable, threshold = 95): string[] {
  return table.days.filter((d) => d.coefficient >= threshold).map((d) => d.date);
}

export function harvestWindows(table: TideTable): Array<{ date: string; lowAt: string }> {
  const windows: Array<{ date: string; lowAt: string }> = [];
  for (const day of table.days) {
    if (day.coefficient >= 95) continue;
    const lows = day.events.filter((e) => e.kind === 'low');
    const afternoon = lows.find((e) => e.at >= '12:00') ?? lows[0];
    if (afternoon) windows.push({ date: day.date, lowAt: afternoon.at });
  }
  return windows;
}

export async function syncTideTable(port: string, outFile: string, today = new Date()): Promise<{ closures: string[]; windows: number }> {
  const from = today.toISOString().slice(0, 10);
  const table = await retryOnFailure(downloadTable(port, from, 14), 3, 5_000, (left, err) =>
    console.warn(`tide download for ${port} failed, ${left} retries left`, err),
  );
  const closures = sluiceClosures(table);
  const windows = harvestWindows(table);
  await writeFile(outFile, JSON.stringify({ port, fetchedAt: new Date().toISOString(), closures, windows }, null, 2));
  return { closures, windows: windows.length };
}
