// expect: no-swallowed-abort
// captureReel catches the AbortError and returns the frames captured so far as a normal result, so a cancelled scan is committed as a finished reel.
export interface CapturedFrame {
  index: number;
  sha1: string;
  exposureMs: number;
  bytes: number;
}

export interface ReelJob {
  reelId: string;
  title: string;
  frameCount: number;
  gauge: '16mm' | '35mm';
}

declare const scannerHead: {
  advance(frames: number, options: { signal: AbortSignal }): Promise<void>;
  capture(index: number, options: { exposureMs: number; signal: AbortSignal }): Promise<{ sha1: string; bytes: number }>;
  measureDensity(options: { signal: AbortSignal }): Promise<number>;
};

declare const archiveCatalog: {
  commit(reelId: string, frames: CapturedFrame[]): Promise<void>;
};

declare const scanLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

function exposureFor(density: number, gauge: ReelJob['gauge']): number {
  const base = gauge === '35mm' ? 12 : 8;
  return Math.round(base * Math.pow(10, density / 2));
}

async function captureReel(job: ReelJob, signal: AbortSignal): Promise<CapturedFrame[]> {
  const frames: CapturedFrame[] = [];
  try {
    let exposureMs = exposureFor(await scannerHead.measureDensity({ signal }), job.gauge);
    for (let index = 0; index < job.frameCount; index++) {
      if (index > 0 && index % 500 === 0) {
        exposureMs = exposureFor(await scannerHead.measureDensity({ signal }), job.gauge);
      }
      const shot = await scannerHead.capture(index, { exposureMs, signal });
      frames.push({ index, sha1: shot.sha1, bytes: shot.bytes, exposureMs });
      await scannerHead.advance(1, { signal });
    }
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') {
      scanLog.info('scan stopped by operator', { reelId: job.reelId, captured: frames.length });
      return frames;
    }
    throw err;
  }
  return frames;
}

export async function ingestReel(job: ReelJob, signal: AbortSignal): Promise<{ frames: number; gigabytes: number }> {
  const frames = await captureReel(job, signal);
  await archiveCatalog.commit(job.reelId, frames);
  const bytes = frames.reduce((sum, f) => sum + f.bytes, 0);
  scanLog.info('reel ingested', { reelId: job.reelId, title: job.title, frames: frames.length });
  return { frames: frames.length, gigabytes: Math.round((bytes / 1e9) * 100) / 100 };
}

export async function ingestQueue(jobs: ReelJob[], signal: AbortSignal): Promise<number> {
  let done = 0;
  for (const job of jobs) {
    signal.throwIfAborted();
    await ingestReel(job, signal);
    done += 1;
  }
  return done;
}
