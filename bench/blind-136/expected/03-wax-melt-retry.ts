// expect: none
// withRetry receives a function and calls it again on every attempt, so each retry issues a fresh melt-tank request.
import { setTimeout as sleep } from 'node:timers/promises';

export interface MeltTankStatus {
  tankId: string;
  tempC: number;
  levelPct: number;
  filterClogged: boolean;
}

export interface MeltTankController {
  setTarget(tankId: string, tempC: number): Promise<MeltTankStatus>;
  readStatus(tankId: string): Promise<MeltTankStatus>;
}

export class TransientTankError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransientTankError';
  }
}

export async function withRetry<T>(
  attempt: () => Promise<T>,
  retries = 3,
  baseDelayMs = 200,
): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof TransientTankError) || i >= retries) throw err;
      await sleep(baseDelayMs * 2 ** i);
    }
  }
}

export class WaxMeltStation {
  constructor(
    private readonly controller: MeltTankController,
    private readonly pourTempC = 71,
  ) {}

  async prepareForPour(tankId: string): Promise<MeltTankStatus> {
    const status = await withRetry(() => this.controller.setTarget(tankId, this.pourTempC));
    if (status.filterClogged) {
      throw new Error(`melt tank ${tankId} filter clogged; clean before pouring`);
    }
    if (status.levelPct < 15) {
      throw new Error(`melt tank ${tankId} nearly empty (${status.levelPct}%)`);
    }
    return status;
  }

  async isAtPourTemp(tankId: string, toleranceC = 1.5): Promise<boolean> {
    const status = await withRetry(() => this.controller.readStatus(tankId), 2, 100);
    return Math.abs(status.tempC - this.pourTempC) <= toleranceC;
  }

  static kgNeeded(mouldVolumesMl: number[], densityGPerMl = 0.96): number {
    const grams = mouldVolumesMl.reduce((g, ml) => g + ml * densityGPerMl, 0);
    // add eight percent for the sink-hole top-up pour
    return Math.round(grams * 1.08) / 1000;
  }
}
