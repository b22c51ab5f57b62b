// expect: no-multiple-settle
// in the hold callback the error branch rejects but falls through to resolve, so a failed hold settles twice
type Callback<T> = (err: Error | null, value?: T) => void;

interface SeatHold {
  holdId: string;
  showId: string;
  seats: string[];
  expiresAt: number;
}

interface ShowInfo {
  showId: string;
  dome: "main" | "mini";
  startsAt: Date;
  capacity: number;
}

declare const boxOfficeClient: {
  holdSeats(showId: string, seats: string[], ttlSec: number, cb: Callback<SeatHold>): void;
  releaseHold(holdId: string, cb: Callback<void>): void;
  lookupShow(showId: string, cb: Callback<ShowInfo>): void;
};

declare const metrics: { increment(name: string, tags?: Record<string, string>): void };

const HOLD_TTL_SEC = 600;

function seatLabel(row: string, n: number): string {
  return `${row.toUpperCase()}${String(n).padStart(2, "0")}`;
}

export function lookupShow(showId: string): Promise<ShowInfo> {
  return new Promise((resolve, reject) => {
    boxOfficeClient.lookupShow(showId, (err, show) => {
      if (err || !show) {
        reject(err ?? new Error(`unknown show ${showId}`));
        return;
      }
      resolve(show);
    });
  });
}

export function holdSeats(showId: string, seats: string[]): Promise<SeatHold> {
  return new Promise((resolve, reject) => {
    boxOfficeClient.holdSeats(showId, seats, HOLD_TTL_SEC, (err, hold) => {
      if (err) {
        metrics.increment("seat_hold.failed", { showId });
        reject(err);
      }
      metrics.increment("seat_hold.ok", { showId });
      resolve(hold as SeatHold);
    });
  });
}

export function releaseHold(holdId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    boxOfficeClient.releaseHold(holdId, (err) => (err ? reject(err) : resolve()));
  });
}

export async function reserveBlock(
  showId: string,
  row: string,
  firstSeat: number,
  count: number,
): Promise<SeatHold> {
  const show = await lookupShow(showId);
  if (show.dome === "mini" && count > 6) {
    throw new Error("mini dome groups are limited to 6 seats");
  }
  if (show.startsAt.getTime() - Date.now() < 15 * 60_000) {
    throw new Error("online holds close 15 minutes before the show");
  }
  const seats = Array.from({ length: count }, (_, i) => seatLabel(row, firstSeat + i));
  const hold = await holdSeats(showId, seats);
  if (hold.seats.length !== seats.length) {
    await releaseHold(hold.holdId);
    throw new Error(`only ${hold.seats.length} of ${count} seats could be held`);
  }
  return hold;
}
