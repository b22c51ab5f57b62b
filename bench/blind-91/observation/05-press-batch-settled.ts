// expect: none
// The Promise.allSettled results are split on status before use: fulfilled values are logged, rejected ones are retried or reported.
declare const press: {
  load(vatId: string, kg: number): Promise<{ vatId: string; litres: number }>;
};

declare const ledger: {
  recordPressing(batchId: string, vatId: string, litres: number): Promise<void>;
  recordFailure(batchId: string, vatId: string, reason: string): Promise<void>;
};

export interface VatLoad {
  vatId: string;
  kg: number;
  variety: string;
}

export interface BatchOutcome {
  batchId: string;
  litres: number;
  pressed: string[];
  failed: Array<{ vatId: string; reason: string }>;
}

function reasonOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return typeof err === 'string' ? err : JSON.stringify(err);
}

export async function pressBatch(batchId: string, loads: VatLoad[]): Promise<BatchOutcome> {
  const settled = await Promise.allSettled(loads.map((l) => press.load(l.vatId, l.kg)));

  const outcome: BatchOutcome = { batchId, litres: 0, pressed: [], failed: [] };

  for (const [i, result] of settled.entries()) {
    const vatId = loads[i].vatId;
    if (result.status === 'fulfilled') {
      outcome.litres += result.value.litres;
      outcome.pressed.push(vatId);
      await ledger.recordPressing(batchId, vatId, result.value.litres);
    } else {
      const reason = reasonOf(result.reason);
      outcome.failed.push({ vatId, reason });
      await ledger.recordFailure(batchId, vatId, reason);
    }
  }

  return outcome;
}

export async function pressWithOneRetry(batchId: string, loads: VatLoad[]): Promise<BatchOutcome> {
  const first = await pressBatch(batchId, loads);
  if (first.failed.length === 0) return first;

  const retryLoads = loads.filter((l) => first.failed.some((f) => f.vatId === l.vatId));
  const second = await pressBatch(`${batchId}-r`, retryLoads);

  return {
    batchId,
    litres: first.litres + second.litres,
    pressed: [...first.pressed, ...second.pressed],
    failed: second.failed,
  };
}

export function yieldReport(outcome: BatchOutcome, loads: VatLoad[]): string {
  const kg = loads
    .filter((l) => outcome.pressed.includes(l.vatId))
    .reduce((sum, l) => sum + l.kg, 0);
  const ratio = kg > 0 ? (outcome.litres / kg).toFixed(2) : 'n/a';
  const failures = outcome.failed.map((f) => `${f.vatId} (${f.reason})`).join(', ') || 'none';
  return `batch ${outcome.batchId}: ${outcome.litres} L from ${kg} kg (${ratio} L/kg); failed: ${failures}`;
}
