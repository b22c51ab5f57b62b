// expect: no-unchecked-settled-results
// surveyVats casts every allSettled result to PromiseFulfilledResult, so a vat whose probe failed gets an undefined reading and is silently reported as still fermenting.
export interface Vat {
  id: string;
  litres: number;
  strain: 'bulgaricus' | 'thermophilus' | 'acidophilus';
  inoculatedAt: number;
}

export interface VatReading {
  vatId: string;
  ph: number;
  tempC: number;
}

export type VatState = 'fermenting' | 'ready' | 'over-acid' | 'stalled';

declare const phProbes: {
  read(vatId: string): Promise<VatReading>;
};

declare const dairyScada: {
  startCooling(vatId: string): Promise<void>;
  flagForQa(vatId: string, reason: string): Promise<void>;
};

const READY_PH = 4.6;
const OVER_ACID_PH = 4.1;
const STALL_HOURS = 9;

function classify(vat: Vat, reading: VatReading | undefined, now: number): VatState {
  if (!reading) return 'fermenting';
  const hours = (now - vat.inoculatedAt) / 3_600_000;
  if (reading.ph <= OVER_ACID_PH) return 'over-acid';
  if (reading.ph <= READY_PH) return 'ready';
  if (hours > STALL_HOURS) return 'stalled';
  return 'fermenting';
}

export interface SurveyResult {
  cooled: string[];
  flagged: string[];
  fermenting: string[];
}

export async function surveyVats(vats: readonly Vat[], now = Date.now()): Promise<SurveyResult> {
  const settled = await Promise.allSettled(vats.map((vat) => phProbes.read(vat.id)));
  const readings = settled.map((result) => (result as PromiseFulfilledResult<VatReading>).value);

  const result: SurveyResult = { cooled: [], flagged: [], fermenting: [] };
  for (let i = 0; i < vats.length; i++) {
    const vat = vats[i];
    const state = classify(vat, readings[i], now);
    switch (state) {
      case 'ready':
        await dairyScada.startCooling(vat.id);
        result.cooled.push(vat.id);
        break;
      case 'over-acid':
        await dairyScada.startCooling(vat.id);
        await dairyScada.flagForQa(vat.id, `pH ${readings[i].ph.toFixed(2)} below spec`);
        result.flagged.push(vat.id);
        break;
      case 'stalled':
        await dairyScada.flagForQa(vat.id, `culture ${vat.strain} stalled at pH ${readings[i].ph.toFixed(2)}`);
        result.flagged.push(vat.id);
        break;
      default:
        result.fermenting.push(vat.id);
    }
  }
  return result;
}

export function litresReady(vats: readonly Vat[], survey: SurveyResult): number {
  const ready = new Set(survey.cooled);
  return vats.filter((v) => ready.has(v.id)).reduce((sum, v) => sum + v.litres, 0);
}
