// expect: none
// The async generator yields the awaited result of calling this.voicePipe(pipe), and the finally block calls `await this.bench.release()` and `await this.recorder.close()`, so every async function is invoked where its result is expected.
import { EventEmitter } from 'node:events';

export interface OrganPipe {
  rank: string;
  note: string;
  midi: number;
}

export interface VoicedPipe {
  pipe: OrganPipe;
  centsBefore: number;
  centsAfter: number;
  nicks: number;
}

interface VoicingBench {
  reserve(rank: string): Promise<void>;
  measureCents(pipe: OrganPipe): Promise<number>;
  adjustLanguid(pipe: OrganPipe, nicks: number): Promise<void>;
  release(): Promise<void>;
}

interface SessionRecorder {
  append(entry: VoicedPipe): Promise<void>;
  close(): Promise<void>;
}

function nicksFor(cents: number): number {
  return Math.min(6, Math.round(Math.abs(cents) / 1.5));
}

export class RankVoicingRun extends EventEmitter {
  constructor(
    private readonly bench: VoicingBench,
    private readonly recorder: SessionRecorder,
  ) {
    super();
  }

  private async voicePipe(pipe: OrganPipe): Promise<VoicedPipe> {
    const centsBefore = await this.bench.measureCents(pipe);
    const nicks = nicksFor(centsBefore);
    if (nicks > 0) await this.bench.adjustLanguid(pipe, nicks);
    const centsAfter = nicks > 0 ? await this.bench.measureCents(pipe) : centsBefore;
    const voiced = { pipe, centsBefore, centsAfter, nicks };
    await this.recorder.append(voiced);
    return voiced;
  }

  async *voiceRank(rank: string, pipes: OrganPipe[]): AsyncGenerator<VoicedPipe> {
    await this.bench.reserve(rank);
    try {
      for (const pipe of [...pipes].sort((a, b) => a.midi - b.midi)) {
        const voiced = await this.voicePipe(pipe);
        this.emit('pipe', voiced);
        yield voiced;
      }
    } finally {
      await this.bench.release();
      await this.recorder.close();
    }
  }
}

export async function voiceAndSummarise(run: RankVoicingRun, rank: string, pipes: OrganPipe[]): Promise<string> {
  let worst: VoicedPipe | undefined;
  let count = 0;
  for await (const voiced of run.voiceRank(rank, pipes)) {
    count++;
    if (!worst || Math.abs(voiced.centsAfter) > Math.abs(worst.centsAfter)) worst = voiced;
  }
  return worst
    ? `${rank}: ${count} pipes voiced, worst ${worst.pipe.note} at ${worst.centsAfter.toFixed(1)}c`
    : `${rank}: no pipes`;
}
