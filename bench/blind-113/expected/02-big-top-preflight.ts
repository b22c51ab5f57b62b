// expect: no-uncalled-async-function
// The preflight Promise.all lists this.checkWindLimit without calling it, so Promise.all treats the function as an already-resolved value and the wind check never runs before the show is cleared.
export interface Site {
  id: string;
  stakes: Array<{ id: string; pullOutKN: number; ratedKN: number }>;
  kingPoles: Array<{ id: string; plumbDeg: number }>;
  anemometerUrl: string;
}

export interface SafetyOfficer {
  signOff(siteId: string, checks: string[]): Promise<void>;
}

export class PreflightFailure extends Error {
  constructor(readonly check: string, detail: string) {
    super(`${check}: ${detail}`);
    this.name = 'PreflightFailure';
  }
}

const MAX_GUST_MS = 17;
const MAX_PLUMB_DEG = 1.5;

export class BigTopPreflight {
  constructor(
    private readonly site: Site,
    private readonly officer: SafetyOfficer,
  ) {}

  async checkStakes(): Promise<void> {
    const weak = this.site.stakes.filter((s) => s.pullOutKN < s.ratedKN * 1.5);
    if (weak.length > 0) throw new PreflightFailure('stakes', `${weak.map((s) => s.id).join(', ')} below 1.5x pull-out margin`);
  }

  async checkKingPoles(): Promise<void> {
    const leaning = this.site.kingPoles.filter((p) => Math.abs(p.plumbDeg) > MAX_PLUMB_DEG);
    if (leaning.length > 0) throw new PreflightFailure('king poles', `${leaning.map((p) => p.id).join(', ')} out of plumb`);
  }

  async checkWindLimit(): Promise<void> {
    const res = await fetch(`${this.site.anemometerUrl}/gusts?window=10m`);
    if (!res.ok) throw new PreflightFailure('wind', `anemometer answered HTTP ${res.status}`);
    const { maxGustMs } = (await res.json()) as { maxGustMs: number };
    if (maxGustMs > MAX_GUST_MS) throw new PreflightFailure('wind', `gusts of ${maxGustMs} m/s exceed ${MAX_GUST_MS} m/s`);
  }

  async run(): Promise<string[]> {
    const passed = ['stakes', 'king poles', 'wind'];
    await Promise.all([this.checkStakes(), this.checkKingPoles(), this.checkWindLimit]);
    await this.officer.signOff(this.site.id, passed);
    return passed;
  }
}
