// expect: none
// Returns are processed with for...of and await, the periodic sweep and the event handler attach .catch to the promise they start, and nothing is started then left behind.
import { EventEmitter } from "node:events";

export interface BoatReturn {
  rentalId: string;
  boatId: string;
  dockId: string;
  returnedAt: number;
  damageNoted: boolean;
}

export interface OverdueRental {
  rentalId: string;
  customerPhone: string;
  dueAt: number;
}

declare const dockGate: EventEmitter;
declare const rentals: {
  close(rentalId: string, returnedAt: number): Promise<{ minutes: number; fee: number }>;
  overdue(now: number): Promise<OverdueRental[]>;
};
declare const payments: {
  capture(rentalId: string, amountCents: number): Promise<void>;
};
declare const sms: {
  send(phone: string, text: string): Promise<void>;
};
declare const inspections: {
  flag(boatId: string, reason: string): Promise<void>;
};
declare const logger: { error(msg: string, err?: unknown): void };

const SWEEP_EVERY_MS = 5 * 60_000;
const LATE_FEE_CENTS_PER_15_MIN = 500;

export function lateFeeCents(dueAt: number, returnedAt: number): number {
  const lateMin = Math.max(0, (returnedAt - dueAt) / 60_000);
  return Math.ceil(lateMin / 15) * LATE_FEE_CENTS_PER_15_MIN;
}

export class DockOperations {
  private sweepTimer?: NodeJS.Timeout;
  private readonly texted = new Set<string>();

  start(): void {
    dockGate.on("boat-returned", (ret: BoatReturn) => {
      this.handleReturn(ret).catch((err: unknown) =>
        logger.error(`return ${ret.rentalId} not closed`, err),
      );
    });
    this.sweepTimer = setInterval(() => {
      this.sweepOverdue().catch((err: unknown) => logger.error("overdue sweep failed", err));
    }, SWEEP_EVERY_MS);
  }

  stop(): void {
    dockGate.removeAllListeners("boat-returned");
    if (this.sweepTimer) clearInterval(this.sweepTimer);
  }

  async handleReturn(ret: BoatReturn): Promise<void> {
    const { fee } = await rentals.close(ret.rentalId, ret.returnedAt);
    await payments.capture(ret.rentalId, Math.round(fee * 100));
    if (ret.damageNoted) {
      await inspections.flag(ret.boatId, `damage reported at ${ret.dockId}`);
    }
    this.texted.delete(ret.rentalId);
  }

  async sweepOverdue(now = Date.now()): Promise<number> {
    const late = await rentals.overdue(now);
    let texted = 0;
    for (const rental of late) {
      if (this.texted.has(rental.rentalId)) continue;
      const fee = (lateFeeCents(rental.dueAt, now) / 100).toFixed(2);
      await sms.send(
        rental.customerPhone,
        `Your kayak was due back at ${new Date(rental.dueAt).toLocaleTimeString()}. Late fees so far: $${fee}.`,
      );
      this.texted.add(rental.rentalId);
      texted += 1;
    }
    return texted;
  }

  async closeBatch(returns: readonly BoatReturn[]): Promise<string[]> {
    const failed: string[] = [];
    for (const ret of returns) {
      try {
        await this.handleReturn(ret);
      } catch (err) {
        logger.error(`batch close failed for ${ret.rentalId}`, err);
        failed.push(ret.rentalId);
      }
    }
    return failed;
  }
}
