// expect: require-signal-propagation
// windBatch receives options.signal but never checks it or hands it on, so aborting a batch keeps winding every remaining spool.
export interface Spool {
  spoolId: string;
  note: "E" | "A" | "D" | "G";
  coreGauge: number;
  wrap: "silver" | "aluminium" | "tungsten";
  turns: number;
}

export interface WindingBatch {
  batchId: string;
  spools: Spool[];
}

export interface WindOptions {
  tensionProfile: "soft" | "medium" | "stark";
  maxRpm: number;
  signal: AbortSignal;
}

export interface WindReport {
  batchId: string;
  wound: string[];
  rejected: Array<{ spoolId: string; reason: string }>;
}

interface Lathe {
  loadCore(gauge: number, tensionN: number): Promise<void>;
  wind(material: Spool["wrap"], turns: number, rpm: number): Promise<{ gapsDetected: number }>;
  burnish(): Promise<void>;
  eject(): Promise<void>;
}

declare const qa: { recordSpool(batchId: string, spoolId: string, ok: boolean, note?: string): Promise<void> };

const CORE_TENSION_N: Record<WindOptions["tensionProfile"], number> = {
  soft: 38,
  medium: 44,
  stark: 51,
};

const WRAP_RPM_LIMIT: Record<Spool["wrap"], number> = {
  silver: 2400,
  aluminium: 3000,
  tungsten: 1800,
};

export class WindingStation {
  constructor(private readonly lathe: Lathe, readonly stationId: string) {}

  async windBatch(batch: WindingBatch, options: WindOptions): Promise<WindReport> {
    const report: WindReport = { batchId: batch.batchId, wound: [], rejected: [] };
    const tension = CORE_TENSION_N[options.tensionProfile];

    for (const spool of batch.spools) {
      const rpm = Math.min(options.maxRpm, WRAP_RPM_LIMIT[spool.wrap]);
      await this.lathe.loadCore(spool.coreGauge, spool.note === "E" ? tension * 1.1 : tension);
      try {
        const { gapsDetected } = await this.lathe.wind(spool.wrap, spool.turns, rpm);
        if (gapsDetected > 0) {
          report.rejected.push({ spoolId: spool.spoolId, reason: `${gapsDetected} wrap gap(s)` });
          await qa.recordSpool(batch.batchId, spool.spoolId, false, "wrap gaps");
          continue;
        }
        await this.lathe.burnish();
        report.wound.push(spool.spoolId);
        await qa.recordSpool(batch.batchId, spool.spoolId, true);
      } finally {
        await this.lathe.eject();
      }
    }
    return report;
  }
}
