// expect: no-multiple-settle
// The worker 'message' listener throws when the worker reports a failure; that throw escapes as an uncaught exception instead of rejecting, and the promise never settles.
import { Worker } from 'node:worker_threads';
import { cpus } from 'node:os';

export interface TransectPhoto {
  transectId: string;
  file: string;
  depthM: number;
}

type Label = 'macrocystis' | 'nereocystis' | 'urchin-barren' | 'sea-star' | 'sand' | 'unknown';

type WorkerReply =
  | { ok: true; photo: string; labels: Array<{ label: Label; cover: number }> }
  | { ok: false; photo: string; error: string };

export interface Classification {
  photo: string;
  dominant: Label;
  kelpCover: number;
  barren: boolean;
}

const WORKER_URL = new URL('./classify-worker.js', import.meta.url);

function summarise(photo: string, labels: Array<{ label: Label; cover: number }>): Classification {
  const sorted = [...labels].sort((a, b) => b.cover - a.cover);
  const kelpCover = labels
    .filter((l) => l.label === 'macrocystis' || l.label === 'nereocystis')
    .reduce((sum, l) => sum + l.cover, 0);
  const urchins = labels.find((l) => l.label === 'urchin-barren')?.cover ?? 0;
  return {
    photo,
    dominant: sorted[0]?.label ?? 'unknown',
    kelpCover,
    barren: urchins > 0.4 && kelpCover < 0.1,
  };
}

export function classifyPhoto(photo: TransectPhoto, modelPath: string): Promise<Classification> {
  return new Promise<Classification>((resolve, reject) => {
    const worker = new Worker(WORKER_URL, {
      workerData: { file: photo.file, depthM: photo.depthM, modelPath },
    });

    worker.once('message', (reply: WorkerReply) => {
      if (!reply.ok) {
        throw new Error(`classifier failed on ${reply.photo}: ${reply.error}`);
      }
      resolve(summarise(reply.photo, reply.labels));
    });

    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`classifier worker exited with code ${code} on ${photo.file}`));
    });
  });
}

export async function classifyTransect(photos: TransectPhoto[], modelPath: string): Promise<Classification[]> {
  const limit = Math.max(1, Math.min(4, cpus().length - 1));
  const results: Classification[] = new Array(photos.length);
  let next = 0;

  async function lane(): Promise<void> {
    while (next < photos.length) {
      const i = next++;
      results[i] = await classifyPhoto(photos[i], modelPath);
    }
  }

  await Promise.all(Array.from({ length: limit }, () => lane()));
  return results;
}
