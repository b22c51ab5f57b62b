// expect: none
// The catch block falls back to the cached setlist only for real failures; when the signal is aborted it rethrows the original error, so the abort is never swallowed.
interface Tune {
  title: string;
  type: 'march' | 'strathspey' | 'reel' | 'jig' | 'slow-air' | 'hornpipe';
  parts: number;
}

export interface Setlist {
  bandId: string;
  event: string;
  medley: Tune[];
  msr: Tune[];
  stale?: boolean;
}

declare const cache: {
  get(key: string): Promise<Setlist | undefined>;
  put(key: string, value: Setlist): Promise<void>;
};

const API = process.env.BAND_API ?? 'https://rsbpa.example.org/api';

export async function loadSetlist(bandId: string, event: string, signal: AbortSignal): Promise<Setlist> {
  const key = `setlist:${bandId}:${event}`;
  try {
    const res = await fetch(`${API}/bands/${bandId}/events/${encodeURIComponent(event)}/setlist`, { signal });
    if (!res.ok) throw new Error(`setlist request failed with ${res.status}`);
    const setlist = (await res.json()) as Setlist;
    await cache.put(key, setlist);
    return setlist;
  } catch (err) {
    if (signal.aborted || (err as Error).name === 'AbortError') throw err;
    const cached = await cache.get(key);
    if (cached) {
      console.warn(`using cached setlist for ${bandId} at ${event}:`, (err as Error).message);
      return { ...cached, stale: true };
    }
    throw err;
  }
}

export function validateMsr(setlist: Setlist): string[] {
  const problems: string[] = [];
  const order = setlist.msr.map((t) => t.type);
  if (order.join(',') !== 'march,strathspey,reel') {
    problems.push(`MSR must be march, strathspey, reel (got ${order.join(', ') || 'nothing'})`);
  }
  for (const t of setlist.msr) {
    if (t.parts < 4) problems.push(`${t.title}: competition ${t.type} needs at least 4 parts`);
  }
  return problems;
}

export async function prepareForEvent(bandId: string, event: string, signal: AbortSignal) {
  const setlist = await loadSetlist(bandId, event, signal);
  const problems = validateMsr(setlist);
  const medleySeconds = setlist.medley.reduce((s, t) => s + (t.type === 'slow-air' ? 90 : 45) * (t.parts / 2), 0);
  return {
    setlist,
    problems,
    medleyTooLong: medleySeconds > 7 * 60,
    warning: setlist.stale ? 'setlist may be out of date' : undefined,
  };
}
