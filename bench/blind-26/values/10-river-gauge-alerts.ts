// expect: none
// In-flight fetches are cached as promises on purpose and always awaited before their levels go into JSON.stringify, comparisons or `??` fallbacks.
export interface GaugeLevel {
  stationId: string;
  metres: number;
  observedAt: string;
}

interface StationConfig {
  stationId: string;
  river: string;
  warnAt: number;
  severeAt: number;
}

const API_BASE = 'https://hydro.example.gov/api/v2';
const inflight = new Map<string, Promise<GaugeLevel | null>>();

function latestLevel(stationId: string, signal?: AbortSignal): Promise<GaugeLevel | null> {
  const existing = inflight.get(stationId);
  if (existing) return existing;

  const request = fetch(`${API_BASE}/stations/${encodeURIComponent(stationId)}/latest`, { signal })
    .then(async (res) => {
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(`gauge ${stationId} responded ${res.status}`);
      return (await res.json()) as GaugeLevel;
    })
    .finally(() => inflight.delete(stationId));

  inflight.set(stationId, request);
  return request;
}

export async function checkStations(
  stations: StationConfig[],
  webhookUrl: string,
  lastKnown: Map<string, number>,
): Promise<number> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 8_000);
  let alertsSent = 0;

  try {
    for (const station of stations) {
      const level = await latestLevel(station.stationId, controller.signal);
      const metres = level?.metres ?? lastKnown.get(station.stationId);
      if (metres === undefined) continue;
      if (level) lastKnown.set(station.stationId, level.metres);

      if (metres < station.warnAt) continue;

      const severity = metres >= station.severeAt ? 'severe' : 'warning';
      const payload = {
        station: station.stationId,
        river: station.river,
        severity,
        metres,
        stale: level === null,
        observedAt: level?.observedAt ?? null,
      };

      const res = await fetch(webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
        signal: controller.signal,
      });
      if (!res.ok) {
        console.warn(`alert for ${station.river} at ${station.stationId} not delivered: ${res.status}`);
        continue;
      }
      alertsSent++;
    }
  } finally {
    clearTimeout(timer);
  }

  return alertsSent;
}
