// expect: none
// Each async check is awaited before it is tested, combined with ??, or interpolated, so the decisions use real values rather than promises.
export interface PilotRecord {
  pilotId: string;
  name: string;
  rating: 'P1' | 'P2' | 'P3' | 'P4' | 'P5';
  medicalExpires: string;
}

export interface PermitRegistry {
  pilot(pilotId: string): Promise<PilotRecord | undefined>;
  siteMinimumRating(siteId: string): Promise<PilotRecord['rating'] | null>;
  isSuspended(pilotId: string): Promise<boolean>;
}

export interface RatingCache {
  get(siteId: string): Promise<PilotRecord['rating'] | undefined>;
  set(siteId: string, rating: PilotRecord['rating']): Promise<void>;
}

const ORDER: Record<PilotRecord['rating'], number> = { P1: 1, P2: 2, P3: 3, P4: 4, P5: 5 };

export class LaunchPermitChecker {
  constructor(
    private readonly registry: PermitRegistry,
    private readonly cache: RatingCache,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {}

  private async medicalValid(pilot: PilotRecord): Promise<boolean> {
    return pilot.medicalExpires >= this.today();
  }

  private async minimumFor(siteId: string): Promise<PilotRecord['rating']> {
    const cached = await this.cache.get(siteId);
    if (cached) return cached;
    const fetched = (await this.registry.siteMinimumRating(siteId)) ?? 'P2';
    await this.cache.set(siteId, fetched);
    return fetched;
  }

  async check(pilotId: string, siteId: string): Promise<{ allowed: boolean; message: string }> {
    const pilot = await this.registry.pilot(pilotId);
    if (!pilot) return { allowed: false, message: `no pilot record for ${pilotId}` };

    if (await this.registry.isSuspended(pilotId)) {
      return { allowed: false, message: `${pilot.name} is suspended` };
    }
    if (!(await this.medicalValid(pilot))) {
      return { allowed: false, message: `${pilot.name}'s medical expired on ${pilot.medicalExpires}` };
    }

    const minimum = await this.minimumFor(siteId);
    if (ORDER[pilot.rating] < ORDER[minimum]) {
      return { allowed: false, message: `${siteId} requires ${minimum}, ${pilot.name} holds ${pilot.rating}` };
    }
    return { allowed: true, message: `${pilot.name} (${pilot.rating}) may launch at ${siteId}` };
  }
}
