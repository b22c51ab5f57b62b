// expect: no-unchecked-settled-results
// allSettled results are cast to PromiseFulfilledResult and spread, so a failed probe silently yields a row with no reading.
export interface CellarReading {
  humidityPct: number;
  tempC: number;
  co2Ppm: number;
}

export interface Cellar {
  id: string;
  vintageRows: number;
  targetHumidityPct: number;
}

export interface CellarRow extends Partial<CellarReading> {
  cellarId: string;
  checkedAt: string;
}

declare const hygrometers: {
  read(cellarId: string): Promise<CellarReading>;
};

declare const cellarmasterReport: {
  publish(rows: CellarRow[]): Promise<void>;
};

declare const ventilation: {
  open(cellarId: string, minutes: number): Promise<void>;
};

const CO2_VENT_THRESHOLD_PPM = 2500;

function needsVenting(row: CellarRow): boolean {
  return (row.co2Ppm ?? 0) > CO2_VENT_THRESHOLD_PPM;
}

function drift(row: CellarRow, cellar: Cellar): number {
  if (row.humidityPct === undefined) {
    return 0;
  }
  return row.humidityPct - cellar.targetHumidityPct;
}

export async function nightlyRound(cellars: readonly Cellar[], now = new Date()): Promise<CellarRow[]> {
  const settled = await Promise.allSettled(cellars.map((c) => hygrometers.read(c.id)));

  const rows: CellarRow[] = settled.map((result, i) => ({
    cellarId: cellars[i].id,
    checkedAt: now.toISOString(),
    ...(result as PromiseFulfilledResult<CellarReading>).value,
  }));

  for (const [i, row] of rows.entries()) {
    if (needsVenting(row)) {
      await ventilation.open(row.cellarId, 20);
    }
    const d = drift(row, cellars[i]);
    if (Math.abs(d) > 8) {
      row.checkedAt = `${row.checkedAt} (drift ${d.toFixed(1)}%)`;
    }
  }

  await cellarmasterReport.publish(rows);
  return rows;
}

export function driestCellar(rows: readonly CellarRow[]): string | undefined {
  let best: CellarRow | undefined;
  for (const row of rows) {
    if (row.humidityPct === undefined) {
      continue;
    }
    if (!best || (best.humidityPct ?? Infinity) > row.humidityPct) {
      best = row;
    }
  }
  return best?.cellarId;
}

export function summarise(rows: readonly CellarRow[]): string {
  const measured = rows.filter((r) => r.humidityPct !== undefined);
  const avg = measured.reduce((sum, r) => sum + (r.humidityPct ?? 0), 0) / Math.max(1, measured.length);
  return `${measured.length}/${rows.length} cellars measured, mean humidity ${avg.toFixed(1)}%`;
}
