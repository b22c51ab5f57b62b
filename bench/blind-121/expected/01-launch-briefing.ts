// expect: none
// Both loaders are invoked inside Promise.all, so it receives two real promises and the destructured values are the winds and NOTAMs themselves.
export interface WindsAtLevel {
  altitudeFt: number;
  dirDeg: number;
  speedKt: number;
}

export interface Notice {
  id: string;
  summary: string;
  activeFrom: string;
  activeTo: string;
}

export interface BriefingSources {
  winds(site: string, hour: number): Promise<WindsAtLevel[]>;
  notams(site: string): Promise<Notice[]>;
  landowners(site: string): Promise<Array<{ name: string; noLandZone: boolean }>>;
}

export interface LaunchBriefing {
  site: string;
  go: boolean;
  reasons: string[];
  drift: { dirDeg: number; speedKt: number } | null;
  noLand: string[];
}

export class LaunchBriefingBuilder {
  constructor(
    private readonly sources: BriefingSources,
    private readonly maxSurfaceKt = 8,
  ) {}

  private async loadWinds(site: string): Promise<WindsAtLevel[]> {
    const hour = new Date().getUTCHours();
    const levels = await this.sources.winds(site, hour);
    return levels.filter((l) => l.altitudeFt <= 3000).sort((a, b) => a.altitudeFt - b.altitudeFt);
  }

  private async loadNotams(site: string): Promise<Notice[]> {
    const now = new Date().toISOString();
    const all = await this.sources.notams(site);
    return all.filter((n) => n.activeFrom <= now && n.activeTo >= now);
  }

  async build(site: string): Promise<LaunchBriefing> {
    const [winds, notams, owners] = await Promise.all([
      this.loadWinds(site),
      this.loadNotams(site),
      this.sources.landowners(site),
    ]);

    const reasons: string[] = [];
    const surface = winds[0];
    if (!surface) reasons.push('no wind data below 3000 ft');
    else if (surface.speedKt > this.maxSurfaceKt) reasons.push(`surface wind ${surface.speedKt} kt over limit`);
    for (const n of notams) reasons.push(`NOTAM ${n.id}: ${n.summary}`);

    const upper = winds.at(-1);
    return {
      site,
      go: reasons.length === 0,
      reasons,
      drift: upper ? { dirDeg: (upper.dirDeg + 180) % 360, speedKt: upper.speedKt } : null,
      noLand: owners.filter((o) => o.noLandZone).map((o) => o.name),
    };
  }
}
