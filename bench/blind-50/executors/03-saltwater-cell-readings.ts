// expect: no-multiple-settle
// waitForReading never clears its timeout, so after a reading resolves the promise the timer still fires and calls reject on it.
import { EventEmitter } from 'node:events';

export interface CellReading {
  cellId: string;
  salinityPpm: number;
  freeChlorinePpm: number;
  cellTempC: number;
  outputPercent: number;
  at: number;
}

export interface DosingDecision {
  cellId: string;
  previousOutput: number;
  nextOutput: number;
  reason: string;
}

declare const poolBus: EventEmitter;
declare const dosingLog: {
  record(decision: DosingDecision): Promise<void>;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const TARGET_FC_PPM = 3;
const MIN_SALINITY_PPM = 2700;
const MAX_CELL_TEMP_C = 38;

function waitForReading(cellId: string, timeoutMs: number): Promise<CellReading> {
  return new Promise((resolve, reject) => {
    const onReading = (reading: CellReading) => {
      if (reading.cellId !== cellId) return;
      poolBus.off('reading', onReading);
      resolve(reading);
    };
    poolBus.on('reading', onReading);
    setTimeout(() => {
      poolBus.off('reading', onReading);
      reject(new Error(`no reading from cell ${cellId} within ${timeoutMs}ms`));
    }, timeoutMs);
    poolBus.emit('poll', cellId);
  });
}

export function decideOutput(reading: CellReading): DosingDecision {
  const base = { cellId: reading.cellId, previousOutput: reading.outputPercent };
  if (reading.salinityPpm < MIN_SALINITY_PPM) {
    return { ...base, nextOutput: 0, reason: `salinity ${reading.salinityPpm} below ${MIN_SALINITY_PPM}` };
  }
  if (reading.cellTempC > MAX_CELL_TEMP_C) {
    return { ...base, nextOutput: Math.min(reading.outputPercent, 40), reason: 'cell running hot' };
  }
  const error = TARGET_FC_PPM - reading.freeChlorinePpm;
  const step = Math.max(-15, Math.min(15, Math.round(error * 10)));
  const nextOutput = Math.max(0, Math.min(100, reading.outputPercent + step));
  return { ...base, nextOutput, reason: `fc ${reading.freeChlorinePpm.toFixed(2)} ppm, step ${step}` };
}

export class ChlorinatorController {
  private readonly lastDecision = new Map<string, DosingDecision>();

  constructor(
    private readonly cells: string[],
    private readonly readingTimeoutMs = 5_000,
  ) {}

  async cycle(): Promise<DosingDecision[]> {
    const decisions: DosingDecision[] = [];
    for (const cellId of this.cells) {
      let reading: CellReading;
      try {
        reading = await waitForReading(cellId, this.readingTimeoutMs);
      } catch (err) {
        dosingLog.warn('skipping cell this cycle', { cellId, error: String(err) });
        continue;
      }
      const decision = decideOutput(reading);
      const previous = this.lastDecision.get(cellId);
      if (previous && previous.nextOutput === decision.nextOutput) continue;
      poolBus.emit('set-output', cellId, decision.nextOutput);
      await dosingLog.record(decision);
      this.lastDecision.set(cellId, decision);
      decisions.push(decision);
    }
    return decisions;
  }
}
