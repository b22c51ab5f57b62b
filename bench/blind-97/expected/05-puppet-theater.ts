// expect: none
// Each retry attempt calls loadCostume() again for a fresh request, and the shared in-flight promise is only reused by concurrent callers of the same attempt (then dropped from the cache when it settles), so no settled failure is ever re-awaited as a retry.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CostumeSpec {
  puppet: string;
  size: 'hand' | 'rod' | 'marionette';
  fabric: string;
}

export interface Costume extends CostumeSpec {
  sku: string;
  fittedAt: string;
}

export interface WardrobeApi {
  fetchCostume(puppet: string): Promise<Costume>;
}

export class WardrobeError extends Error {
  constructor(message: string, readonly retryable: boolean) {
    super(message);
    this.name = 'WardrobeError';
  }
}

export class Wardrobe {
  private readonly inflight = new Map<string, Promise<Costume>>();

  constructor(private readonly api: WardrobeApi, private readonly attempts = 3) {}

  private loadCostume(puppet: string): Promise<Costume> {
    const shared = this.inflight.get(puppet);
    if (shared) return shared;
    const request = this.api.fetchCostume(puppet).finally(() => this.inflight.delete(puppet));
    this.inflight.set(puppet, request);
    return request;
  }

  async costumeFor(puppet: string): Promise<Costume> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.loadCostume(puppet);
      } catch (err) {
        const retryable = err instanceof WardrobeError && err.retryable;
        if (!retryable || attempt >= this.attempts) throw err;
        await sleep(200 * attempt);
      }
    }
  }

  async dressCast(cast: CostumeSpec[]): Promise<Costume[]> {
    const costumes = await Promise.all(cast.map((spec) => this.costumeFor(spec.puppet)));
    const mismatched = costumes.filter((c, i) => c.size !== cast[i].size);
    if (mismatched.length > 0) {
      throw new Error(`wrong size for ${mismatched.map((c) => c.puppet).join(', ')}`);
    }
    return costumes;
  }
}

export async function dressRehearsal(wardrobe: Wardrobe, cast: CostumeSpec[]): Promise<string> {
  const costumes = await wardrobe.dressCast(cast);
  return costumes.map((c) => `${c.puppet}: ${c.fabric} ${c.size} (${c.sku})`).join('\n');
}
