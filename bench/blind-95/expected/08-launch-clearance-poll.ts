// expect: none
// The polling loop calls `this.tower.clearance(flightId)` anew on every iteration and the .catch recovery calls requestSlot again instead of returning the failed promise, so each poll and each retry is a genuinely fresh request.
import { setTimeout as sleep } from 'node:timers/promises';

export type ClearanceState = 'pending' | 'granted' | 'denied' | 'expired';

export interface Clearance {
  flightId: string;
  state: ClearanceState;
  slot?: string;
  remark?: string;
}

export interface TowerApi {
  requestSlot(flightId: string, envelope: string): Promise<{ ticket: string }>;
  clearance(flightId: string): Promise<Clearance>;
}

export class ClearanceDenied extends Error {
  override name = 'ClearanceDenied';
}

export class BalloonDispatcher {
  constructor(
    private readonly tower: TowerApi,
    private readonly pollMs = 10_000,
    private readonly maxPolls = 90,
  ) {}

  private requestSlot(flightId: string, envelope: string, attempt = 1): Promise<{ ticket: string }> {
    return this.tower.requestSlot(flightId, envelope).catch(async (err: unknown) => {
      if (attempt >= 3) throw err;
      await sleep(2_000 * attempt);
      return this.requestSlot(flightId, envelope, attempt + 1);
    });
  }

  async awaitClearance(flightId: string, envelope: string): Promise<Clearance> {
    const { ticket } = await this.requestSlot(flightId, envelope);
    console.log(`flight ${flightId} (${envelope}) queued with tower ticket ${ticket}`);

    for (let poll = 0; poll < this.maxPolls; poll++) {
      const clearance = await this.tower.clearance(flightId);
      switch (clearance.state) {
        case 'granted':
          return clearance;
        case 'denied':
          throw new ClearanceDenied(`${flightId} denied: ${clearance.remark ?? 'no reason given'}`);
        case 'expired':
          throw new Error(`${flightId}: clearance request expired at the tower`);
        case 'pending':
          await sleep(this.pollMs);
          break;
      }
    }
    throw new Error(`${flightId}: no answer from tower after ${(this.maxPolls * this.pollMs) / 60_000} minutes`);
  }
}
