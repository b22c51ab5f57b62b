// expect: no-promise-as-value
// cache.lookup() is async, so `cache.lookup(id) ?? api.fetch(id)` always picks the lookup promise; a cache miss resolves to undefined and the target is dropped instead of fetched.
export interface Target {
  id: string;
  name: string;
  kind: 'planet' | 'comet' | 'asteroid' | 'deep-sky';
  priority: number;
}

export interface Ephemeris {
  targetId: string;
  raHours: number;
  decDeg: number;
  magnitude: number;
  validUntil: string;
}

export interface QueuedObservation {
  target: Target;
  altitudeDeg: number;
  magnitude: number;
  exposureSeconds: number;
}

declare const ephemerisCache: {
  lookup(targetId: string): Promise<Ephemeris | undefined>;
  store(e: Ephemeris): Promise<void>;
};

declare const ephemerisApi: {
  fetch(targetId: string): Promise<Ephemeris>;
};

declare const domeLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

const SITE_LATITUDE_DEG = 52.2;
const MIN_ALTITUDE_DEG = 25;
const LIMITING_MAGNITUDE = 15.5;

export function altitudeAt(e: Ephemeris, localSiderealHours: number): number {
  const toRad = Math.PI / 180;
  const hourAngle = (localSiderealHours - e.raHours) * 15 * toRad;
  const lat = SITE_LATITUDE_DEG * toRad;
  const dec = e.decDeg * toRad;
  const sinAlt = Math.sin(lat) * Math.sin(dec) + Math.cos(lat) * Math.cos(dec) * Math.cos(hourAngle);
  return Math.asin(sinAlt) / toRad;
}

function exposureFor(magnitude: number, kind: Target['kind']): number {
  // Each magnitude fainter needs ~2.5x the light; comets get shorter subs to limit trailing.
  const base = 10 * 2.512 ** Math.max(0, magnitude - 8);
  return Math.min(kind === 'comet' ? 120 : 600, Math.round(base));
}

export async function buildQueue(targets: Target[], localSiderealHours: number): Promise<QueuedObservation[]> {
  const queue: QueuedObservation[] = [];
  for (const target of [...targets].sort((a, b) => b.priority - a.priority)) {
    const ephemeris = await (ephemerisCache.lookup(target.id) ?? ephemerisApi.fetch(target.id));
    if (!ephemeris) {
      domeLog.warn('no ephemeris for target, skipping', { target: target.name });
      continue;
    }
    if (new Date(ephemeris.validUntil) < new Date()) {
      domeLog.warn('ephemeris expired', { target: target.name, validUntil: ephemeris.validUntil });
      continue;
    }
    const altitude = altitudeAt(ephemeris, localSiderealHours);
    if (altitude < MIN_ALTITUDE_DEG || ephemeris.magnitude > LIMITING_MAGNITUDE) continue;
    queue.push({
      target,
      altitudeDeg: Math.round(altitude * 10) / 10,
      magnitude: ephemeris.magnitude,
      exposureSeconds: exposureFor(ephemeris.magnitude, target.kind),
    });
  }
  return queue;
}
