// expect: no-leaked-race
// Bug: the race's losers keep running: the 5-minute timeout timer is never cleared when the profile arrives, and the once() listener stays attached when the timeout wins.
import { EventEmitter, once } from 'node:events';

interface WindLayer {
  altitudeFt: number;
  directionDeg: number;
  speedKt: number;
}

interface LaunchDecision {
  siteId: string;
  go: boolean;
  reasons: string[];
  layers: WindLayer[];
}

declare const pibalTracker: EventEmitter & { release(siteId: string): void };
declare const metar: { surfaceWind(siteId: string): Promise<{ speedKt: number; gustKt: number | null }> };

const MAX_SURFACE_KT = 8;
const MAX_GUST_SPREAD_KT = 5;
const MAX_LAYER_KT = 20;

function pibalTimeout(ms: number): Promise<never> {
  return new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(`pibal not tracked within ${ms / 1000}s`)), ms);
  });
}

async function trackPibal(siteId: string, timeoutMs: number): Promise<WindLayer[]> {
  pibalTracker.release(siteId);
  const [layers] = (await Promise.race([
    once(pibalTracker, `profile:${siteId}`),
    pibalTimeout(timeoutMs),
  ])) as [WindLayer[]];
  return layers;
}

export async function decideLaunch(siteId: string, plannedAltitudeFt: number): Promise<LaunchDecision> {
  const reasons: string[] = [];
  const surface = await metar.surfaceWind(siteId);
  if (surface.speedKt > MAX_SURFACE_KT) reasons.push(`surface wind ${surface.speedKt} kt`);
  if (surface.gustKt !== null && surface.gustKt - surface.speedKt > MAX_GUST_SPREAD_KT) {
    reasons.push(`gust spread ${surface.gustKt - surface.speedKt} kt`);
  }

  const layers = await trackPibal(siteId, 5 * 60_000);
  const relevant = layers.filter((l) => l.altitudeFt <= plannedAltitudeFt + 1_000);
  for (const layer of relevant) {
    if (layer.speedKt > MAX_LAYER_KT) {
      reasons.push(`${layer.speedKt} kt at ${layer.altitudeFt} ft`);
    }
  }

  const directions = relevant.map((l) => l.directionDeg);
  const shear = directions.length > 1 ? Math.max(...directions) - Math.min(...directions) : 0;
  if (shear > 90) reasons.push(`directional shear ${shear}°`);

  return { siteId, go: reasons.length === 0, reasons, layers: relevant };
}
