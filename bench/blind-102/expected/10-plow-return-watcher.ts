// expect: no-reused-settled-promise
// waitForDepotReturn requests the truck status once and then re-awaits that same settled promise on every poll, so it keeps seeing the original "en route" answer, never notices the truck is back and always times out, blocking the salt reload for the next shift.
import { setTimeout as sleep } from 'node:timers/promises';

export type TruckState = 'en_route' | 'plowing' | 'returning' | 'at_depot' | 'out_of_service';

export interface TruckStatus {
  truckId: string;
  state: TruckState;
  saltTonnes: number;
  updatedAt: string;
}

interface Telematics {
  status(truckId: string): Promise<TruckStatus>;
}

interface SaltDome {
  scheduleReload(truckId: string, tonnes: number): Promise<string>;
}

export interface WatchOptions {
  pollMs: number;
  timeoutMs: number;
}

const TRUCK_CAPACITY_TONNES = 12;

export class PlowReturnWatcher {
  constructor(
    private readonly telematics: Telematics,
    private readonly saltDome: SaltDome,
  ) {}

  async waitForDepotReturn(truckId: string, opts: WatchOptions): Promise<TruckStatus> {
    const giveUpAt = Date.now() + opts.timeoutMs;
    const statusRequest = this.telematics.status(truckId);

    while (Date.now() < giveUpAt) {
      const status = await statusRequest;
      if (status.state === 'at_depot') return status;
      if (status.state === 'out_of_service') {
        throw new Error(`truck ${truckId} went out of service on its route`);
      }
      await sleep(opts.pollMs);
    }
    throw new Error(`truck ${truckId} not back at depot after ${Math.round(opts.timeoutMs / 60_000)} min`);
  }

  async reloadWhenBack(truckId: string): Promise<string> {
    const status = await this.waitForDepotReturn(truckId, { pollMs: 15_000, timeoutMs: 90 * 60_000 });
    const needed = Math.max(0, TRUCK_CAPACITY_TONNES - status.saltTonnes);
    if (needed < 0.5) return `${truckId} still has ${status.saltTonnes.toFixed(1)}t, no reload`;
    const slot = await this.saltDome.scheduleReload(truckId, needed);
    return `${truckId} reload of ${needed.toFixed(1)}t booked at ${slot}`;
  }
}
