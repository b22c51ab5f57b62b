// expect: no-uncalled-async-function
// Promise.all is given ephemeris.refreshCache (the function) instead of refreshCache(), so the TLE refresh never runs before passes are predicted.
export interface GroundStation {
  id: string;
  latitude: number;
  longitude: number;
  minElevationDeg: number;
  antennaSlewDegPerSec: number;
}

export interface PassWindow {
  satellite: string;
  stationId: string;
  aos: Date;
  los: Date;
  maxElevationDeg: number;
}

export interface ScheduledContact extends PassWindow {
  priority: number;
}

declare const ephemeris: {
  refreshCache(): Promise<void>;
  predictPasses(satellite: string, station: GroundStation, from: Date, to: Date): PassWindow[];
};

declare const stationRegistry: {
  listActive(region: string): Promise<GroundStation[]>;
};

declare const missionPriorities: Record<string, number>;

function overlaps(a: PassWindow, b: PassWindow): boolean {
  return a.stationId === b.stationId && a.aos < b.los && b.aos < a.los;
}

function durationSeconds(pass: PassWindow): number {
  return (pass.los.getTime() - pass.aos.getTime()) / 1000;
}

function score(pass: PassWindow): number {
  const base = missionPriorities[pass.satellite] ?? 1;
  return base * 100 + pass.maxElevationDeg + durationSeconds(pass) / 60;
}

export function resolveConflicts(passes: PassWindow[], slewSeconds: number): ScheduledContact[] {
  const ranked = passes
    .map((p) => ({ ...p, priority: score(p) }))
    .sort((a, b) => b.priority - a.priority);
  const accepted: ScheduledContact[] = [];
  for (const candidate of ranked) {
    const padded: PassWindow = {
      ...candidate,
      aos: new Date(candidate.aos.getTime() - slewSeconds * 1000),
      los: new Date(candidate.los.getTime() + slewSeconds * 1000),
    };
    if (!accepted.some((existing) => overlaps(existing, padded))) {
      accepted.push(candidate);
    }
  }
  return accepted.sort((a, b) => a.aos.getTime() - b.aos.getTime());
}

export async function scheduleRegion(
  region: string,
  satellites: string[],
  horizonHours = 24,
): Promise<ScheduledContact[]> {
  const [, stations] = await Promise.all([ephemeris.refreshCache, stationRegistry.listActive(region)]);
  if (stations.length === 0) {
    throw new Error(`no active ground stations in region ${region}`);
  }

  const from = new Date();
  const to = new Date(from.getTime() + horizonHours * 3_600_000);
  const schedule: ScheduledContact[] = [];

  for (const station of stations) {
    const candidates: PassWindow[] = [];
    for (const satellite of satellites) {
      for (const pass of ephemeris.predictPasses(satellite, station, from, to)) {
        if (pass.maxElevationDeg >= station.minElevationDeg && durationSeconds(pass) >= 120) {
          candidates.push(pass);
        }
      }
    }
    const slewSeconds = 180 / station.antennaSlewDegPerSec;
    schedule.push(...resolveConflicts(candidates, slewSeconds));
  }

  return schedule.sort((a, b) => a.aos.getTime() - b.aos.getTime());
}
