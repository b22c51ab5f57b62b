// expect: none
// 'split' fires many times but the executor only settles on the finish gate, and every settle path (finish, error, close, timeout) first runs one cleanup that removes listeners and clears the timer.
import { EventEmitter } from "node:events";

export interface SplitEvent {
  runId: string;
  gate: number;
  elapsedMs: number;
}

export interface RunResult {
  runId: string;
  sled: string;
  splits: number[];
  finishMs: number;
}

declare const gateBus: EventEmitter;
declare const audit: { record(kind: string, payload: object): void };
declare const startHouse: { release(runId: string): Promise<void> };

const FINISH_GATE = 5;
const DEFAULT_TIMEOUT_MS = 120_000;

export function waitForFinish(runId: string, sled: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RunResult> {
  return new Promise<RunResult>((resolve, reject) => {
    const splits: number[] = [];

    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`run ${runId} did not reach gate ${FINISH_GATE} within ${timeoutMs}ms`));
    }, timeoutMs);

    function cleanup(): void {
      clearTimeout(timer);
      gateBus.off("split", onSplit);
      gateBus.off("error", onError);
      gateBus.off("close", onClose);
    }

    function onSplit(ev: SplitEvent): void {
      if (ev.runId !== runId) return;
      splits[ev.gate - 1] = ev.elapsedMs;
      if (ev.gate < FINISH_GATE) return;
      cleanup();
      resolve({ runId, sled, splits, finishMs: ev.elapsedMs });
    }

    function onError(err: Error): void {
      cleanup();
      reject(err);
    }

    function onClose(): void {
      cleanup();
      reject(new Error(`timing bus closed during run ${runId}`));
    }

    gateBus.on("split", onSplit);
    gateBus.on("error", onError);
    gateBus.on("close", onClose);
  });
}

export interface HeatEntry {
  runId: string;
  sled: string;
  nation: string;
}

export async function runHeat(entries: HeatEntry[]): Promise<RunResult[]> {
  const results: RunResult[] = [];
  for (const entry of entries) {
    // listen before releasing the sled so the first gate cannot be missed
    const [result] = await Promise.all([
      waitForFinish(entry.runId, entry.sled),
      startHouse.release(entry.runId),
    ]);
    audit.record("run.finished", { ...entry, finishMs: result.finishMs });
    results.push(result);
  }
  return results.sort((a, b) => a.finishMs - b.finishMs);
}

export function formatSplits(result: RunResult): string {
  return result.splits
    .map((ms, i) => `G${i + 1} ${(ms / 1000).toFixed(2)}s`)
    .join("  ");
}
