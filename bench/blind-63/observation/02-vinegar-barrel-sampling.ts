// expect: no-floating-promises
// barrels.forEach(async ...) drops every per-barrel promise, so sampleCellar returns before acidity is recorded and rejections go unhandled.
export interface Barrel {
  barrelId: string;
  wood: 'oak' | 'chestnut' | 'cherry' | 'mulberry' | 'juniper';
  litres: number;
  lastToppedUp: Date;
}

export interface AcidityReading {
  barrelId: string;
  aceticPct: number;
  residualAlcoholPct: number;
}

declare const cellarDb: {
  barrelsInRow(row: string): Promise<Barrel[]>;
  recordAcidity(reading: AcidityReading & { takenAt: Date }): Promise<void>;
  scheduleTopUp(barrelId: string, litres: number): Promise<void>;
};

declare const titrator: {
  measure(barrelId: string): Promise<AcidityReading>;
};

// the angel's share: roughly this fraction of volume evaporates per year
const ANNUAL_EVAPORATION = 0.1;

function topUpLitres(barrel: Barrel, now: Date): number {
  const years = (now.getTime() - barrel.lastToppedUp.getTime()) / (365 * 24 * 3_600_000);
  return Math.round(barrel.litres * ANNUAL_EVAPORATION * years * 10) / 10;
}

export interface RowReport {
  row: string;
  barrels: number;
  toppedUp: string[];
}

export async function sampleCellar(row: string): Promise<RowReport> {
  const barrels = await cellarDb.barrelsInRow(row);
  const now = new Date();
  const toppedUp: string[] = [];

  for (const barrel of barrels) {
    const litres = topUpLitres(barrel, now);
    if (litres >= 1) {
      await cellarDb.scheduleTopUp(barrel.barrelId, litres);
      toppedUp.push(barrel.barrelId);
    }
  }

  barrels.forEach(async (barrel) => {
    const reading = await titrator.measure(barrel.barrelId);
    if (reading.residualAlcoholPct > 1) {
      // still converting: the mother needs more time before the next sample
      return;
    }
    await cellarDb.recordAcidity({ ...reading, takenAt: now });
  });

  return { row, barrels: barrels.length, toppedUp };
}

export async function sampleRows(rows: string[]): Promise<RowReport[]> {
  const reports: RowReport[] = [];
  for (const row of rows) {
    reports.push(await sampleCellar(row));
  }
  return reports;
}
