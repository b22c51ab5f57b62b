// expect: none
// Correct: lastFeedTph/jawGapMm are read only after the awaited refresh or in later calls; `if (this.inflight)` and `this.inflight === run` test slot presence and identity, not a value.
import { EventEmitter } from 'node:events';

export interface CrusherStatus {
  lineId: string;
  feedTph: number;
  jawGapMm: number;
  amps: number;
  chokeRisk: 'low' | 'medium' | 'high';
}

declare const plc: {
  readRegister(lineId: string, name: 'jaw_gap_mm' | 'motor_amps'): Promise<number>;
};

export class CrusherLine {
  private lastFeedTph = 0;
  private jawGapMm = Number.NaN;
  private amps = 0;
  private inflight: Promise<CrusherStatus> | undefined;

  constructor(private readonly lineId: string, conveyor: EventEmitter) {
    conveyor.on('feed', (reading: { tph: number }) => {
      this.lastFeedTph = reading.tph;
    });
  }

  refresh(): Promise<CrusherStatus> {
    if (this.inflight) return this.inflight;
    const run = this.readAll();
    this.inflight = run;
    const clear = () => {
      if (this.inflight === run) this.inflight = undefined;
    };
    run.then(clear, clear);
    return run;
  }

  private async readAll(): Promise<CrusherStatus> {
    const [gap, amps] = await Promise.all([
      plc.readRegister(this.lineId, 'jaw_gap_mm'),
      plc.readRegister(this.lineId, 'motor_amps'),
    ]);
    this.jawGapMm = gap;
    this.amps = amps;
    return this.snapshot();
  }

  snapshot(): CrusherStatus {
    return {
      lineId: this.lineId,
      feedTph: this.lastFeedTph,
      jawGapMm: this.jawGapMm,
      amps: this.amps,
      chokeRisk: this.chokeRisk(),
    };
  }

  private chokeRisk(): CrusherStatus['chokeRisk'] {
    if (!Number.isFinite(this.jawGapMm)) return 'medium';
    // A narrow jaw with heavy feed and a labouring motor is the classic choke precursor.
    const load = this.lastFeedTph / Math.max(this.jawGapMm, 1);
    if (load > 4 || this.amps > 380) return 'high';
    if (load > 2.5 || this.amps > 320) return 'medium';
    return 'low';
  }
}

export async function shiftStartCheck(lines: CrusherLine[]): Promise<string[]> {
  const statuses = await Promise.all(lines.map((l) => l.refresh()));
  return statuses
    .filter((s) => s.chokeRisk !== 'low')
    .map((s) => `${s.lineId}: ${s.chokeRisk} choke risk (feed ${s.feedTph} t/h, gap ${s.jawGapMm} mm, ${s.amps} A)`);
}
