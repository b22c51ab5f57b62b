// expect: none
// Only non-abort failures fall back to the cached timetable; an AbortError is rethrown unchanged so the caller sees the cancellation.
export interface TramStop {
  id: string;
  name: string;
}

export interface Departure {
  line: string;
  from: string;
  to: string;
  departs: string;
  arrives: string;
}

export interface Journey {
  legs: Departure[];
  durationMin: number;
  source: 'live' | 'cache';
}

export interface TimetableCache {
  get(from: string, to: string): Departure[] | undefined;
  set(from: string, to: string, deps: Departure[]): void;
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

function earliest(deps: Departure[], after: string): Departure | undefined {
  return deps
    .filter((d) => minutes(d.departs) >= minutes(after))
    .sort((a, b) => minutes(a.arrives) - minutes(b.arrives))[0];
}

export class RoutePlanner {
  constructor(private apiBase: string, private cache: TimetableCache) {}

  private async liveDepartures(from: string, to: string, signal?: AbortSignal): Promise<Departure[]> {
    const res = await fetch(`${this.apiBase}/departures?from=${from}&to=${to}`, { signal });
    if (!res.ok) throw new Error(`departures ${from}->${to}: HTTP ${res.status}`);
    const deps = (await res.json()) as Departure[];
    this.cache.set(from, to, deps);
    return deps;
  }

  async plan(from: TramStop, to: TramStop, after: string, signal?: AbortSignal): Promise<Journey> {
    let deps: Departure[];
    let source: Journey['source'] = 'live';
    try {
      deps = await this.liveDepartures(from.id, to.id, signal);
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      const cached = this.cache.get(from.id, to.id);
      if (!cached) throw err;
      deps = cached;
      source = 'cache';
    }

    const next = earliest(deps, after);
    if (!next) throw new Error(`no more trams from ${from.name} to ${to.name} after ${after}`);
    return {
      legs: [next],
      durationMin: minutes(next.arrives) - minutes(next.departs),
      source,
    };
  }

  async describe(from: TramStop, to: TramStop, after: string, signal?: AbortSignal): Promise<string> {
    const j = await this.plan(from, to, after, signal);
    const leg = j.legs[0];
    const stale = j.source === 'cache' ? ' (timetable, not live)' : '';
    return `Line ${leg.line} ${leg.departs} -> ${leg.arrives}, ${j.durationMin} min${stale}`;
  }
}
