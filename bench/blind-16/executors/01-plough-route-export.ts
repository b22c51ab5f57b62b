// expect: no-multiple-settle
// The write-stream promise only listens for 'finish'; if the CSV file cannot be opened or written, it never settles (the stream 'error' is never turned into a rejection).
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import * as path from 'node:path';

export interface GpsFix {
  truckId: string;
  recordedAt: Date;
  lat: number;
  lon: number;
  bladeDown: boolean;
  saltRateKgPerKm: number;
}

export interface ShiftSummary {
  file: string;
  fixes: number;
  ploughedKm: number;
  saltKg: number;
}

const EARTH_RADIUS_KM = 6371;
const CSV_HEADER = 'truck_id,recorded_at,lat,lon,blade_down,salt_rate_kg_km\n';

function haversineKm(a: GpsFix, b: GpsFix): number {
  const toRad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

function toCsvRow(fix: GpsFix): string {
  return (
    [
      fix.truckId,
      fix.recordedAt.toISOString(),
      fix.lat.toFixed(6),
      fix.lon.toFixed(6),
      fix.bladeDown ? '1' : '0',
      fix.saltRateKgPerKm.toFixed(1),
    ].join(',') + '\n'
  );
}

function summarise(fixes: GpsFix[]): { ploughedKm: number; saltKg: number } {
  let ploughedKm = 0;
  let saltKg = 0;
  for (let i = 1; i < fixes.length; i++) {
    const prev = fixes[i - 1];
    const cur = fixes[i];
    if (!prev.bladeDown || !cur.bladeDown) continue;
    const km = haversineKm(prev, cur);
    ploughedKm += km;
    saltKg += km * prev.saltRateKgPerKm;
  }
  return { ploughedKm: Math.round(ploughedKm * 10) / 10, saltKg: Math.round(saltKg) };
}

export async function exportShift(outDir: string, shiftId: string, fixes: GpsFix[]): Promise<ShiftSummary> {
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, `shift-${shiftId}.csv`);
  const sorted = [...fixes].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());

  const out = createWriteStream(file, { encoding: 'utf8' });
  await new Promise<void>((resolve) => {
    out.on('finish', resolve);
    out.write(CSV_HEADER);
    for (const fix of sorted) {
      out.write(toCsvRow(fix));
    }
    out.end();
  });

  return { file, fixes: sorted.length, ...summarise(sorted) };
}

// Depot supervisors export every truck of a shift in one go at handover.
export async function exportDepotShift(outDir: string, shiftId: string, fixesByTruck: Map<string, GpsFix[]>): Promise<ShiftSummary[]> {
  const results: ShiftSummary[] = [];
  for (const [truckId, fixes] of fixesByTruck) {
    if (fixes.length < 2) continue;
    results.push(await exportShift(outDir, `${shiftId}-${truckId}`, fixes));
  }
  return results;
}
