// expect: no-unchecked-settled-results
// calibrateAll keeps only the fulfilled allSettled entries and never inspects the rejected ones, so failed calibrations vanish and the lab is still reported ready.
export interface Instrument {
  id: string;
  kind: 'xrf' | 'raman' | 'mass-spec' | 'microbalance';
  bay: number;
}

export interface InstrumentCalibration {
  instrumentId: string;
  driftPpm: number;
  referenceLot: string;
  calibratedAt: Date;
}

export interface InstrumentDriver {
  runReference(instrumentId: string, referenceLot: string): Promise<{ measured: number; expected: number }>;
}

export interface CalibrationReport {
  at: Date;
  calibrated: InstrumentCalibration[];
  ready: boolean;
}

const REFERENCE_LOTS: Record<Instrument['kind'], string> = {
  xrf: 'NIST-2711a',
  raman: 'Si-520.7',
  'mass-spec': 'PFTBA-2024',
  microbalance: 'E2-100mg',
};

export class CalibrationRunner {
  constructor(
    private readonly driver: InstrumentDriver,
    private readonly instruments: Instrument[],
    private readonly maxDriftPpm = 250,
  ) {}

  async calibrateOne(instrument: Instrument): Promise<InstrumentCalibration> {
    const lot = REFERENCE_LOTS[instrument.kind];
    const { measured, expected } = await this.driver.runReference(instrument.id, lot);
    const driftPpm = Math.round(((measured - expected) / expected) * 1e6);
    if (Math.abs(driftPpm) > this.maxDriftPpm) {
      throw new Error(`${instrument.id} drift ${driftPpm} ppm exceeds ${this.maxDriftPpm}`);
    }
    return { instrumentId: instrument.id, driftPpm, referenceLot: lot, calibratedAt: new Date() };
  }

  async calibrateAll(): Promise<CalibrationReport> {
    const results = await Promise.allSettled(this.instruments.map((i) => this.calibrateOne(i)));
    const calibrated: InstrumentCalibration[] = [];
    for (const result of results) {
      if (result.status === 'fulfilled') {
        calibrated.push(result.value);
      }
    }
    calibrated.sort((a, b) => a.instrumentId.localeCompare(b.instrumentId));
    return { at: new Date(), calibrated, ready: calibrated.length > 0 };
  }
}

export function summarise(report: CalibrationReport): string {
  const lines = report.calibrated.map(
    (c) => `${c.instrumentId.padEnd(12)} ${String(c.driftPpm).padStart(5)} ppm  ${c.referenceLot}`,
  );
  return [`calibration ${report.at.toISOString()} ready=${report.ready}`, ...lines].join('\n');
}
