// expect: no-floating-promises
// runCycle() waters zones with zones.forEach(async ...), so each zone's valve sequence is dropped: the report is recorded before any valve closes and failures go unhandled.
import { setTimeout as sleep } from 'node:timers/promises';

export interface IrrigationZone {
  zoneId: string;
  valveId: string;
  areaM2: number;
  plantType: 'succulent' | 'vegetable' | 'herb' | 'shrub';
  litresPerMinute: number;
}

export interface CycleReport {
  roofId: string;
  startedAt: string;
  watered: Array<{ zoneId: string; litres: number }>;
  skipped: string[];
}

declare const soilSensors: {
  readAll(roofId: string): Promise<Map<string, number>>;
};

declare const valves: {
  open(valveId: string): Promise<void>;
  close(valveId: string): Promise<void>;
};

declare const weather: {
  rainExpectedMm(roofId: string, hours: number): Promise<number>;
};

declare const flowLog: {
  record(report: CycleReport): Promise<void>;
};

const TARGET_MOISTURE: Record<IrrigationZone['plantType'], number> = {
  succulent: 0.12,
  herb: 0.25,
  shrub: 0.3,
  vegetable: 0.38,
};

function litresNeeded(zone: IrrigationZone, moisture: number): number {
  const deficit = TARGET_MOISTURE[zone.plantType] - moisture;
  if (deficit <= 0) return 0;
  // ~10 litres per m2 per 0.1 volumetric deficit for a 15 cm substrate
  return Math.round(zone.areaM2 * deficit * 100);
}

export class WateringScheduler {
  constructor(
    private readonly roofId: string,
    private readonly zones: readonly IrrigationZone[],
  ) {}

  async runCycle(now = new Date()): Promise<CycleReport> {
    const report: CycleReport = { roofId: this.roofId, startedAt: now.toISOString(), watered: [], skipped: [] };

    const rainMm = await weather.rainExpectedMm(this.roofId, 6);
    if (rainMm > 4) {
      report.skipped = this.zones.map((z) => z.zoneId);
      await flowLog.record(report);
      return report;
    }

    const moisture = await soilSensors.readAll(this.roofId);
    const due = this.zones.filter((zone) => {
      const litres = litresNeeded(zone, moisture.get(zone.zoneId) ?? 0);
      if (litres === 0) report.skipped.push(zone.zoneId);
      return litres > 0;
    });

    due.forEach(async (zone) => {
      const litres = litresNeeded(zone, moisture.get(zone.zoneId) ?? 0);
      const minutes = litres / zone.litresPerMinute;
      await valves.open(zone.valveId);
      try {
        await sleep(minutes * 60_000);
      } finally {
        await valves.close(zone.valveId);
      }
      report.watered.push({ zoneId: zone.zoneId, litres });
    });

    await flowLog.record(report);
    return report;
  }
}
