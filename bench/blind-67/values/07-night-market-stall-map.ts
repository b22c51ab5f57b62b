// expect: none
// The truthiness test is on an optional memoised promise (present or not), and the posted JSON is built only from awaited values.
export interface Pitch {
  pitchId: string;
  row: string;
  widthM: number;
  hasPower: boolean;
}

export interface StallAssignment {
  stallId: string;
  vendor: string;
  pitchId: string;
}

export interface MarketLayout {
  district: string;
  pitches: Pitch[];
  generatedAt: string;
}

declare const LAYOUT_API: string;
declare const assignments: { forNight(nightId: string): Promise<StallAssignment[]> };
declare const signage: { publish(payload: string): Promise<{ version: number }> };

export class StallMap {
  private layoutPromise?: Promise<MarketLayout>;

  constructor(private readonly district: string) {}

  private layout(): Promise<MarketLayout> {
    if (!this.layoutPromise) {
      this.layoutPromise = this.fetchLayout().catch((err: unknown) => {
        this.layoutPromise = undefined;
        throw err;
      });
    }
    return this.layoutPromise;
  }

  private async fetchLayout(): Promise<MarketLayout> {
    const res = await fetch(`${LAYOUT_API}/districts/${encodeURIComponent(this.district)}/layout`);
    if (!res.ok) throw new Error(`layout for ${this.district}: HTTP ${res.status}`);
    return (await res.json()) as MarketLayout;
  }

  async powerShortfall(nightId: string, poweredVendors: Set<string>): Promise<string[]> {
    const [layout, assigned] = await Promise.all([this.layout(), assignments.forNight(nightId)]);
    const pitches = new Map(layout.pitches.map((p) => [p.pitchId, p]));
    return assigned
      .filter((a) => poweredVendors.has(a.vendor) && pitches.get(a.pitchId)?.hasPower === false)
      .map((a) => a.vendor);
  }

  async publishSignage(nightId: string): Promise<number> {
    const [layout, assigned] = await Promise.all([this.layout(), assignments.forNight(nightId)]);
    const byPitch = new Map(assigned.map((a) => [a.pitchId, a]));
    const rows = new Map<string, Array<{ pitch: string; vendor: string | null }>>();
    for (const pitch of layout.pitches) {
      const list = rows.get(pitch.row) ?? [];
      list.push({ pitch: pitch.pitchId, vendor: byPitch.get(pitch.pitchId)?.vendor ?? null });
      rows.set(pitch.row, list);
    }
    const payload = JSON.stringify({
      nightId,
      district: layout.district,
      layoutGeneratedAt: layout.generatedAt,
      rows: Object.fromEntries(rows),
    });
    const { version } = await signage.publish(payload);
    return version;
  }
}
