// expect: none
// Correct: `if (this.refreshing)` tests whether a refresh promise exists (it is Promise | null by design), and every reading is awaited before use.
export interface GalleryClimate {
  galleryId: string;
  tempC: number;
  rhPct: number;
  luxAtFigures: number;
}

export interface ClimateSnapshot {
  takenAt: number;
  galleries: GalleryClimate[];
}

declare const bms: {
  galleries(): Promise<string[]>;
  read(galleryId: string): Promise<GalleryClimate>;
};

declare const conservatorPager: {
  page(message: string): Promise<void>;
};

const MAX_AGE_MS = 60_000;
// Wax figures soften and lose fine detail above ~24 °C; spotlights add surface heat.
const LIMITS = { maxTempC: 22, maxRhPct: 55, maxLux: 150 };

export class ClimateSnapshotService {
  private snapshot: ClimateSnapshot | null = null;
  private refreshing: Promise<ClimateSnapshot> | null = null;

  get isRefreshing(): boolean {
    return this.refreshing !== null;
  }

  async current(): Promise<ClimateSnapshot> {
    if (this.snapshot && Date.now() - this.snapshot.takenAt < MAX_AGE_MS) {
      return this.snapshot;
    }
    return this.refresh();
  }

  refresh(): Promise<ClimateSnapshot> {
    if (this.refreshing) return this.refreshing;
    this.refreshing = this.take().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async take(): Promise<ClimateSnapshot> {
    const ids = await bms.galleries();
    const galleries = await Promise.all(ids.map((id) => bms.read(id)));
    const snapshot = { takenAt: Date.now(), galleries };
    this.snapshot = snapshot;
    return snapshot;
  }
}

export function breaches(snapshot: ClimateSnapshot): string[] {
  const out: string[] = [];
  for (const g of snapshot.galleries) {
    if (g.tempC > LIMITS.maxTempC) out.push(`${g.galleryId}: ${g.tempC.toFixed(1)} °C`);
    if (g.rhPct > LIMITS.maxRhPct) out.push(`${g.galleryId}: ${g.rhPct.toFixed(0)}% RH`);
    if (g.luxAtFigures > LIMITS.maxLux) out.push(`${g.galleryId}: ${g.luxAtFigures} lux on figures`);
  }
  return out;
}

export async function patrol(service: ClimateSnapshotService): Promise<number> {
  const snapshot = await service.current();
  const problems = breaches(snapshot);
  if (problems.length > 0) {
    await conservatorPager.page(`Climate breach in ${problems.length} place(s): ${problems.join('; ')}`);
  }
  return problems.length;
}
