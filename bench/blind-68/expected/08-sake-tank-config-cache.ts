// expect: none
// Correct: one in-flight config load is shared on purpose (a cache, not a retry); a failed load is cleared so the next caller starts a fresh one.
export interface TankProfile {
  tankId: string;
  stage: 'moto' | 'soe' | 'naka' | 'tome' | 'moromi';
  targetTempC: number;
  maxTempC: number;
  koji: 'yellow' | 'white' | 'black';
}

interface ProfileSet {
  loadedAt: number;
  byTank: Map<string, TankProfile>;
}

declare const breweryApi: {
  fetchProfiles(): Promise<TankProfile[]>;
};

declare const tankSensors: {
  temperature(tankId: string): Promise<number>;
};

declare const jacketValves: {
  setCoolant(tankId: string, open: boolean): Promise<void>;
};

const TTL_MS = 5 * 60_000;

export class TankProfileCache {
  private current: ProfileSet | undefined;
  private inflight: Promise<ProfileSet> | undefined;

  async get(tankId: string): Promise<TankProfile> {
    const set = await this.profiles();
    const profile = set.byTank.get(tankId);
    if (!profile) throw new Error(`no fermentation profile for tank ${tankId}`);
    return profile;
  }

  invalidate(): void {
    this.current = undefined;
  }

  private profiles(): Promise<ProfileSet> {
    if (this.current && Date.now() - this.current.loadedAt < TTL_MS) {
      return Promise.resolve(this.current);
    }
    // Concurrent callers during a refresh share one request instead of stampeding the API.
    this.inflight ??= this.load().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async load(): Promise<ProfileSet> {
    const list = await breweryApi.fetchProfiles();
    const set: ProfileSet = { loadedAt: Date.now(), byTank: new Map(list.map((p) => [p.tankId, p])) };
    this.current = set;
    return set;
  }
}

export interface RegulationResult {
  tankId: string;
  tempC: number;
  coolant: boolean;
  alarm: boolean;
}

export async function regulateTanks(cache: TankProfileCache, tankIds: string[]): Promise<RegulationResult[]> {
  return Promise.all(
    tankIds.map(async (tankId) => {
      const [profile, tempC] = await Promise.all([cache.get(tankId), tankSensors.temperature(tankId)]);
      const coolant = tempC > profile.targetTempC + 0.3;
      await jacketValves.setCoolant(tankId, coolant);
      return { tankId, tempC, coolant, alarm: tempC > profile.maxTempC };
    }),
  );
}
