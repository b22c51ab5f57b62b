// expect: none
// The per-leg uploads are mapped to promises that are all awaited with Promise.all and the per-car files are written in an awaited for-of loop, so no async work is dropped.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface LegTelemetry {
  car: string;
  leg: number;
  distanceKm: number;
  energyInWh: number;
  energyOutWh: number;
  movingSeconds: number;
}

export interface ResultsPortal {
  uploadLeg(leg: LegTelemetry): Promise<{ receipt: string }>;
}

export interface ExportSummary {
  receipts: string[];
  files: string[];
}

function toCsv(legs: LegTelemetry[]): string {
  const header = 'leg,distance_km,energy_in_wh,energy_out_wh,avg_kph,net_wh_per_km';
  const rows = legs.map((l) => {
    const avgKph = l.movingSeconds ? (l.distanceKm / l.movingSeconds) * 3600 : 0;
    const net = l.distanceKm ? (l.energyOutWh - l.energyInWh) / l.distanceKm : 0;
    return [l.leg, l.distanceKm, l.energyInWh, l.energyOutWh, avgKph.toFixed(1), net.toFixed(2)].join(',');
  });
  return [header, ...rows].join('\n') + '\n';
}

export class RallyLegExporter {
  constructor(
    private readonly portal: ResultsPortal,
    private readonly outDir: string,
  ) {}

  async export(legs: LegTelemetry[]): Promise<ExportSummary> {
    await mkdir(this.outDir, { recursive: true });

    const uploads = await Promise.all(
      legs.map(async (leg) => {
        const { receipt } = await this.portal.uploadLeg(leg);
        return `${leg.car}/${leg.leg}:${receipt}`;
      }),
    );

    const byCar = new Map<string, LegTelemetry[]>();
    for (const leg of legs) {
      const list = byCar.get(leg.car) ?? [];
      list.push(leg);
      byCar.set(leg.car, list);
    }

    const files: string[] = [];
    for (const [car, carLegs] of byCar) {
      const file = join(this.outDir, `${car.replace(/[^a-z0-9-]/gi, '_')}.csv`);
      await writeFile(file, toCsv(carLegs.sort((a, b) => a.leg - b.leg)), 'utf8');
      files.push(file);
    }

    return { receipts: uploads, files };
  }
}
