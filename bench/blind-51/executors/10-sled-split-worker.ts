// expect: none
// The worker executor handles 'message', 'error' and 'exit'; a shared settle guard removes all listeners so an exit after the result cannot settle again.
import { Worker } from 'node:worker_threads';

export interface GateCrossing {
  gate: number;
  sensorTimestampNs: bigint;
}

export interface RunSplits {
  sledId: string;
  heat: number;
  splitsMs: number[];
  finishMs: number;
  topSpeedKmh: number;
}

type WorkerReply =
  | { kind: 'splits'; splitsMs: number[]; finishMs: number; topSpeedKmh: number }
  | { kind: 'invalid'; reason: string };

declare const timingConfig: {
  workerPath: string;
  gateDistancesM: number[];
};

declare const raceLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

export function computeSplits(sledId: string, heat: number, crossings: GateCrossing[]): Promise<RunSplits> {
  if (crossings.length < 2) {
    return Promise.reject(new Error(`sled ${sledId} heat ${heat}: need at least start and finish crossings`));
  }

  return new Promise<RunSplits>((resolve, reject) => {
    const worker = new Worker(timingConfig.workerPath, {
      workerData: {
        crossings: crossings.map((c) => ({ gate: c.gate, ns: c.sensorTimestampNs.toString() })),
        gateDistancesM: timingConfig.gateDistancesM,
      },
    });
    let done = false;

    const settle = (fn: () => void) => {
      if (done) return;
      done = true;
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      fn();
    };

    const onMessage = (reply: WorkerReply) => {
      if (reply.kind === 'invalid') {
        settle(() => reject(new Error(`timing worker rejected run: ${reply.reason}`)));
      } else {
        settle(() =>
          resolve({ sledId, heat, splitsMs: reply.splitsMs, finishMs: reply.finishMs, topSpeedKmh: reply.topSpeedKmh }),
        );
      }
      worker.terminate().catch(() => undefined);
    };
    const onError = (err: Error) => settle(() => reject(err));
    const onExit = (code: number) =>
      settle(() => reject(new Error(`timing worker exited with code ${code} before replying`)));

    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

export async function rankHeat(heat: number, runs: Map<string, GateCrossing[]>): Promise<RunSplits[]> {
  const results: RunSplits[] = [];
  for (const [sledId, crossings] of runs) {
    results.push(await computeSplits(sledId, heat, crossings));
  }
  results.sort((a, b) => a.finishMs - b.finishMs);
  raceLog.info('heat ranked', { heat, leader: results[0]?.sledId, sleds: results.length });
  return results;
}

export function formatSplit(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const hundredths = Math.floor((ms % 1000) / 10);
  return `${seconds}.${String(hundredths).padStart(2, '0')}`;
}
