// expect: no-promise-as-value
// estimateEta() is async, so the assignment object JSON-stringified for the CAD gets a pending promise (serialised as {}) in etaSeconds.
export interface Incident {
  id: string;
  priority: 1 | 2 | 3 | 4;
  lat: number;
  lon: number;
  reportedAt: string;
}

export interface Unit {
  callsign: string;
  lat: number;
  lon: number;
  status: 'available' | 'en-route' | 'on-scene' | 'out-of-service';
  crewCertified: 'BLS' | 'ALS';
}

declare const routing: {
  drivingTime(
    from: { lat: number; lon: number },
    to: { lat: number; lon: number },
    opts: { lights: boolean },
  ): Promise<{ seconds: number }>;
};

const CAD_BASE = process.env.CAD_BASE_URL ?? 'https://cad.internal.example/api';
const EARTH_RADIUS_KM = 6371;

function haversineKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const toRad = (d: number) => (d * Math.PI) / 180;
  const dLat = toRad(bLat - aLat);
  const dLon = toRad(bLon - aLon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(aLat)) * Math.cos(toRad(bLat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

async function estimateEta(unit: Unit, incident: Incident): Promise<number> {
  const { seconds } = await routing.drivingTime(unit, incident, { lights: incident.priority <= 2 });
  // Routing occasionally returns 0 for units parked at the same station as the caller.
  return Math.max(seconds, 60);
}

export function pickNearest(units: readonly Unit[], incident: Incident): Unit | undefined {
  const needsAls = incident.priority === 1;
  return units
    .filter((u) => u.status === 'available')
    .filter((u) => !needsAls || u.crewCertified === 'ALS')
    .map((u) => ({ u, km: haversineKm(u.lat, u.lon, incident.lat, incident.lon) }))
    .sort((a, b) => a.km - b.km)[0]?.u;
}

export async function assignUnit(incident: Incident, units: readonly Unit[], signal?: AbortSignal): Promise<{ callsign: string } | null> {
  const unit = pickNearest(units, incident);
  if (!unit) {
    return null;
  }

  const assignment = {
    incidentId: incident.id,
    unit: unit.callsign,
    priority: incident.priority,
    etaSeconds: estimateEta(unit, incident),
    assignedAt: new Date().toISOString(),
  };

  const res = await fetch(`${CAD_BASE}/incidents/${encodeURIComponent(incident.id)}/assignments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(assignment),
    signal,
  });
  if (!res.ok) {
    throw new Error(`CAD rejected assignment of ${unit.callsign} to ${incident.id}: HTTP ${res.status}`);
  }
  unit.status = 'en-route';
  return { callsign: unit.callsign };
}
