// expect: no-read-before-settle
// detectedHz is assigned inside the execFile callback, but the cents calculation reads it synchronously right after execFile returns, before the pitch tool has even run, so it is always NaN.
import { execFile } from 'node:child_process';

export interface Chime {
  chimeId: string;
  note: string;
  targetHz: number;
  alloy: 'aluminium' | 'brass' | 'steel';
}

export interface Recorder {
  capture(chimeId: string, durationMs: number): Promise<string>;
}

export interface TuningReport {
  chimeId: string;
  note: string;
  detectedHz: number;
  cents: number;
  verdict: 'in-tune' | 'trim' | 'replace';
}

export interface ReportStore {
  save(report: TuningReport): Promise<void>;
}

function medianPitch(stdout: string): number {
  const values = stdout
    .split('\n')
    .map((line) => Number.parseFloat(line.split(/\s+/)[1] ?? ''))
    .filter((hz) => Number.isFinite(hz) && hz > 20)
    .sort((a, b) => a - b);
  if (values.length === 0) return Number.NaN;
  return values[Math.floor(values.length / 2)]!;
}

export class PitchChecker {
  constructor(
    private readonly recorder: Recorder,
    private readonly store: ReportStore,
    private readonly pitchBinary = 'aubiopitch',
    private readonly log: (line: string) => void = console.warn,
  ) {}

  async check(chime: Chime): Promise<TuningReport> {
    const wavPath = await this.recorder.capture(chime.chimeId, 4_000);

    let detectedHz = Number.NaN;
    execFile(this.pitchBinary, ['-i', wavPath, '-p', 'yinfft', '-u', 'hertz'], (err, stdout) => {
      if (err) {
        this.log(`pitch detection failed for ${chime.chimeId}: ${err.message}`);
        return;
      }
      detectedHz = medianPitch(stdout);
    });

    const cents = Math.round(1200 * Math.log2(detectedHz / chime.targetHz) * 10) / 10;
    let verdict: TuningReport['verdict'] = 'in-tune';
    if (!Number.isFinite(cents) || cents < -30) verdict = 'replace';
    else if (Math.abs(cents) > 5) verdict = 'trim';

    const report: TuningReport = { chimeId: chime.chimeId, note: chime.note, detectedHz, cents, verdict };
    await this.store.save(report);
    return report;
  }
}
