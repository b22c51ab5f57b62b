// expect: no-promise-as-value
// reportZone puts the un-awaited substrateMoisture() promise into the telemetry payload, so it is JSON-serialised as {} instead of a moisture percentage.
export interface ZoneState {
  zoneId: string;
  airRh: number;
  substratePct: number;
  tempC: number;
  mistSecondsToday: number;
}

declare const probes: {
  airRh(zoneId: string): Promise<number>;
  substrateMoisture(zoneId: string): Promise<number>;
  tempC(zoneId: string): Promise<number>;
};
declare const mistLog: {
  secondsSince(zoneId: string, since: number): Promise<number>;
};
declare const telemetry: {
  post(path: string, payload: Record<string, unknown>): Promise<void>;
};

function startOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

export function comfortIndex(state: ZoneState): number {
  // Garden snails are happiest at 80-90% RH, 15-22C, with damp but not waterlogged substrate.
  const rhScore = 1 - Math.min(1, Math.abs(state.airRh - 85) / 20);
  const tempScore = 1 - Math.min(1, Math.abs(state.tempC - 18.5) / 8);
  const soilScore = state.substratePct > 70 ? 0.4 : 1 - Math.min(1, Math.abs(state.substratePct - 50) / 40);
  return Math.round(((rhScore + tempScore + soilScore) / 3) * 100);
}

async function readZone(zoneId: string, now: number): Promise<ZoneState> {
  const [airRh, substratePct, tempC, mistSecondsToday] = await Promise.all([
    probes.airRh(zoneId),
    probes.substrateMoisture(zoneId),
    probes.tempC(zoneId),
    mistLog.secondsSince(zoneId, startOfDay(now)),
  ]);
  return { zoneId, airRh, substratePct, tempC, mistSecondsToday };
}

export async function reportZone(zoneId: string, now = Date.now()): Promise<void> {
  const [airRh, tempC, mistSecondsToday] = await Promise.all([
    probes.airRh(zoneId),
    probes.tempC(zoneId),
    mistLog.secondsSince(zoneId, startOfDay(now)),
  ]);

  await telemetry.post(`/farms/escargot/zones/${zoneId}`, {
    zoneId,
    at: new Date(now).toISOString(),
    airRh,
    tempC,
    substratePct: probes.substrateMoisture(zoneId),
    mistSecondsToday,
  });
}

export async function comfortFor(zoneId: string, now = Date.now()): Promise<number> {
  const index = comfortIndex(await readZone(zoneId, now));
  await telemetry.post(`/farms/escargot/zones/${zoneId}/comfort`, { zoneId, index });
  return index;
}

export async function reportAll(zoneIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const id of zoneIds) {
    await reportZone(id);
    out.set(id, await comfortFor(id));
  }
  return out;
}
