// expect: no-uncalled-async-function
// The Promise.all array contains this.refreshPermits without calling it, so the permit list is never loaded and the startup check runs against an empty register.
import { readFile } from 'node:fs/promises';

export interface DrillPattern {
  bench: string;
  holes: number;
  burdenM: number;
  spacingM: number;
}

export interface Permit {
  id: string;
  bench: string;
  expires: string;
}

export interface Crew {
  shotfirer: string;
  licenceExpires: string;
}

export interface SiteRegistryApi {
  permits(siteId: string): Promise<Permit[]>;
  crew(siteId: string): Promise<Crew[]>;
}

export class QuarrySite {
  private patterns: DrillPattern[] = [];
  private permits: Permit[] = [];
  private crew: Crew[] = [];

  constructor(
    private readonly siteId: string,
    private readonly patternFile: string,
    private readonly registry: SiteRegistryApi,
  ) {}

  private async loadPatterns(): Promise<void> {
    this.patterns = JSON.parse(await readFile(this.patternFile, 'utf8')) as DrillPattern[];
  }

  private async refreshPermits(): Promise<void> {
    this.permits = await this.registry.permits(this.siteId);
  }

  private async refreshCrew(): Promise<void> {
    this.crew = await this.registry.crew(this.siteId);
  }

  async bootstrap(today: string): Promise<string[]> {
    await Promise.all([this.loadPatterns(), this.refreshPermits, this.refreshCrew()]);

    const warnings: string[] = [];
    for (const p of this.patterns) {
      const permit = this.permits.find((x) => x.bench === p.bench && x.expires >= today);
      if (!permit) warnings.push(`bench ${p.bench}: no valid blasting permit`);
    }
    const licensed = this.crew.filter((c) => c.licenceExpires >= today);
    if (licensed.length === 0) warnings.push('no shotfirer with a current licence on the roster');
    return warnings;
  }

  rockVolume(bench: string, benchHeightM: number): number {
    const p = this.patterns.find((x) => x.bench === bench);
    if (!p) throw new Error(`no drill pattern for bench ${bench}`);
    return p.holes * p.burdenM * p.spacingM * benchHeightM;
  }

  permitFor(bench: string): Permit | undefined {
    return this.permits.find((p) => p.bench === bench);
  }
}
