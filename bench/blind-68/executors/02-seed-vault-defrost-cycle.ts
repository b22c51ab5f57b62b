// expect: none
// Correct: 'complete', 'fault', 'close' and the timeout all go through one cleanup that clears the timer and detaches every listener before settling.
import { EventEmitter } from 'node:events';

export interface DefrostReport {
  unitId: string;
  iceRemovedGrams: number;
  peakTempC: number;
  durationMs: number;
}

export interface FreezerUnit extends EventEmitter {
  readonly id: string;
  readonly shelfCount: number;
  beginDefrost(targetC: number): void;
  holdCompressor(): void;
}

declare const vaultAudit: {
  record(entry: { unitId: string; action: string; detail?: string }): void;
};

declare const vaultConfig: {
  defrostTargetC: number;
  maxDefrostMsPerShelf: number;
  maxPeakTempC: number;
};

function waitForDefrost(unit: FreezerUnit, timeoutMs: number): Promise<DefrostReport> {
  return new Promise<DefrostReport>((resolve, reject) => {
    const timer = setTimeout(onTimeout, timeoutMs);

    function cleanup(): void {
      clearTimeout(timer);
      unit.off('complete', onComplete);
      unit.off('fault', onFault);
      unit.off('close', onClose);
    }
    function onComplete(report: DefrostReport): void {
      cleanup();
      resolve(report);
    }
    function onFault(code: string): void {
      cleanup();
      reject(new Error(`unit ${unit.id} defrost fault ${code}`));
    }
    function onClose(): void {
      cleanup();
      reject(new Error(`unit ${unit.id} controller disconnected during defrost`));
    }
    function onTimeout(): void {
      cleanup();
      unit.holdCompressor();
      reject(new Error(`unit ${unit.id} defrost exceeded ${timeoutMs}ms`));
    }

    unit.on('complete', onComplete);
    unit.on('fault', onFault);
    unit.on('close', onClose);
    unit.beginDefrost(vaultConfig.defrostTargetC);
  });
}

export interface CycleSummary {
  completed: DefrostReport[];
  failed: { unitId: string; reason: string }[];
}

export async function runDefrostCycle(units: FreezerUnit[]): Promise<CycleSummary> {
  const summary: CycleSummary = { completed: [], failed: [] };

  // One unit at a time: the vault must never have two freezers above -10 °C.
  for (const unit of units) {
    const budget = unit.shelfCount * vaultConfig.maxDefrostMsPerShelf;
    vaultAudit.record({ unitId: unit.id, action: 'defrost-start', detail: `budget ${budget}ms` });
    try {
      const report = await waitForDefrost(unit, budget);
      if (report.peakTempC > vaultConfig.maxPeakTempC) {
        vaultAudit.record({ unitId: unit.id, action: 'peak-exceeded', detail: String(report.peakTempC) });
      }
      summary.completed.push(report);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      vaultAudit.record({ unitId: unit.id, action: 'defrost-failed', detail: reason });
      summary.failed.push({ unitId: unit.id, reason });
    }
  }

  return summary;
}
