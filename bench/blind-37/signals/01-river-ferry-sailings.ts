// expect: require-signal-propagation
// loadSailings passes options.signal to the tide forecast but not to the timetable fetch(), so cancelling leaves that request running.
export interface Sailing {
  departs: string; // ISO timestamp
  from: string;
  to: string;
  vessel: string;
  carsRemaining: number;
  footPassengersRemaining: number;
}

interface TideWindow {
  lowWaterAt: string;
  minDepthM: number;
}

export interface SailingOptions {
  signal?: AbortSignal;
  includeFull?: boolean;
}

declare const FERRY_API: string;
declare const tides: {
  forecast(crossing: string, date: string, options?: { signal?: AbortSignal }): Promise<TideWindow[]>;
};

const VESSEL_DRAFT_M: Record<string, number> = {
  'MV Heron': 1.8,
  'MV Kingfisher': 2.4,
  'MV Otter': 1.2,
};

function overlapsLowWater(sailing: Sailing, windows: TideWindow[]): boolean {
  const draft = VESSEL_DRAFT_M[sailing.vessel] ?? 2;
  const departs = Date.parse(sailing.departs);
  return windows.some((w) => {
    const low = Date.parse(w.lowWaterAt);
    return Math.abs(departs - low) < 45 * 60 * 1000 && w.minDepthM < draft + 0.5;
  });
}

async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) {
    throw new Error(`ferry API ${res.status} for ${url}`);
  }
  return (await res.json()) as T;
}

export async function loadSailings(crossing: string, date: string, options: SailingOptions = {}): Promise<Sailing[]> {
  options.signal?.throwIfAborted();

  const url = `${FERRY_API}/crossings/${encodeURIComponent(crossing)}/sailings?date=${date}`;
  const sailings = await fetchJson<Sailing[]>(url, {
    headers: { accept: 'application/json' },
  });
  const windows = await tides.forecast(crossing, date, { signal: options.signal });

  return sailings
    .filter((s) => !overlapsLowWater(s, windows))
    .filter((s) => options.includeFull || s.carsRemaining > 0 || s.footPassengersRemaining > 0)
    .sort((a, b) => a.departs.localeCompare(b.departs));
}

export function summarize(sailings: Sailing[]): string {
  if (sailings.length === 0) return 'No sailings available';
  const next = sailings[0];
  const time = next.departs.slice(11, 16);
  const space = next.carsRemaining > 0 ? `${next.carsRemaining} car spaces` : 'foot passengers only';
  return `Next: ${time} ${next.from} → ${next.to} on ${next.vessel} (${space}); ${sailings.length - 1} more today`;
}
