// expect: no-promise-as-value
// When a zone's cached reading has no humidity, `reading.humidity ?? probes.readHumidity(zone)` puts an un-awaited Promise into the JSON sent to the misting controller.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ZoneReading {
  zone: string;
  temperatureC: number;
  humidity?: number;
  lux: number;
  takenAt: number;
}

export interface ZoneProfile {
  genus: 'Phalaenopsis' | 'Cattleya' | 'Dendrobium' | 'Masdevallia';
  minHumidity: number;
  maxTemperatureC: number;
}

declare const probes: {
  latest(zone: string): Promise<ZoneReading>;
  readHumidity(zone: string): Promise<number>;
};

declare const mistingControllerUrl: string;

const PROFILES: Record<string, ZoneProfile> = {
  'house-1': { genus: 'Phalaenopsis', minHumidity: 60, maxTemperatureC: 29 },
  'house-2': { genus: 'Cattleya', minHumidity: 55, maxTemperatureC: 32 },
  'cool-room': { genus: 'Masdevallia', minHumidity: 80, maxTemperatureC: 21 },
};

function needsMist(profile: ZoneProfile, reading: ZoneReading): boolean {
  if (reading.temperatureC > profile.maxTemperatureC) return true;
  return reading.humidity !== undefined && reading.humidity < profile.minHumidity;
}

async function postWithRetry(url: string, body: string, attempts = 3): Promise<void> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(5_000),
      });
      if (res.ok) return;
      lastError = new Error(`controller replied ${res.status}`);
    } catch (err) {
      lastError = err;
    }
    await sleep(500 * 2 ** i);
  }
  throw lastError;
}

export async function regulateZone(zone: string): Promise<boolean> {
  const profile = PROFILES[zone];
  if (!profile) throw new Error(`no climate profile for ${zone}`);

  const reading = await probes.latest(zone);
  const stale = Date.now() - reading.takenAt > 10 * 60_000;
  if (!stale && !needsMist(profile, reading)) return false;

  // Longer bursts for the cool-growing genera, which dry out fastest.
  const burstSeconds = profile.genus === 'Masdevallia' ? 45 : 20;
  const payload = {
    zone,
    genus: profile.genus,
    burstSeconds,
    temperatureC: reading.temperatureC,
    humidity: reading.humidity ?? probes.readHumidity(zone),
    reason: stale ? 'stale-reading' : 'out-of-range',
  };

  await postWithRetry(`${mistingControllerUrl}/zones/${encodeURIComponent(zone)}/mist`, JSON.stringify(payload));
  return true;
}

export async function regulateAll(): Promise<string[]> {
  const zones = Object.keys(PROFILES);
  const results = await Promise.allSettled(zones.map((z) => regulateZone(z)));
  return zones.filter((_, i) => {
    const r = results[i];
    return r.status === 'fulfilled' && r.value;
  });
}
