// expect: no-unobserved-promise
// Bug: all appraisals start up front but are awaited one by one; the LowConfidenceAppraisal throw leaves the remaining promises with no handler.
export interface AntiqueMap {
  id: string;
  title: string;
  cartographer: string;
  year: number;
  condition: 'fine' | 'very-good' | 'good' | 'fair' | 'poor';
  scanUrl: string;
}

export interface Appraisal {
  mapId: string;
  lowUsd: number;
  highUsd: number;
  confidence: number;
  comparables: string[];
}

declare const appraiser: {
  estimate(map: AntiqueMap): Promise<Appraisal>;
};
declare const catalogue: {
  publish(entries: Array<{ mapId: string; askingUsd: number; blurb: string }>): Promise<void>;
};

export class LowConfidenceAppraisal extends Error {
  constructor(readonly mapId: string, readonly confidence: number) {
    super(`appraisal for ${mapId} has confidence ${confidence.toFixed(2)}`);
    this.name = 'LowConfidenceAppraisal';
  }
}

const CONDITION_FACTOR: Record<AntiqueMap['condition'], number> = {
  fine: 1.15,
  'very-good': 1,
  good: 0.85,
  fair: 0.6,
  poor: 0.35,
};

function askingPrice(map: AntiqueMap, a: Appraisal): number {
  const mid = (a.lowUsd + a.highUsd) / 2;
  const rounded = Math.round((mid * CONDITION_FACTOR[map.condition]) / 25) * 25;
  return Math.max(rounded, 50);
}

function blurb(map: AntiqueMap): string {
  const century = Math.floor(map.year / 100) + 1;
  return `${map.title} — ${map.cartographer}, ${map.year} (${century}th c.), ${map.condition.replace('-', ' ')} condition`;
}

export async function prepareCatalogue(maps: AntiqueMap[], minConfidence = 0.4): Promise<number> {
  const sorted = [...maps].sort((a, b) => a.year - b.year);
  const appraisals = sorted.map((map) => appraiser.estimate(map));
  const entries: Array<{ mapId: string; askingUsd: number; blurb: string }> = [];

  for (let i = 0; i < sorted.length; i++) {
    const map = sorted[i];
    const appraisal = await appraisals[i];
    if (appraisal.confidence < minConfidence) {
      throw new LowConfidenceAppraisal(map.id, appraisal.confidence);
    }
    entries.push({ mapId: map.id, askingUsd: askingPrice(map, appraisal), blurb: blurb(map) });
  }

  await catalogue.publish(entries);
  return entries.length;
}

export function flagForExpertReview(maps: AntiqueMap[]): AntiqueMap[] {
  return maps.filter((m) => m.year < 1650 || m.cartographer === 'unknown' || m.condition === 'poor');
}
