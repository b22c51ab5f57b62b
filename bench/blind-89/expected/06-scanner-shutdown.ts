// expect: no-uncalled-async-function
// The SIGTERM handler does `await scanner.release` without calling it, so the film scanner's exclusive lock is never released before the process exits.
import { setTimeout as sleep } from 'node:timers/promises';

interface FilmScanner {
  acquire(owner: string): Promise<void>;
  release(): Promise<void>;
  scanFrame(frame: number): Promise<Buffer>;
  parkGate(): Promise<void>;
}

declare const scanner: FilmScanner;
declare const frameStore: {
  put(reelId: string, frame: number, data: Buffer): Promise<void>;
  flush(): Promise<void>;
  close(): Promise<void>;
};

let stopping = false;

export async function scanReel(reelId: string, firstFrame: number, lastFrame: number): Promise<number> {
  await scanner.acquire(`restoration-worker:${process.pid}`);
  let scanned = 0;
  for (let frame = firstFrame; frame <= lastFrame && !stopping; frame++) {
    const data = await scanner.scanFrame(frame);
    await frameStore.put(reelId, frame, data);
    scanned += 1;
    if (scanned % 500 === 0) {
      // Let the sprocket motor cool on long nitrate-safe runs.
      await sleep(2000);
    }
  }
  await scanner.parkGate();
  await scanner.release();
  return scanned;
}

async function shutdown(signal: NodeJS.Signals): Promise<void> {
  console.info(`received ${signal}, finishing current frame`);
  stopping = true;
  try {
    await scanner.parkGate();
    await scanner.release;
    await frameStore.flush();
    await frameStore.close();
  } finally {
    process.exit(0);
  }
}

export function installShutdownHandlers(): void {
  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    process.once(sig, (s) => {
      shutdown(s).catch((err: unknown) => {
        console.error('shutdown failed', err);
        process.exit(1);
      });
    });
  }
}

export async function main(argv: string[]): Promise<void> {
  installShutdownHandlers();
  const [reelId, from, to] = argv;
  const count = await scanReel(reelId, Number(from), Number(to));
  console.info(`scanned ${count} frames of ${reelId}`);
  await frameStore.close();
}
