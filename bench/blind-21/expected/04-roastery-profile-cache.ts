// expect: none
// The shared `ready` and per-bean cached promises are awaited repeatedly on purpose to reuse one load; the retry loop in loadProfile calls the fetch again on every attempt and evicts failed entries.
import { readFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';

export interface RoastProfile {
  beanId: string;
  chargeTempC: number;
  firstCrackSec: number;
  dropTempC: number;
  curve: Array<[seconds: number, tempC: number]>;
}

interface RoasterConfig {
  profileServiceUrl: string;
  roasterId: string;
}

export class ProfileCache {
  private readonly ready: Promise<RoasterConfig>;
  private readonly profiles = new Map<string, Promise<RoastProfile>>();

  constructor(configPath: string) {
    this.ready = readFile(configPath, 'utf8').then((raw) => JSON.parse(raw) as RoasterConfig);
  }

  async roasterId(): Promise<string> {
    const config = await this.ready;
    return config.roasterId;
  }

  get(beanId: string): Promise<RoastProfile> {
    let entry = this.profiles.get(beanId);
    if (!entry) {
      entry = this.loadProfile(beanId);
      this.profiles.set(beanId, entry);
      // drop failed loads so the next batch gets a fresh attempt
      entry.catch(() => {
        if (this.profiles.get(beanId) === entry) this.profiles.delete(beanId);
      });
    }
    return entry;
  }

  private async loadProfile(beanId: string, attempts = 3): Promise<RoastProfile> {
    const config = await this.ready;
    const url = `${config.profileServiceUrl}/roasters/${config.roasterId}/profiles/${encodeURIComponent(beanId)}`;
    let lastError: unknown;

    for (let attempt = 0; attempt < attempts; attempt++) {
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
        if (!res.ok) throw new Error(`profile service ${res.status}`);
        return (await res.json()) as RoastProfile;
      } catch (err) {
        lastError = err;
        await delay(400 * (attempt + 1));
      }
    }
    throw lastError;
  }

  invalidate(beanId?: string): void {
    if (beanId) this.profiles.delete(beanId);
    else this.profiles.clear();
  }
}

export async function planBatch(cache: ProfileCache, beanIds: string[]): Promise<Map<string, RoastProfile>> {
  const unique = [...new Set(beanIds)];
  const loaded = await Promise.all(unique.map((id) => cache.get(id)));
  const byBean = new Map(loaded.map((p) => [p.beanId, p] as const));

  // the blend sheet repeats beans; each lookup hits the same cached promise
  for (const id of beanIds) {
    const profile = await cache.get(id);
    if (profile.dropTempC - profile.chargeTempC > 40) {
      byBean.set(id, { ...profile, dropTempC: profile.chargeTempC + 40 });
    }
  }
  return byBean;
}
