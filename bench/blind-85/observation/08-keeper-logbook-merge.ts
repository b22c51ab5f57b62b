// expect: no-unobserved-promise
// All logbook fetches start up front but are awaited one at a time; if a later station rejects while an earlier one is still loading, that rejection has no handler yet and surfaces as unhandled.
export interface LogEntry {
  station: string;
  at: string;
  keeper: string;
  kind: 'lamp-lit' | 'lamp-out' | 'fog-signal' | 'vessel-sighted' | 'weather';
  text: string;
}

export interface MergeOptions {
  baseUrl: string;
  token: string;
  since: Date;
  kinds?: LogEntry['kind'][];
}

async function fetchLogbook(station: string, opts: MergeOptions): Promise<LogEntry[]> {
  const url = new URL(`/stations/${encodeURIComponent(station)}/log`, opts.baseUrl);
  url.searchParams.set('since', opts.since.toISOString());
  const res = await fetch(url, { headers: { authorization: `Bearer ${opts.token}` } });
  if (res.status === 404) return [];
  if (!res.ok) {
    throw new Error(`logbook for ${station} unavailable (${res.status})`);
  }
  const body = (await res.json()) as { entries: Omit<LogEntry, 'station'>[] };
  return body.entries.map((e) => ({ ...e, station }));
}

export async function mergeLogbooks(stations: string[], opts: MergeOptions): Promise<LogEntry[]> {
  const inFlight = stations.map((station) => fetchLogbook(station, opts));

  const merged: LogEntry[] = [];
  for (const pending of inFlight) {
    const entries = await pending;
    for (const entry of entries) {
      if (opts.kinds && !opts.kinds.includes(entry.kind)) continue;
      merged.push(entry);
    }
  }

  merged.sort((a, b) => a.at.localeCompare(b.at) || a.station.localeCompare(b.station));
  return merged;
}

export function formatWatchReport(entries: LogEntry[]): string {
  const byStation = new Map<string, LogEntry[]>();
  for (const e of entries) {
    const list = byStation.get(e.station) ?? [];
    list.push(e);
    byStation.set(e.station, list);
  }
  const out: string[] = [];
  for (const [station, list] of byStation) {
    const lit = list.filter((e) => e.kind === 'lamp-lit').length;
    const fog = list.filter((e) => e.kind === 'fog-signal').length;
    out.push(`${station}: ${list.length} entries, lamp lit ${lit}x, fog signal ${fog}x`);
  }
  return out.join('\n');
}

export async function nightWatchSummary(stations: string[], opts: MergeOptions): Promise<string> {
  const entries = await mergeLogbooks(stations, opts);
  return formatWatchReport(entries);
}
