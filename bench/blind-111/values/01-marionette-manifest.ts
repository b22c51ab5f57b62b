// expect: none
// Every asynchronous lookup is awaited before it is placed in the manifest object, so JSON.stringify only ever sees plain values.
export interface Marionette {
  id: string;
  character: string;
  heightCm: number;
  controlType: 'paddle' | 'airplane' | 'rod';
  stringCount: number;
}

export interface RigPoint {
  beam: string;
  offsetCm: number;
  swlKg: number;
}

export interface PuppetStore {
  castFor(showId: string): Promise<Marionette[]>;
  weightKg(puppetId: string): Promise<number>;
}

export interface RigPlanner {
  assign(puppet: Marionette, weightKg: number): Promise<RigPoint>;
}

export interface ManifestEntry {
  puppet: Marionette;
  weightKg: number;
  rigPoint: RigPoint;
}

export class MarionetteManifest {
  constructor(
    private readonly store: PuppetStore,
    private readonly planner: RigPlanner,
    private readonly stageManagerUrl: string,
  ) {}

  async build(showId: string): Promise<ManifestEntry[]> {
    const cast = await this.store.castFor(showId);
    const entries: ManifestEntry[] = [];
    for (const puppet of cast) {
      const weightKg = await this.store.weightKg(puppet.id);
      const rigPoint = await this.planner.assign(puppet, weightKg);
      if (weightKg > rigPoint.swlKg) {
        throw new Error(`${puppet.character} (${weightKg} kg) exceeds SWL at ${rigPoint.beam}`);
      }
      entries.push({ puppet, weightKg, rigPoint });
    }
    return entries;
  }

  async publish(showId: string, showDate: string): Promise<string> {
    const entries = await this.build(showId);
    const payload = {
      showId,
      showDate,
      generatedAt: new Date().toISOString(),
      totalStrings: entries.reduce((n, e) => n + e.puppet.stringCount, 0),
      beams: [...new Set(entries.map((e) => e.rigPoint.beam))],
      entries,
    };

    const res = await fetch(`${this.stageManagerUrl}/shows/${encodeURIComponent(showId)}/manifest`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    if (!res.ok) throw new Error(`stage manager rejected manifest: ${res.status}`);
    const { revision } = (await res.json()) as { revision: string };
    return revision;
  }
}
