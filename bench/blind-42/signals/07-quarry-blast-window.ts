// expect: no-swallowed-abort
// loadExclusionZones catches AbortError and returns an empty list, so a cancelled lookup reads as "no exclusion zones" and planning carries on.
export interface ExclusionZone {
  zoneId: string;
  kind: 'road' | 'footpath' | 'dwelling' | 'power-line';
  radiusM: number;
  closureNeeded: boolean;
}

export interface BlastWindow {
  bench: string;
  opensAt: string;
  closesAt: string;
  closures: string[];
  sentryPosts: number;
}

declare const gis: {
  zonesWithin(bench: string, radiusM: number, init: { signal: AbortSignal }): Promise<ExclusionZone[]>;
};

declare const council: {
  roadClosureSlots(roads: string[], date: string, init: { signal: AbortSignal }): Promise<Array<{ from: string; to: string }>>;
};

declare const log: { info(msg: string, meta?: Record<string, unknown>): void };

const FLYROCK_RADIUS_M = 500;

async function loadExclusionZones(bench: string, signal: AbortSignal): Promise<ExclusionZone[]> {
  try {
    return await gis.zonesWithin(bench, FLYROCK_RADIUS_M, { signal });
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') {
      log.info('exclusion zone lookup cancelled', { bench });
      return [];
    }
    throw err;
  }
}

function overlap(slots: Array<{ from: string; to: string }>): { from: string; to: string } | null {
  if (slots.length === 0) return null;
  const from = slots.map((s) => s.from).sort().at(-1)!;
  const to = slots.map((s) => s.to).sort()[0];
  return from < to ? { from, to } : null;
}

function sentryPostsFor(zones: ExclusionZone[]): number {
  const footpaths = zones.filter((z) => z.kind === 'footpath').length;
  return Math.max(2, footpaths + 1);
}

export async function planBlastWindow(bench: string, date: string, signal: AbortSignal): Promise<BlastWindow> {
  const zones = await loadExclusionZones(bench, signal);
  const roads = zones.filter((z) => z.kind === 'road' && z.closureNeeded).map((z) => z.zoneId);

  let window = { from: `${date}T11:00`, to: `${date}T14:00` };
  if (roads.length > 0) {
    const slots = await council.roadClosureSlots(roads, date, { signal });
    const shared = overlap(slots);
    if (!shared) {
      throw new Error(`no common closure slot for roads ${roads.join(', ')} on ${date}`);
    }
    window = shared;
  }

  if (zones.some((z) => z.kind === 'dwelling' && z.radiusM < 250)) {
    // Occupied dwellings inside 250 m: only blast over the lunch hour when residents are notified.
    window = { from: `${date}T12:00`, to: `${date}T13:00` };
  }

  return {
    bench,
    opensAt: window.from,
    closesAt: window.to,
    closures: roads,
    sentryPosts: sentryPostsFor(zones),
  };
}
