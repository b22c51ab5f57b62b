// expect: no-read-before-settle
// calibrate() starts a callback-style readFile that assigns offsets, then immediately returns readings corrected with the offsets variable, which still holds the defaults because the callback has not run yet.
import { readFile } from 'node:fs';
import { EventEmitter } from 'node:events';

export interface RawSample {
  probe: string;
  pressureKpa: number;
  tempC: number;
  at: number;
}

export interface CorrectedSample extends RawSample {
  waterTableCm: number;
}

interface ProbeOffsets {
  [probe: string]: { zeroKpa: number; tempCoeff: number };
}

const DEFAULT_OFFSET = { zeroKpa: 101.3, tempCoeff: 0.0 };

function toWaterTable(sample: RawSample, offsets: ProbeOffsets): number {
  const o = offsets[sample.probe] ?? DEFAULT_OFFSET;
  const kpa = sample.pressureKpa - o.zeroKpa - o.tempCoeff * (sample.tempC - 10);
  return Math.round((kpa / 0.0981) * 10) / 10;
}

export class BogProbeArray extends EventEmitter {
  private buffer: RawSample[] = [];

  constructor(private readonly calibrationPath: string) {
    super();
  }

  push(sample: RawSample): void {
    this.buffer.push(sample);
    if (this.buffer.length >= 32) this.emit('full', this.buffer.length);
  }

  calibrate(): CorrectedSample[] {
    let offsets: ProbeOffsets = {};
    readFile(this.calibrationPath, 'utf8', (err, text) => {
      if (err) {
        this.emit('warning', `calibration file unreadable: ${err.message}`);
        return;
      }
      try {
        offsets = JSON.parse(text) as ProbeOffsets;
      } catch {
        this.emit('warning', 'calibration file is not valid JSON');
      }
    });

    const samples = this.buffer;
    this.buffer = [];
    return samples.map((s) => ({ ...s, waterTableCm: toWaterTable(s, offsets) }));
  }
}

export function flagDrawdown(samples: CorrectedSample[], thresholdCm = -30): string[] {
  const latest = new Map<string, CorrectedSample>();
  for (const s of samples) {
    const prev = latest.get(s.probe);
    if (!prev || s.at > prev.at) latest.set(s.probe, s);
  }
  return [...latest.values()]
    .filter((s) => s.waterTableCm < thresholdCm)
    .map((s) => `${s.probe}: water table ${s.waterTableCm}cm below surface`);
}
