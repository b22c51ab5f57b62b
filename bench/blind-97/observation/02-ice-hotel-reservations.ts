// expect: no-floating-promises
// The sweep hands an async callback to forEach, which drops every returned promise, so sweep() resolves before any suite is released and a failed release becomes an unhandled rejection that crashes the booking process.
import { EventEmitter } from 'node:events';

export interface Reservation {
  id: string;
  suite: string;
  guest: string;
  heldUntil: number;
  status: 'held' | 'confirmed' | 'released';
}

export interface ReservationRepo {
  listHeld(): Promise<Reservation[]>;
  release(id: string): Promise<void>;
}

export interface HousekeepingQueue {
  notifyMeltCheck(suite: string): Promise<void>;
}

export class HoldSweeper extends EventEmitter {
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly repo: ReservationRepo,
    private readonly housekeeping: HousekeepingQueue,
    private readonly intervalMs = 60_000,
  ) {
    super();
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = true;
      this.sweep()
        .finally(() => {
          this.running = false;
        })
        .catch((err: unknown) => this.emit('error', err));
    }, this.intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  async sweep(now = Date.now()): Promise<number> {
    const held = await this.repo.listHeld();
    const expired = held.filter((r) => r.status === 'held' && r.heldUntil <= now);

    expired.forEach(async (reservation) => {
      await this.repo.release(reservation.id);
      await this.housekeeping.notifyMeltCheck(reservation.suite);
      this.emit('released', reservation);
    });

    return expired.length;
  }
}
