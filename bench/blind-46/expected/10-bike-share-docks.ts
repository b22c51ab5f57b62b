// expect: none
// waitForRelease starts a fresh readSlot() on each poll; the connection promise is awaited repeatedly on purpose and has a handler from creation.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SlotStatus {
  stationId: string;
  slot: number;
  bikeId: string | null;
  locked: boolean;
  fault: 'none' | 'lock-jam' | 'no-power' | 'rfid';
}

export interface RentalRequest {
  riderId: string;
  stationId: string;
  preferEbike: boolean;
}

interface StationLink {
  readSlot(slot: number): Promise<SlotStatus>;
  listSlots(): Promise<SlotStatus[]>;
  unlock(slot: number): Promise<void>;
}

declare function connectStation(stationId: string): Promise<StationLink>;

declare const riderAccounts: {
  canRent(riderId: string): Promise<boolean>;
  startTrip(riderId: string, bikeId: string, stationId: string): Promise<string>;
};

export class DockStation {
  private readonly link: Promise<StationLink>;
  private connectError: unknown;

  constructor(readonly stationId: string) {
    this.link = connectStation(stationId);
    this.link.catch((err: unknown) => {
      this.connectError = err;
    });
  }

  healthy(): boolean {
    return this.connectError === undefined;
  }

  async availableBikes(): Promise<SlotStatus[]> {
    const link = await this.link;
    const slots = await link.listSlots();
    return slots.filter((s) => s.bikeId !== null && s.locked && s.fault === 'none');
  }

  async waitForRelease(slot: number, timeoutMs = 15_000, intervalMs = 500): Promise<SlotStatus> {
    const link = await this.link;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const status = await link.readSlot(slot);
      if (status.fault !== 'none') throw new Error(`slot ${slot} reported ${status.fault}`);
      if (!status.locked) return status;
      if (Date.now() >= deadline) throw new Error(`slot ${slot} at ${this.stationId} did not release`);
      await sleep(intervalMs);
    }
  }

  async rent(request: RentalRequest, isEbike: (bikeId: string) => boolean): Promise<string> {
    const [allowed, bikes] = await Promise.all([riderAccounts.canRent(request.riderId), this.availableBikes()]);
    if (!allowed) throw new Error(`rider ${request.riderId} cannot rent right now`);
    const ordered = [...bikes].sort((a, b) => {
      const score = (s: SlotStatus) => (request.preferEbike === isEbike(s.bikeId!) ? 0 : 1);
      return score(a) - score(b);
    });
    const choice = ordered[0];
    if (!choice) throw new Error(`no bikes at ${this.stationId}`);

    const link = await this.link;
    await link.unlock(choice.slot);
    const released = await this.waitForRelease(choice.slot);
    return riderAccounts.startTrip(request.riderId, released.bikeId ?? choice.bikeId!, this.stationId);
  }
}
