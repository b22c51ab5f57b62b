// expect: no-multiple-settle
// The exit handler only settles on a non-zero code, so a worker that exits cleanly without posting its result (an empty .ass file makes the converter return early) leaves convertInWorker pending forever and the festival batch stalls.
import { Worker } from 'node:worker_threads';
import { cpus } from 'node:os';

export interface SubtitleJob {
  filmId: string;
  language: string;
  sourcePath: string;
  targetFormat: 'vtt' | 'srt';
}

export interface Cue {
  startMs: number;
  endMs: number;
  text: string;
}

type WorkerReply = { ok: true; cues: Cue[] } | { ok: false; error: string };

const WORKER_URL = new URL('./subtitle-worker.js', import.meta.url);

export function convertInWorker(job: SubtitleJob): Promise<Cue[]> {
  return new Promise<Cue[]>((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: job });
    let finished = false;
    const settle = (fn: () => void) => {
      if (finished) return;
      finished = true;
      fn();
    };

    worker.once('message', (reply: WorkerReply) => {
      settle(() => (reply.ok ? resolve(reply.cues) : reject(new Error(`${job.filmId}/${job.language}: ${reply.error}`))));
    });
    worker.once('error', (err) => settle(() => reject(err)));
    worker.once('exit', (code) => {
      if (code !== 0) {
        settle(() => reject(new Error(`subtitle worker for ${job.filmId} exited with code ${code}`)));
      }
    });
  });
}

export async function convertFestival(jobs: SubtitleJob[], limit = Math.max(1, cpus().length - 1)): Promise<Map<string, Cue[]>> {
  const results = new Map<string, Cue[]>();
  const queue = [...jobs];
  const lanes = Array.from({ length: Math.min(limit, queue.length) }, async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      results.set(`${job.filmId}:${job.language}`, await convertInWorker(job));
    }
  });
  await Promise.all(lanes);
  return results;
}

export function longestCue(cues: Cue[]): Cue | undefined {
  let best: Cue | undefined;
  for (const cue of cues) {
    if (!best || cue.endMs - cue.startMs > best.endMs - best.startMs) best = cue;
  }
  return best;
}
