// expect: no-unobserved-promise
// runCycle starts every valve pulse up front but awaits them one by one and throws on the first low-pressure zone, so later pulses that reject are never observed.
export interface MossZone {
  zoneId: string;
  valveId: string;
  species: "sheet" | "cushion" | "reindeer";
  areaM2: number;
}

export interface PulseResult {
  valveId: string;
  litres: number;
  pressureKpa: number;
  durationMs: number;
}

export interface CycleReport {
  wallId: string;
  litres: number;
  zones: number;
  startedAt: string;
}

declare const wallConfig: {
  zones(wallId: string): Promise<MossZone[]>;
};
declare const humiditySensors: {
  relativeHumidity(wallId: string): Promise<number>;
};
declare const valves: {
  pulse(valveId: string, millilitresPerM2: number, areaM2: number): Promise<PulseResult>;
  closeAll(wallId: string): Promise<void>;
};
declare const cycleLog: {
  write(report: CycleReport): Promise<void>;
};

const MIN_PRESSURE_KPA = 140;
const ML_PER_M2: Record<MossZone["species"], number> = {
  sheet: 180,
  cushion: 120,
  reindeer: 60,
};

export function dosageFor(zone: MossZone, humidityPct: number): number {
  const base = ML_PER_M2[zone.species];
  if (humidityPct >= 85) return 0;
  if (humidityPct >= 70) return Math.round(base * 0.5);
  return base;
}

export class LowPressureError extends Error {
  constructor(readonly valveId: string, readonly pressureKpa: number) {
    super(`valve ${valveId} delivered at ${pressureKpa} kPa (min ${MIN_PRESSURE_KPA})`);
    this.name = "LowPressureError";
  }
}

export async function runCycle(wallId: string): Promise<CycleReport | null> {
  const startedAt = new Date().toISOString();
  const [zones, humidity] = await Promise.all([
    wallConfig.zones(wallId),
    humiditySensors.relativeHumidity(wallId),
  ]);

  const due = zones.filter((z) => dosageFor(z, humidity) > 0);
  if (due.length === 0) return null;

  const pulses = due.map((z) => valves.pulse(z.valveId, dosageFor(z, humidity), z.areaM2));

  let litres = 0;
  for (const pulse of pulses) {
    const result = await pulse;
    if (result.pressureKpa < MIN_PRESSURE_KPA) {
      await valves.closeAll(wallId);
      throw new LowPressureError(result.valveId, result.pressureKpa);
    }
    litres += result.litres;
  }

  const report: CycleReport = {
    wallId,
    litres: Math.round(litres * 10) / 10,
    zones: due.length,
    startedAt,
  };
  await cycleLog.write(report);
  return report;
}
