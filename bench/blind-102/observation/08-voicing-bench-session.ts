// expect: no-unobserved-promise
// The scaling-spec download is started up front and only awaited after mounting the pipe and warming the wind chest, so if the archive request fails during those awaits its rejection is unhandled and crashes the bench process instead of failing this voicing step.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Pipe {
  rank: string;
  note: string;
  serial: string;
}

interface ScalingSpec {
  mouthWidthMm: number;
  cutUpMm: number;
  targetHz: number;
}

interface ScaleArchive {
  loadSpec(rank: string, note: string): Promise<ScalingSpec>;
}

interface VoicingBench {
  mount(pipe: Pipe): Promise<void>;
  setWindPressure(mmWater: number): Promise<void>;
  measureHz(): Promise<number>;
  unmount(): Promise<void>;
}

export interface VoicingStep {
  serial: string;
  measuredHz: number;
  targetHz: number;
  suggestion: string;
}

const WIND_PRESSURE_MM = 80;
const WARMUP_MS = 1500;

function suggest(measured: number, spec: ScalingSpec): string {
  const cents = 1200 * Math.log2(measured / spec.targetHz);
  if (Math.abs(cents) < 2) return 'in tune';
  return cents > 0
    ? `raise cut-up above ${spec.cutUpMm.toFixed(1)}mm or slot tuning roll down`
    : `lower cut-up below ${spec.cutUpMm.toFixed(1)}mm or open tuning slot`;
}

export class VoicingSession {
  private readonly log: VoicingStep[] = [];

  constructor(
    private readonly archive: ScaleArchive,
    private readonly bench: VoicingBench,
  ) {}

  async voice(pipe: Pipe): Promise<VoicingStep> {
    const specRequest = this.archive.loadSpec(pipe.rank, pipe.note);

    await this.bench.mount(pipe);
    try {
      await this.bench.setWindPressure(WIND_PRESSURE_MM);
      await sleep(WARMUP_MS);

      const spec = await specRequest;
      const measuredHz = await this.bench.measureHz();
      const step = { serial: pipe.serial, measuredHz, targetHz: spec.targetHz, suggestion: suggest(measuredHz, spec) };
      this.log.push(step);
      return step;
    } finally {
      await this.bench.unmount();
    }
  }

  history(rank: string): VoicingStep[] {
    return this.log.filter((s) => s.serial.startsWith(rank));
  }
}
