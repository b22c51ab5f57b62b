// expect: none
// The worker wrapper listens for message, error and exit, and a single settle() detaches all of them and clears the timer before settling.
import { Worker } from 'node:worker_threads';

export interface BellStrike {
  bell: number;
  atMs: number;
  velocity: number;
}

export interface PealScore {
  title: string;
  tower: string;
  strikes: BellStrike[];
}

export interface RenderedPeal {
  title: string;
  durationMs: number;
  wavPath: string;
  peakDb: number;
}

export interface RenderOptions {
  workerPath: string;
  sampleRate: 44100 | 48000;
  timeoutMs: number;
  outputDir: string;
}

declare const towerLog: {
  warn(message: string, fields?: Record<string, unknown>): void;
};

function isRenderedPeal(value: unknown): value is RenderedPeal {
  const v = value as Partial<RenderedPeal> | null;
  return !!v && typeof v.wavPath === 'string' && typeof v.durationMs === 'number';
}

export function renderPeal(score: PealScore, options: RenderOptions): Promise<RenderedPeal> {
  return new Promise<RenderedPeal>((resolve, reject) => {
    const worker = new Worker(options.workerPath, {
      workerData: { score, sampleRate: options.sampleRate, outputDir: options.outputDir },
    });

    const onMessage = (message: unknown) => {
      if (isRenderedPeal(message)) settle(() => resolve(message));
      else settle(() => reject(new Error(`renderer sent an unexpected message for "${score.title}"`)));
    };
    const onError = (err: Error) => settle(() => reject(err));
    const onExit = (code: number) => {
      settle(() => reject(new Error(`renderer exited with code ${code} before finishing "${score.title}"`)));
    };
    const timer = setTimeout(() => {
      settle(() => reject(new Error(`rendering "${score.title}" took longer than ${options.timeoutMs}ms`)));
      worker.terminate().catch((err: unknown) => towerLog.warn('terminate failed', { err: String(err) }));
    }, options.timeoutMs);

    function settle(apply: () => void): void {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      apply();
    }

    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

export interface ServiceSlot {
  service: string;
  startsAt: Date;
  score: PealScore;
}

export function lastStrikeMs(score: PealScore): number {
  return score.strikes.reduce((max, s) => Math.max(max, s.atMs), 0);
}

export async function prepareWeek(slots: ServiceSlot[], options: RenderOptions): Promise<Map<string, RenderedPeal>> {
  const ordered = [...slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const rendered = new Map<string, RenderedPeal>();
  for (const slot of ordered) {
    if (rendered.has(slot.score.title)) continue;
    const budget = Math.max(options.timeoutMs, lastStrikeMs(slot.score) * 2);
    rendered.set(slot.score.title, await renderPeal(slot.score, { ...options, timeoutMs: budget }));
  }
  return rendered;
}
