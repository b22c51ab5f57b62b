// expect: no-multiple-settle
// turnWheel's timeout timer is never cleared on success, so it later fires reject() on an already-resolved promise.
export interface TurnCommand {
  op: 'turn';
  aisle: number;
  shelf: number;
  slot: number;
  brushSeconds: number;
}

export interface TurnReport {
  aisle: number;
  shelf: number;
  slot: number;
  weightKg: number;
  rindMoisture: number;
}

declare const turnerArm: {
  on(event: 'turned', listener: (report: TurnReport) => void): void;
  off(event: 'turned', listener: (report: TurnReport) => void): void;
  send(command: TurnCommand): void;
};

declare const cellarLog: {
  append(entry: { at: string; aisle: number; shelf: number; slot: number; weightKg: number }): Promise<void>;
};

export class TurnTimeoutError extends Error {
  constructor(readonly aisle: number, readonly shelf: number, readonly slot: number, ms: number) {
    super(`wheel at ${aisle}/${shelf}/${slot} not turned within ${ms}ms`);
    this.name = 'TurnTimeoutError';
  }
}

const DEFAULT_TURN_TIMEOUT_MS = 90_000;

export function turnWheel(
  aisle: number,
  shelf: number,
  slot: number,
  timeoutMs = DEFAULT_TURN_TIMEOUT_MS,
): Promise<TurnReport> {
  return new Promise<TurnReport>((resolve, reject) => {
    const onTurned = (report: TurnReport) => {
      if (report.aisle !== aisle || report.shelf !== shelf || report.slot !== slot) {
        return;
      }
      turnerArm.off('turned', onTurned);
      resolve(report);
    };

    setTimeout(() => {
      turnerArm.off('turned', onTurned);
      reject(new TurnTimeoutError(aisle, shelf, slot, timeoutMs));
    }, timeoutMs);

    turnerArm.on('turned', onTurned);
    turnerArm.send({ op: 'turn', aisle, shelf, slot, brushSeconds: 6 });
  });
}

export interface ShelfResult {
  turned: TurnReport[];
  failed: Array<{ slot: number; reason: string }>;
}

export async function turnShelf(aisle: number, shelf: number, slots: number): Promise<ShelfResult> {
  const result: ShelfResult = { turned: [], failed: [] };
  for (let slot = 0; slot < slots; slot++) {
    try {
      const report = await turnWheel(aisle, shelf, slot);
      result.turned.push(report);
      await cellarLog.append({
        at: new Date().toISOString(),
        aisle,
        shelf,
        slot,
        weightKg: report.weightKg,
      });
    } catch (err) {
      if (!(err instanceof TurnTimeoutError)) throw err;
      result.failed.push({ slot, reason: err.message });
    }
  }
  return result;
}

export function moistureOutliers(reports: readonly TurnReport[], tolerance = 0.08): TurnReport[] {
  if (reports.length === 0) return [];
  const mean = reports.reduce((sum, r) => sum + r.rindMoisture, 0) / reports.length;
  return reports.filter((r) => Math.abs(r.rindMoisture - mean) > tolerance);
}
