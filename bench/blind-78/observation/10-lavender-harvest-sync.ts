// expect: none
// Every Promise.allSettled result is narrowed by status (via a type-guard filter and explicit checks) before .value or .reason is read.
export interface FieldHarvest {
  fieldId: string;
  variety: 'maillette' | 'grosso' | 'hidcote';
  cutAt: string;
  freshWeightKg: number;
  moisturePct: number;
}

export interface SyncReport {
  synced: FieldHarvest[];
  failedFields: Array<{ fieldId: string; reason: string }>;
  totalKg: number;
}

declare const fieldTablets: {
  listFields(farm: string): Promise<string[]>;
  pullHarvest(fieldId: string): Promise<FieldHarvest[]>;
};
declare const distilleryLedger: { recordIntake(rows: FieldHarvest[]): Promise<number> };

function isFulfilled<T>(r: PromiseSettledResult<T>): r is PromiseFulfilledResult<T> {
  return r.status === 'fulfilled';
}

function describeReason(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return typeof reason === 'string' ? reason : JSON.stringify(reason);
}

// Fresh lavender loses essential oil quickly once it has wilted below ~45% moisture.
const MIN_MOISTURE_PCT = 45;

export async function syncHarvest(farm: string): Promise<SyncReport> {
  const fieldIds = await fieldTablets.listFields(farm);
  const results = await Promise.allSettled(fieldIds.map((id) => fieldTablets.pullHarvest(id)));

  const failedFields: SyncReport['failedFields'] = [];
  results.forEach((result, index) => {
    if (result.status === 'rejected') {
      failedFields.push({ fieldId: fieldIds[index], reason: describeReason(result.reason) });
    }
  });

  const synced = results
    .filter(isFulfilled)
    .flatMap((r) => r.value)
    .filter((h) => h.moisturePct >= MIN_MOISTURE_PCT);

  if (synced.length > 0) {
    await distilleryLedger.recordIntake(synced);
  }

  return {
    synced,
    failedFields,
    totalKg: synced.reduce((sum, h) => sum + h.freshWeightKg, 0),
  };
}

export async function compareVarieties(farms: string[]): Promise<Record<FieldHarvest['variety'], number>> {
  const reports = await Promise.allSettled(farms.map((f) => syncHarvest(f)));
  const totals: Record<FieldHarvest['variety'], number> = { maillette: 0, grosso: 0, hidcote: 0 };
  for (const report of reports) {
    if (report.status !== 'fulfilled') continue;
    for (const h of report.value.synced) {
      totals[h.variety] += h.freshWeightKg;
    }
  }
  return totals;
}
