// expect: no-unchecked-settled-results
// shiftSummary casts every allSettled entry to a fulfilled result, so a vat whose probe rejected yields undefined and crashes or skews the summary.
export interface VatReading {
  vatId: string;
  stage: 'soak' | 'lime' | 'delime' | 'stretch';
  ph: number;
  tempC: number;
  hoursInStage: number;
}

export interface HideLot {
  lotId: string;
  animal: 'goat' | 'calf' | 'buffalo';
  vatId: string;
  targetThicknessMm: number;
}

export interface ShiftSummary {
  readAt: string;
  vats: VatReading[];
  overdue: string[];
  outOfRangePh: string[];
}

declare const vatProbes: {
  read(vatId: string): Promise<VatReading>;
};

declare const tanneryBoard: {
  lotsInProcess(): Promise<HideLot[]>;
  post(summary: ShiftSummary): Promise<void>;
};

const STAGE_HOURS: Record<VatReading['stage'], number> = {
  soak: 24,
  lime: 72,
  delime: 6,
  stretch: 48,
};

const PH_RANGE: Record<VatReading['stage'], [number, number]> = {
  soak: [6.5, 8.5],
  lime: [12.0, 12.8],
  delime: [8.0, 9.0],
  stretch: [5.5, 7.5],
};

function isOverdue(reading: VatReading, lot: HideLot | undefined): boolean {
  const allowance = lot?.animal === 'buffalo' ? 1.5 : 1;
  return reading.hoursInStage > STAGE_HOURS[reading.stage] * allowance;
}

export async function shiftSummary(): Promise<ShiftSummary> {
  const lots = await tanneryBoard.lotsInProcess();
  const vatIds = [...new Set(lots.map((lot) => lot.vatId))].sort();
  const settled = await Promise.allSettled(vatIds.map((vatId) => vatProbes.read(vatId)));

  const vats = settled.map((result) => (result as PromiseFulfilledResult<VatReading>).value);
  const lotByVat = new Map(lots.map((lot) => [lot.vatId, lot]));

  const overdue = vats.filter((reading) => isOverdue(reading, lotByVat.get(reading.vatId))).map((r) => r.vatId);
  const outOfRangePh = vats
    .filter((reading) => {
      const [low, high] = PH_RANGE[reading.stage];
      return reading.ph < low || reading.ph > high;
    })
    .map((r) => `${r.vatId} (pH ${r.ph.toFixed(2)})`);

  return { readAt: new Date().toISOString(), vats, overdue, outOfRangePh };
}

export async function publishShiftSummary(): Promise<ShiftSummary> {
  const summary = await shiftSummary();
  await tanneryBoard.post(summary);
  return summary;
}
