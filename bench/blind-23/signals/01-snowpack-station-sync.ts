// expect: require-signal-propagation
// The per-station observation fetch inside the loop is issued without options.signal, so cancelling a sync leaves those requests running.
import { setTimeout as delay } from 'node:timers/promises';

export type Aspect = 'N' | 'NE' | 'E' | 'SE' | 'S' | 'SW' | 'W' | 'NW';

export interface StationSummary {
  id: string;
  name: string;
  elevationM: number;
  aspect: Aspect;
}

export interface SnowObservation {
  stationId: string;
  observedAt: string;
  heightOfSnowCm: number;
  newSnow24hCm: number;
  windSpeedKmh: number;
  airTempC: number;
}

export interface SyncOptions {
  baseUrl: string;
  zoneId: string;
  apiKey: string;
  signal?: AbortSignal;
  /** Be polite to the network operator's API between station requests. */
  pauseBetweenMs?: number;
}

export interface ZoneSyncResult {
  zoneId: string;
  observations: SnowObservation[];
  offlineStations: string[];
}

async function getJson<T>(url: string, init: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) {
    throw new Error(`GET ${url} failed with ${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

function isPlausible(obs: SnowObservation): boolean {
  // Sensors occasionally report garbage after rime icing; drop obvious nonsense.
  if (obs.heightOfSnowCm < 0 || obs.heightOfSnowCm > 1500) return false;
  if (obs.newSnow24hCm < 0 || obs.newSnow24hCm > 250) return false;
  if (obs.airTempC < -60 || obs.airTempC > 35) return false;
  return true;
}

export async function syncZoneObservations(options: SyncOptions): Promise<ZoneSyncResult> {
  const { baseUrl, zoneId, apiKey, signal } = options;
  const pauseMs = options.pauseBetweenMs ?? 250;
  const headers = {
    authorization: `Bearer ${apiKey}`,
    accept: 'application/json',
  };

  const stations = await getJson<StationSummary[]>(`${baseUrl}/zones/${encodeURIComponent(zoneId)}/stations`, { headers, signal });

  const observations: SnowObservation[] = [];
  const offlineStations: string[] = [];

  for (const station of stations) {
    signal?.throwIfAborted();

    // Stations that are snowed in or out of battery answer 404 until the
    // next maintenance visit, so we treat that as "offline" rather than fatal.
    const res = await fetch(`${baseUrl}/stations/${encodeURIComponent(station.id)}/observations?window=24h`, { headers });
    if (res.status === 404) {
      offlineStations.push(station.id);
    } else if (!res.ok) {
      throw new Error(`station ${station.id}: ${res.status} ${res.statusText}`);
    } else {
      const rows = (await res.json()) as SnowObservation[];
      observations.push(...rows.filter(isPlausible));
    }

    if (pauseMs > 0) {
      await delay(pauseMs, undefined, { signal });
    }
  }

  observations.sort((a, b) => a.observedAt.localeCompare(b.observedAt));
  return { zoneId, observations, offlineStations };
}
