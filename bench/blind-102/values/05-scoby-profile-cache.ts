// expect: none
// The `??` here picks between two promises on purpose (an in-flight request or a new one) for a Map typed to hold promises, and the label only interpolates the awaited profile, so no promise is used where its value is meant.
export interface FlavorProfile {
  batchId: string;
  acidity: number;
  sweetness: number;
  carbonation: number;
  notes: string[];
}

interface LabService {
  analyze(batchId: string): Promise<Omit<FlavorProfile, 'batchId'>>;
}

export class ScobyProfileCache {
  private readonly inflight = new Map<string, Promise<FlavorProfile>>();
  private readonly done = new Map<string, FlavorProfile>();

  constructor(private readonly lab: LabService) {}

  profile(batchId: string): Promise<FlavorProfile> {
    const cached = this.done.get(batchId);
    if (cached) return Promise.resolve(cached);

    const request = this.inflight.get(batchId) ?? this.startAnalysis(batchId);
    this.inflight.set(batchId, request);
    return request;
  }

  private async startAnalysis(batchId: string): Promise<FlavorProfile> {
    try {
      const result = await this.lab.analyze(batchId);
      const profile = { batchId, ...result };
      this.done.set(batchId, profile);
      return profile;
    } finally {
      this.inflight.delete(batchId);
    }
  }

  async tastingLabel(batchId: string): Promise<string> {
    const p = await this.profile(batchId);
    const fizz = p.carbonation > 3 ? 'lively' : p.carbonation > 1.5 ? 'gentle' : 'still';
    const notes = p.notes.length ? p.notes.join(', ') : 'classic';
    return `Batch ${p.batchId}: ${fizz}, ${notes} (acidity ${p.acidity.toFixed(1)})`;
  }

  async sweetestOf(batchIds: string[]): Promise<string | undefined> {
    const profiles = await Promise.all(batchIds.map((id) => this.profile(id)));
    let best: FlavorProfile | undefined;
    for (const p of profiles) {
      if (!best || p.sweetness > best.sweetness) best = p;
    }
    return best?.batchId;
  }
}
