// expect: no-multiple-settle
// In reserveBench the conflict branch rejects but does not return, so execution falls through to resolve() and the audit log records a reservation that was refused.
export interface WorkshopSlot {
  benchId: string;
  start: Date;
  durationMin: number;
}

export interface BenchHold {
  token: string;
  benchId: string;
  expiresAt: Date;
  conflicts: string[];
}

export interface BenchReservation {
  bookingId: string;
  benchId: string;
  token: string;
  expiresAt: Date;
}

type HoldCallback = (err: Error | null, hold?: BenchHold) => void;

declare const benchRegistry: {
  hold(benchId: string, start: Date, durationMin: number, cb: HoldCallback): void;
  release(token: string, cb: (err: Error | null) => void): void;
};
declare const auditLog: {
  record(kind: string, detail: Record<string, string>): void;
};

export class WorkshopBookingError extends Error {
  constructor(
    message: string,
    readonly bookingId: string,
    readonly reason: "unavailable" | "conflict" | "registry",
  ) {
    super(message);
    this.name = "WorkshopBookingError";
  }
}

function reserveBench(bookingId: string, slot: WorkshopSlot): Promise<BenchReservation> {
  return new Promise<BenchReservation>((resolve, reject) => {
    benchRegistry.hold(slot.benchId, slot.start, slot.durationMin, (err, hold) => {
      if (err || !hold) {
        reject(new WorkshopBookingError(err?.message ?? "no hold returned", bookingId, "registry"));
        return;
      }
      if (hold.conflicts.length > 0) {
        reject(
          new WorkshopBookingError(
            `bench ${slot.benchId} overlaps ${hold.conflicts.join(", ")}`,
            bookingId,
            "conflict",
          ),
        );
      }
      auditLog.record("bench.reserved", {
        bookingId,
        benchId: hold.benchId,
        token: hold.token,
      });
      resolve({
        bookingId,
        benchId: hold.benchId,
        token: hold.token,
        expiresAt: hold.expiresAt,
      });
    });
  });
}

function releaseHold(token: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    benchRegistry.release(token, (err) => (err ? reject(err) : resolve()));
  });
}

export async function bookWorkshop(
  bookingId: string,
  slots: readonly WorkshopSlot[],
): Promise<BenchReservation[]> {
  const reservations: BenchReservation[] = [];
  try {
    for (const slot of slots) {
      if (slot.durationMin < 30) {
        throw new WorkshopBookingError(
          `theremin sessions need at least 30 minutes, got ${slot.durationMin}`,
          bookingId,
          "unavailable",
        );
      }
      reservations.push(await reserveBench(bookingId, slot));
    }
    return reservations;
  } catch (err) {
    for (const r of reservations) {
      try {
        await releaseHold(r.token);
      } catch (releaseErr) {
        auditLog.record("bench.release_failed", {
          bookingId,
          token: r.token,
          error: String(releaseErr),
        });
      }
    }
    throw err;
  }
}
