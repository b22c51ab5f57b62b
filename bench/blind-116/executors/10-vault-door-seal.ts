// expect: none
// Each stored door-seal deferred is removed from the waiting map before it is settled, and its timer is cleared on the success path, so a late seal event or a late timeout cannot settle it twice.
import { EventEmitter } from 'node:events';

export type VaultDoorId = 'A1' | 'A2' | 'B1' | 'cold-store';

export interface SealEvent {
  door: VaultDoorId;
  pressureDeltaPa: number;
  at: number;
}

interface Waiter {
  resolve: (event: SealEvent) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class VaultDoorMonitor {
  private readonly waiters = new Map<VaultDoorId, Waiter[]>();

  constructor(private readonly bus: EventEmitter, private readonly minDeltaPa = 12) {
    bus.on('seal', (event: SealEvent) => this.onSeal(event));
  }

  waitForSeal(door: VaultDoorId, timeoutMs = 120_000): Promise<SealEvent> {
    return new Promise<SealEvent>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        timer: setTimeout(() => {
          this.remove(door, waiter);
          reject(new Error(`door ${door} did not seal within ${timeoutMs / 1000}s; check gasket`));
        }, timeoutMs),
      };
      const list = this.waiters.get(door) ?? [];
      list.push(waiter);
      this.waiters.set(door, list);
    });
  }

  private onSeal(event: SealEvent): void {
    if (event.pressureDeltaPa < this.minDeltaPa) return;
    const list = this.waiters.get(event.door);
    if (!list?.length) return;
    this.waiters.delete(event.door);
    for (const waiter of list) {
      clearTimeout(waiter.timer);
      waiter.resolve(event);
    }
  }

  private remove(door: VaultDoorId, waiter: Waiter): void {
    const list = this.waiters.get(door);
    if (!list) return;
    const next = list.filter((w) => w !== waiter);
    if (next.length) this.waiters.set(door, next);
    else this.waiters.delete(door);
  }

  cancelAll(reason = 'monitor shut down'): void {
    const all = [...this.waiters.values()].flat();
    this.waiters.clear();
    for (const waiter of all) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(reason));
    }
  }

  get waiting(): number {
    let n = 0;
    for (const list of this.waiters.values()) n += list.length;
    return n;
  }
}
