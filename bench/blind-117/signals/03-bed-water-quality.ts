// expect: none
// Only non-abort failures fall back to the last known sample; an abort (caller's signal aborted or an AbortError) is rethrown unchanged.
export interface WaterSample {
  bedId: string;
  sampledAt: string;
  salinityPsu: number;
  dissolvedO2MgL: number;
  chlorophyllUgL: number;
  stale?: boolean;
}

export interface HarvestAdvice {
  bedId: string;
  harvestable: boolean;
  reasons: string[];
  basedOnStaleData: boolean;
}

export class WaterQualityService {
  private readonly lastKnown = new Map<string, WaterSample>();

  constructor(private readonly baseUrl: string) {}

  async latest(bedId: string, options: { signal?: AbortSignal } = {}): Promise<WaterSample> {
    const { signal } = options;
    try {
      const res = await fetch(`${this.baseUrl}/beds/${encodeURIComponent(bedId)}/samples/latest`, { signal });
      if (!res.ok) {
        throw new Error(`Water quality API answered ${res.status} for ${bedId}`);
      }
      const sample = (await res.json()) as WaterSample;
      this.lastKnown.set(bedId, sample);
      return sample;
    } catch (err) {
      if (signal?.aborted || (err instanceof Error && err.name === 'AbortError')) {
        throw err;
      }
      const cached = this.lastKnown.get(bedId);
      if (cached) {
        return { ...cached, stale: true };
      }
      throw err;
    }
  }

  async harvestAdvice(bedId: string, signal?: AbortSignal): Promise<HarvestAdvice> {
    const sample = await this.latest(bedId, { signal });
    const reasons: string[] = [];

    if (sample.salinityPsu < 18) reasons.push(`salinity low (${sample.salinityPsu} PSU) after freshwater runoff`);
    if (sample.dissolvedO2MgL < 4) reasons.push(`dissolved oxygen ${sample.dissolvedO2MgL} mg/L`);
    if (sample.chlorophyllUgL > 25) reasons.push(`possible algal bloom (${sample.chlorophyllUgL} µg/L chlorophyll)`);

    return {
      bedId,
      harvestable: reasons.length === 0,
      reasons,
      basedOnStaleData: sample.stale === true,
    };
  }

  async adviceForFarm(bedIds: string[], signal?: AbortSignal): Promise<HarvestAdvice[]> {
    const advice: HarvestAdvice[] = [];
    for (const bedId of bedIds) {
      advice.push(await this.harvestAdvice(bedId, signal));
    }
    return advice;
  }
}
