// expect: none
// The race's once() listeners share a controller aborted in finally and the worker is terminated and awaited, so no loser keeps running.
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

export interface SpecimenImage {
  drawer: string;
  pin: number;
  path: string;
}

export interface WingMorphometrics {
  pin: number;
  forewingMm: number;
  hindwingMm: number;
  eyespots: number;
  suggestedGenus: string | null;
}

declare const labConfig: {
  scannerWorker: string;
  maxScanMs: number;
};

declare const collectionDb: {
  saveMorphometrics(drawer: string, rows: WingMorphometrics[]): Promise<void>;
};

async function scanInWorker(images: SpecimenImage[], signal: AbortSignal): Promise<WingMorphometrics[]> {
  const worker = new Worker(labConfig.scannerWorker, { workerData: { images } });
  const controller = new AbortController();
  const listenSignal = AbortSignal.any([signal, controller.signal, AbortSignal.timeout(labConfig.maxScanMs)]);
  try {
    const result = await Promise.race([
      once(worker, 'message', { signal: listenSignal }).then(([rows]) => rows as WingMorphometrics[]),
      once(worker, 'exit', { signal: listenSignal }).then(([code]) => {
        throw new Error(`specimen scanner exited with code ${code} before reporting`);
      }),
    ]);
    return result;
  } finally {
    controller.abort();
    await worker.terminate();
  }
}

export async function scanDrawer(drawer: string, images: SpecimenImage[], signal: AbortSignal): Promise<WingMorphometrics[]> {
  const pinned = images.filter((img) => img.drawer === drawer).sort((a, b) => a.pin - b.pin);
  if (pinned.length === 0) return [];

  const rows = await scanInWorker(pinned, signal);
  const missing = pinned.filter((img) => !rows.some((r) => r.pin === img.pin)).map((img) => img.pin);
  if (missing.length > 0) {
    throw new Error(`drawer ${drawer}: scanner skipped pins ${missing.join(', ')}`);
  }

  // a hindwing longer than the forewing is almost always a mis-segmented image
  const suspicious = rows.filter((r) => r.hindwingMm > r.forewingMm);
  if (suspicious.length > rows.length / 4) {
    throw new Error(`drawer ${drawer}: ${suspicious.length} specimens look mis-segmented, rescan with backlight`);
  }

  await collectionDb.saveMorphometrics(drawer, rows);
  return rows;
}

export async function scanCabinet(drawers: Map<string, SpecimenImage[]>, signal: AbortSignal): Promise<number> {
  let total = 0;
  for (const [drawer, images] of drawers) {
    signal.throwIfAborted();
    total += (await scanDrawer(drawer, images, signal)).length;
  }
  return total;
}
