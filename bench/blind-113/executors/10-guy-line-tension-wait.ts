// expect: no-multiple-settle
// The sample listener resolves and detaches once the target tension is reached, but the timeout is never cleared and later calls reject on the already-resolved promise.
import { EventEmitter } from 'node:events';

export interface LoadCell extends EventEmitter {
  readonly anchorId: string;
  zero(): void;
}

export interface TensionSample {
  anchorId: string;
  kN: number;
  at: number;
}

export interface TensionStep {
  cell: LoadCell;
  targetKN: number;
  label: string; // e.g. "king pole 2 / guy NE"
}

export function waitForTension(cell: LoadCell, targetKN: number, timeoutMs: number): Promise<TensionSample> {
  return new Promise((resolve, reject) => {
    const onSample = (sample: TensionSample) => {
      if (sample.kN < targetKN) return;
      cell.off('sample', onSample);
      resolve(sample);
    };

    cell.on('sample', onSample);

    setTimeout(() => {
      cell.off('sample', onSample);
      reject(new Error(`anchor ${cell.anchorId} did not reach ${targetKN} kN within ${timeoutMs} ms`));
    }, timeoutMs);
  });
}

export interface TensionLogEntry {
  label: string;
  anchorId: string;
  reachedKN: number;
  tookMs: number;
}

export async function runTensionSequence(
  steps: TensionStep[],
  announce: (message: string) => void,
  perStepTimeoutMs = 90_000,
): Promise<TensionLogEntry[]> {
  const log: TensionLogEntry[] = [];
  for (const step of steps) {
    step.cell.zero();
    announce(`Crew: tension ${step.label} to ${step.targetKN} kN`);
    const started = Date.now();
    const sample = await waitForTension(step.cell, step.targetKN, perStepTimeoutMs);
    log.push({
      label: step.label,
      anchorId: sample.anchorId,
      reachedKN: sample.kN,
      tookMs: Date.now() - started,
    });
    announce(`${step.label} holding at ${sample.kN.toFixed(1)} kN`);
  }
  return log;
}

export function unevenAnchors(log: TensionLogEntry[], toleranceKN = 1.5): string[] {
  if (log.length === 0) return [];
  const mean = log.reduce((s, e) => s + e.reachedKN, 0) / log.length;
  return log.filter((e) => Math.abs(e.reachedKN - mean) > toleranceKN).map((e) => e.label);
}
