// expect: none
// Correct: 'progress' fires many times but only updates state; the executor settles once on 'complete', 'error', 'jammed' or the watchdog, and finish() clears everything.
import { EventEmitter } from "node:events";

export interface SweepProgress {
  ringId: string;
  coveredPct: number;
  sandMovedKg: number;
}

export interface SweepSummary {
  ringId: string;
  durationMs: number;
  sandMovedKg: number;
  passes: number;
}

export class SweeperJammedError extends Error {
  constructor(readonly ringId: string, readonly bristleArm: number) {
    super(`sweeper jammed on ring ${ringId}, arm ${bristleArm}`);
    this.name = "SweeperJammedError";
  }
}

declare function createSweeper(ringId: string): EventEmitter & {
  start(pattern: "spiral" | "radial"): void;
  halt(): void;
};
declare const ringLog: { info(msg: string, data?: object): void };

export function sweepRing(
  ringId: string,
  pattern: "spiral" | "radial",
  maxMs = 4 * 60_000,
): Promise<SweepSummary> {
  const sweeper = createSweeper(ringId);
  const startedAt = Date.now();
  let lastProgress: SweepProgress = { ringId, coveredPct: 0, sandMovedKg: 0 };
  let passes = 0;

  return new Promise<SweepSummary>((resolve, reject) => {
    const onProgress = (p: SweepProgress) => {
      lastProgress = p;
      passes += 1;
    };
    const onComplete = () => {
      finish();
      resolve({
        ringId,
        durationMs: Date.now() - startedAt,
        sandMovedKg: lastProgress.sandMovedKg,
        passes,
      });
    };
    const onError = (err: Error) => {
      finish();
      reject(err);
    };
    const onJammed = (arm: number) => {
      finish();
      sweeper.halt();
      reject(new SweeperJammedError(ringId, arm));
    };
    const watchdog = setTimeout(() => {
      finish();
      sweeper.halt();
      reject(new Error(`sweep of ring ${ringId} exceeded ${maxMs}ms at ${lastProgress.coveredPct}%`));
    }, maxMs);

    function finish() {
      clearTimeout(watchdog);
      sweeper.off("progress", onProgress);
      sweeper.off("complete", onComplete);
      sweeper.off("error", onError);
      sweeper.off("jammed", onJammed);
    }

    sweeper.on("progress", onProgress);
    sweeper.once("complete", onComplete);
    sweeper.once("error", onError);
    sweeper.once("jammed", onJammed);
    try {
      sweeper.start(pattern);
    } catch (err) {
      finish();
      reject(err);
    }
  });
}

export async function prepareDohyoBetweenBouts(ringId: string, boutNumber: number): Promise<SweepSummary> {
  const pattern = boutNumber % 5 === 0 ? "radial" : "spiral";
  const summary = await sweepRing(ringId, pattern);
  ringLog.info("dohyo swept", { boutNumber, ...summary });
  return summary;
}
