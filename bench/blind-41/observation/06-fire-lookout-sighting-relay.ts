// expect: no-floating-promises
// handleSighting calls crewPager.page(...) as a bare statement, so a failed page is an unhandled rejection and is never retried or logged.
import { EventEmitter } from 'node:events';

export interface SmokeSighting {
  towerId: string;
  azimuthDeg: number;
  estimatedKm: number;
  color: 'white' | 'grey' | 'black';
  reportedAt: Date;
}

interface CrossFix {
  lat: number;
  lon: number;
  towers: [string, string];
}

declare const crewPager: {
  page(crew: string, message: string): Promise<{ delivered: boolean }>;
};
declare const towerPositions: ReadonlyMap<string, { lat: number; lon: number }>;

const TRIANGULATION_WINDOW_MS = 10 * 60_000;

function bearingLine(towerId: string, azimuthDeg: number) {
  const pos = towerPositions.get(towerId);
  if (!pos) return undefined;
  const rad = (azimuthDeg * Math.PI) / 180;
  return { ...pos, dx: Math.sin(rad), dy: Math.cos(rad) };
}

function intersect(a: SmokeSighting, b: SmokeSighting): CrossFix | undefined {
  const la = bearingLine(a.towerId, a.azimuthDeg);
  const lb = bearingLine(b.towerId, b.azimuthDeg);
  if (!la || !lb) return undefined;
  const denom = la.dx * lb.dy - la.dy * lb.dx;
  if (Math.abs(denom) < 1e-6) return undefined;
  const t = ((lb.lon - la.lon) * lb.dy - (lb.lat - la.lat) * lb.dx) / denom;
  return { lat: la.lat + t * la.dy, lon: la.lon + t * la.dx, towers: [a.towerId, b.towerId] };
}

export class SightingRelay extends EventEmitter {
  private readonly recent: SmokeSighting[] = [];

  constructor(private readonly dutyCrew: () => string) {
    super();
    this.on('sighting', (s: SmokeSighting) => this.handleSighting(s));
  }

  private handleSighting(sighting: SmokeSighting): void {
    const cutoff = sighting.reportedAt.getTime() - TRIANGULATION_WINDOW_MS;
    while (this.recent.length > 0 && this.recent[0].reportedAt.getTime() < cutoff) this.recent.shift();

    const partner = this.recent.find((r) => r.towerId !== sighting.towerId);
    this.recent.push(sighting);
    if (!partner) {
      this.emit('awaiting-cross', sighting.towerId);
      return;
    }

    const fix = intersect(partner, sighting);
    if (!fix) return;

    const message =
      `Smoke (${sighting.color}) cross-fixed by ${fix.towers.join(' & ')} ` +
      `at ${fix.lat.toFixed(4)}, ${fix.lon.toFixed(4)}`;
    crewPager.page(this.dutyCrew(), message);
    this.emit('fix', fix);
  }

  report(sighting: SmokeSighting): void {
    if (sighting.azimuthDeg < 0 || sighting.azimuthDeg >= 360) {
      throw new RangeError(`azimuth ${sighting.azimuthDeg} out of range`);
    }
    this.emit('sighting', sighting);
  }
}
