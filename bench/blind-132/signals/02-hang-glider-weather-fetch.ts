// expect: none
// The caller's signal is passed to every fetch and to the backoff sleep, so aborting stops both the in-flight request and the wait between attempts.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SoundingPoint {
  altitudeM: number;
  tempC: number;
  dewpointC: number;
  windKts: number;
  windDirDeg: number;
}

export interface Sounding {
  siteId: string;
  validAt: string;
  points: SoundingPoint[];
}

export interface SoundingOptions {
  signal?: AbortSignal;
  attempts?: number;
  delayMs?: number;
}

class UpstreamBusy extends Error {
  constructor(readonly status: number) {
    super(`sounding service busy (${status})`);
    this.name = 'UpstreamBusy';
  }
}

export async function fetchSounding(api: string, siteId: string, opts: SoundingOptions = {}): Promise<Sounding> {
  const { signal, attempts = 3, delayMs = 750 } = opts;

  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(`${api}/soundings/${encodeURIComponent(siteId)}/latest`, {
        signal,
        headers: { accept: 'application/json' },
      });
      if (res.status === 429 || res.status === 503) throw new UpstreamBusy(res.status);
      if (!res.ok) throw new Error(`sounding for ${siteId} failed with ${res.status}`);
      return (await res.json()) as Sounding;
    } catch (err) {
      if (!(err instanceof UpstreamBusy) || attempt >= attempts) throw err;
      await sleep(delayMs * attempt, undefined, { signal });
    }
  }
}

export function thermalTop(sounding: Sounding, surfaceTempC: number): number {
  // dry adiabatic lapse rate ~9.8°C per km
  let top = sounding.points[0]?.altitudeM ?? 0;
  for (const p of sounding.points) {
    const parcelTemp = surfaceTempC - (9.8 * (p.altitudeM - (sounding.points[0]?.altitudeM ?? 0))) / 1000;
    if (parcelTemp <= p.tempC) break;
    top = p.altitudeM;
  }
  return top;
}

export async function briefing(api: string, siteIds: readonly string[], surfaceTempC: number, signal?: AbortSignal) {
  const lines: string[] = [];
  for (const siteId of siteIds) {
    const sounding = await fetchSounding(api, siteId, { signal });
    const windy = sounding.points.some((p) => p.altitudeM < 1_500 && p.windKts > 20);
    lines.push(`${siteId}: thermals to ~${thermalTop(sounding, surfaceTempC)} m${windy ? ', strong wind aloft' : ''}`);
  }
  return lines.join('\n');
}
