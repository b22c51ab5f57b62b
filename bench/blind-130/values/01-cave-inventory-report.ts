// expect: none
// Every async lookup is awaited before its value is interpolated into the report text or the JSON posted to the dashboard.
export interface Wheel {
  wheelId: string;
  style: 'gruyere' | 'sbrinz' | 'raclette' | 'bergkase';
  weightKg: number;
  placedOn: string;
}

export interface CaveClimate {
  temperatureC: number;
  relativeHumidity: number;
}

export interface CaveRepository {
  listWheels(caveId: string): Promise<Wheel[]>;
  currentClimate(caveId: string): Promise<CaveClimate>;
  affineurOnDuty(caveId: string): Promise<string | null>;
}

export interface InventoryReport {
  caveId: string;
  text: string;
  totalKg: number;
}

function ageInMonths(placedOn: string, now: Date): number {
  const placed = new Date(placedOn);
  return (now.getFullYear() - placed.getFullYear()) * 12 + (now.getMonth() - placed.getMonth());
}

export async function buildInventoryReport(
  repo: CaveRepository,
  caveId: string,
  now = new Date(),
): Promise<InventoryReport> {
  const [wheels, climate] = await Promise.all([repo.listWheels(caveId), repo.currentClimate(caveId)]);
  const affineur = (await repo.affineurOnDuty(caveId)) ?? 'unassigned';

  const totalKg = wheels.reduce((sum, w) => sum + w.weightKg, 0);
  const ready = wheels.filter((w) => ageInMonths(w.placedOn, now) >= 12);
  const byStyle = new Map<string, number>();
  for (const w of wheels) byStyle.set(w.style, (byStyle.get(w.style) ?? 0) + 1);

  const lines = [
    `Cave ${caveId} — ${now.toISOString().slice(0, 10)}`,
    `Affineur on duty: ${affineur}`,
    `Climate: ${climate.temperatureC.toFixed(1)}°C / ${climate.relativeHumidity}% RH`,
    `Wheels: ${wheels.length} (${totalKg.toFixed(0)} kg), ${ready.length} ready for sale`,
    ...[...byStyle.entries()].map(([style, count]) => `  ${style}: ${count}`),
  ];
  return { caveId, text: lines.join('\n'), totalKg };
}

export async function publishInventory(
  repo: CaveRepository,
  caveIds: string[],
  dashboardUrl: string,
): Promise<void> {
  const reports = await Promise.all(caveIds.map((id) => buildInventoryReport(repo, id)));
  const res = await fetch(dashboardUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      generatedAt: new Date().toISOString(),
      caves: reports.map((r) => ({ caveId: r.caveId, totalKg: r.totalKg, summary: r.text })),
    }),
  });
  if (!res.ok) throw new Error(`dashboard rejected inventory: ${res.status}`);
}
