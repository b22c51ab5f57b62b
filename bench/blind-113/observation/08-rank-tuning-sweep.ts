// expect: no-unobserved-promise
// All pipe analyses are started up front and then awaited one at a time, so a later pipe that rejects while an earlier one is still pending has no handler attached.
export interface PipeRecording {
  rank: string;
  note: string;
  targetHz: number;
  wavPath: string;
}

export interface PipeAnalysis {
  note: string;
  fundamentalHz: number;
  cents: number;
  speechMs: number; // time for the pipe to speak after the pallet opens
}

export interface DspService {
  analyse(recording: PipeRecording, opts: { windowMs: number }): Promise<PipeAnalysis>;
}

export interface SweepReport {
  rank: string;
  analysed: PipeAnalysis[];
  flat: string[];
  sharp: string[];
  slowSpeech: string[];
}

export class RankTuningSweep {
  constructor(
    private readonly dsp: DspService,
    private readonly onProgress: (done: number, total: number) => void = () => {},
  ) {}

  async sweep(rank: string, recordings: PipeRecording[], toleranceCents = 2.5): Promise<SweepReport> {
    const pending = recordings.map((rec) => this.dsp.analyse(rec, { windowMs: 1200 }));

    const analysed: PipeAnalysis[] = [];
    for (const [i, job] of pending.entries()) {
      analysed.push(await job);
      this.onProgress(i + 1, recordings.length);
    }

    return {
      rank,
      analysed,
      flat: analysed.filter((a) => a.cents < -toleranceCents).map((a) => a.note),
      sharp: analysed.filter((a) => a.cents > toleranceCents).map((a) => a.note),
      slowSpeech: analysed.filter((a) => a.speechMs > 180).map((a) => a.note),
    };
  }
}

export function tuningSheet(report: SweepReport): string {
  const lines = [`Rank: ${report.rank}`, 'note   cents   speech'];
  for (const a of report.analysed) {
    const cents = (a.cents >= 0 ? '+' : '') + a.cents.toFixed(1);
    lines.push(`${a.note.padEnd(6)} ${cents.padStart(6)}  ${String(a.speechMs).padStart(4)} ms`);
  }
  lines.push(`flat: ${report.flat.join(' ') || '-'}`, `sharp: ${report.sharp.join(' ') || '-'}`);
  return lines.join('\n');
}
