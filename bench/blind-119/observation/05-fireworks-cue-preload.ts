// expect: none
// The warm-up promise gets its catch handler the moment it is created, and the cue loads go straight into Promise.all, so nothing can reject unobserved while other awaits run.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Cue {
  id: string;
  atMs: number;
  audioFile?: string;
  positions: number[];
}

export interface Show {
  id: string;
  title: string;
  cues: Cue[];
}

export interface FiringController {
  warmup(): Promise<boolean>;
  uploadTimeline(showId: string, cues: Array<{ id: string; atMs: number; positions: number[] }>): Promise<void>;
}

export interface Logger {
  warn(msg: string, err?: unknown): void;
}

export interface PreparedShow {
  show: Show;
  audio: Map<string, Buffer>;
  controllerWarm: boolean;
}

export class ShowPreloader {
  constructor(
    private readonly controller: FiringController,
    private readonly audioDir: string,
    private readonly log: Logger,
  ) {}

  async prepare(show: Show): Promise<PreparedShow> {
    const warmup = this.controller.warmup().catch((err: unknown) => {
      this.log.warn(`controller warm-up failed for ${show.id}, continuing cold`, err);
      return false;
    });

    const withAudio = show.cues.filter((c) => c.audioFile !== undefined);
    const buffers = await Promise.all(
      withAudio.map((cue) => readFile(join(this.audioDir, cue.audioFile as string))),
    );
    const audio = new Map<string, Buffer>();
    withAudio.forEach((cue, i) => audio.set(cue.id, buffers[i]));

    const ordered = [...show.cues].sort((a, b) => a.atMs - b.atMs);
    await this.controller.uploadTimeline(
      show.id,
      ordered.map(({ id, atMs, positions }) => ({ id, atMs, positions })),
    );

    const controllerWarm = await warmup;
    return { show, audio, controllerWarm };
  }
}

export function detectCollisions(cues: Cue[], minGapMs = 40): string[] {
  const byPosition = new Map<number, number[]>();
  for (const cue of cues) {
    for (const pos of cue.positions) {
      const times = byPosition.get(pos) ?? [];
      times.push(cue.atMs);
      byPosition.set(pos, times);
    }
  }
  const problems: string[] = [];
  for (const [pos, times] of byPosition) {
    times.sort((a, b) => a - b);
    for (let i = 1; i < times.length; i++) {
      if (times[i] - times[i - 1] < minGapMs) {
        problems.push(`position ${pos} fires twice within ${minGapMs}ms at ${times[i]}ms`);
      }
    }
  }
  return problems;
}
