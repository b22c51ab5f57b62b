// expect: no-multiple-settle
// waitForFreeSlot resolves from an 'slot-change' listener that is never removed, so every later free-slot event for that dock calls resolve again.
import { EventEmitter } from "node:events";

export type BoatClass = "single" | "tandem" | "sup";

export interface SlotChange {
  dockId: string;
  slot: number;
  boatClass: BoatClass;
  state: "free" | "occupied" | "maintenance";
  at: number;
}

export interface Rental {
  rentalId: string;
  customerId: string;
  dockId: string;
  slot: number;
  boatClass: BoatClass;
  startedAt: Date;
}

declare const dockSensors: EventEmitter;
declare const rentalsDb: {
  insert(rental: Rental): Promise<void>;
  activeFor(customerId: string): Promise<Rental[]>;
};
declare const lockController: {
  unlock(dockId: string, slot: number): Promise<void>;
};
declare function newRentalId(): string;

const MAX_ACTIVE_PER_CUSTOMER = 2;

export class DockQueue {
  private readonly waiting = new Map<string, number>();

  waitingAt(dockId: string): number {
    return this.waiting.get(dockId) ?? 0;
  }

  waitForFreeSlot(dockId: string, boatClass: BoatClass): Promise<SlotChange> {
    this.waiting.set(dockId, this.waitingAt(dockId) + 1);
    return new Promise<SlotChange>((resolve, reject) => {
      const onFault = (fault: { dockId: string; message: string }) => {
        if (fault.dockId !== dockId) return;
        dockSensors.off("sensor-fault", onFault);
        this.waiting.set(dockId, Math.max(0, this.waitingAt(dockId) - 1));
        reject(new Error(`dock ${dockId} sensors offline: ${fault.message}`));
      };
      dockSensors.on("sensor-fault", onFault);

      dockSensors.on("slot-change", (change: SlotChange) => {
        if (change.dockId !== dockId) return;
        if (change.state !== "free" || change.boatClass !== boatClass) return;
        dockSensors.off("sensor-fault", onFault);
        this.waiting.set(dockId, Math.max(0, this.waitingAt(dockId) - 1));
        resolve(change);
      });
    });
  }
}

export class RentalDesk {
  constructor(private readonly queue = new DockQueue()) {}

  async rent(customerId: string, dockId: string, boatClass: BoatClass): Promise<Rental> {
    const active = await rentalsDb.activeFor(customerId);
    if (active.length >= MAX_ACTIVE_PER_CUSTOMER) {
      throw new Error(`customer ${customerId} already has ${active.length} boats out`);
    }

    const free = await this.queue.waitForFreeSlot(dockId, boatClass);
    await lockController.unlock(free.dockId, free.slot);

    const rental: Rental = {
      rentalId: newRentalId(),
      customerId,
      dockId: free.dockId,
      slot: free.slot,
      boatClass,
      startedAt: new Date(free.at),
    };
    await rentalsDb.insert(rental);
    return rental;
  }

  queueLength(dockId: string): number {
    return this.queue.waitingAt(dockId);
  }
}
