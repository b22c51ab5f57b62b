// expect: no-unchecked-settled-results
// The allSettled results are cast straight to fulfilled and their .value read, so a zone whose valve failed is reported with an undefined ack.
export interface MossZone {
  id: string;
  wall: string;
  areaM2: number;
  moisturePct: number;
  targetPct: number;
}

export interface ValveAck {
  zoneId: string;
  litres: number;
  closedAt: string;
}

export interface RoundReport {
  startedAt: string;
  zones: Array<{ zoneId: string; litres: number }>;
  totalLitres: number;
}

declare const valves: {
  pulse(zoneId: string, seconds: number): Promise<ValveAck>;
};
declare const sensors: { moisture(zoneId: string): Promise<number> };
declare const history: { append(report: RoundReport): Promise<void> };

const LITRES_PER_SECOND = 0.12;
const MAX_PULSE_SECONDS = 90;

function pulseSeconds(zone: MossZone): number {
  const deficit = Math.max(0, zone.targetPct - zone.moisturePct);
  // ~0.4 L per m2 per percentage point for sheet moss on felt backing
  const litres = deficit * zone.areaM2 * 0.4;
  return Math.min(MAX_PULSE_SECONDS, Math.ceil(litres / LITRES_PER_SECOND));
}

export async function refreshMoisture(zones: MossZone[]): Promise<MossZone[]> {
  const readings = await Promise.all(zones.map((z) => sensors.moisture(z.id)));
  return zones.map((zone, i) => ({ ...zone, moisturePct: readings[i] }));
}

export async function wateringRound(zones: MossZone[]): Promise<RoundReport> {
  const startedAt = new Date().toISOString();
  const current = await refreshMoisture(zones);
  const thirsty = current.filter((zone) => zone.moisturePct < zone.targetPct - 2);

  const settled = await Promise.allSettled(thirsty.map((zone) => valves.pulse(zone.id, pulseSeconds(zone))));

  const watered = settled.map((result, i) => {
    const ack = (result as PromiseFulfilledResult<ValveAck>).value;
    return { zoneId: thirsty[i].id, litres: ack.litres };
  });

  const report: RoundReport = {
    startedAt,
    zones: watered,
    totalLitres: Math.round(watered.reduce((sum, z) => sum + z.litres, 0) * 10) / 10,
  };
  await history.append(report);
  return report;
}

export function wallsNeedingService(report: RoundReport, zones: MossZone[]): string[] {
  const byZone = new Map(zones.map((z) => [z.id, z.wall]));
  const heavy = report.zones.filter((z) => z.litres > MAX_PULSE_SECONDS * LITRES_PER_SECOND * 0.9);
  return [...new Set(heavy.map((z) => byZone.get(z.zoneId) ?? "unknown"))];
}
