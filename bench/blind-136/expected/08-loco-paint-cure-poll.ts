// expect: none
// pollUntil takes a probe function and calls it on every iteration, so each poll reads a fresh cure status from the spray booth.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CureStatus {
  locoId: string;
  coat: 'primer' | 'livery' | 'varnish';
  tackFree: boolean;
  hardnessShore: number;
}

export interface SprayBooth {
  cureStatus(locoId: string): Promise<CureStatus>;
  startBake(locoId: string, tempC: number, minutes: number): Promise<void>;
}

export async function pollUntil<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  opts: { intervalMs: number; maxAttempts: number },
): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < opts.maxAttempts; i++) {
    last = await probe();
    if (done(last)) return last;
    await sleep(opts.intervalMs);
  }
  throw new Error(`condition not met after ${opts.maxAttempts} attempts (last: ${JSON.stringify(last)})`);
}

const MIN_HARDNESS: Record<CureStatus['coat'], number> = {
  primer: 40,
  livery: 55,
  varnish: 70,
};

export class PaintShop {
  constructor(
    private readonly booth: SprayBooth,
    private readonly pollMs = 30_000,
  ) {}

  async bakeAndWait(locoId: string, coat: CureStatus['coat']): Promise<CureStatus> {
    const tempC = coat === 'varnish' ? 45 : 60;
    await this.booth.startBake(locoId, tempC, coat === 'primer' ? 20 : 40);
    return pollUntil(
      () => this.booth.cureStatus(locoId),
      (s) => s.coat === coat && s.tackFree && s.hardnessShore >= MIN_HARDNESS[coat],
      { intervalMs: this.pollMs, maxAttempts: 40 },
    );
  }

  async finish(locoId: string): Promise<CureStatus[]> {
    const results: CureStatus[] = [];
    for (const coat of ['primer', 'livery', 'varnish'] as const) {
      results.push(await this.bakeAndWait(locoId, coat));
    }
    return results;
  }

  static readyForLining(statuses: CureStatus[]): boolean {
    const livery = statuses.find((s) => s.coat === 'livery');
    return !!livery && livery.tackFree && livery.hardnessShore >= MIN_HARDNESS.livery + 5;
  }
}
