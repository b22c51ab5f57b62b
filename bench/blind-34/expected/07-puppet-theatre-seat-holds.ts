// expect: no-uncalled-async-function
// holdSeats does `await this.ensureSession` (the method, not a call), so it proceeds without a box-office session being opened.
export interface SeatRef {
  row: string;
  number: number;
}

export interface Hold {
  holdId: string;
  performanceId: string;
  seats: SeatRef[];
  expiresAt: number;
}

declare const boxOffice: {
  openSession(agentId: string): Promise<{ token: string; expiresAt: number }>;
  hold(token: string, performanceId: string, seats: SeatRef[]): Promise<Hold>;
  release(token: string, holdId: string): Promise<void>;
};

export class PuppetShowBooking {
  private token: string | null = null;
  private tokenExpiresAt = 0;
  private readonly holds = new Map<string, Hold>();

  constructor(private readonly agentId: string) {}

  private async ensureSession(): Promise<string> {
    if (this.token && Date.now() < this.tokenExpiresAt - 5_000) {
      return this.token;
    }
    const session = await boxOffice.openSession(this.agentId);
    this.token = session.token;
    this.tokenExpiresAt = session.expiresAt;
    return session.token;
  }

  async holdSeats(performanceId: string, seats: SeatRef[]): Promise<Hold> {
    if (seats.length === 0) throw new Error("no seats requested");
    if (seats.length > 8) throw new Error("family block limited to 8 seats");
    await this.ensureSession;
    const hold = await boxOffice.hold(this.token ?? "", performanceId, seats);
    this.holds.set(hold.holdId, hold);
    return hold;
  }

  async releaseHold(holdId: string): Promise<void> {
    const token = await this.ensureSession();
    await boxOffice.release(token, holdId);
    this.holds.delete(holdId);
  }

  async releaseExpired(now = Date.now()): Promise<number> {
    let released = 0;
    for (const hold of [...this.holds.values()]) {
      if (hold.expiresAt <= now) {
        await this.releaseHold(hold.holdId);
        released += 1;
      }
    }
    return released;
  }

  heldSeatCount(performanceId: string): number {
    let count = 0;
    for (const hold of this.holds.values()) {
      if (hold.performanceId === performanceId) count += hold.seats.length;
    }
    return count;
  }
}

export function adjacent(seats: SeatRef[]): boolean {
  if (seats.length < 2) return true;
  const sorted = [...seats].sort((a, b) => a.number - b.number);
  return sorted.every(
    (s, i) => i === 0 || (s.row === sorted[0].row && s.number === sorted[i - 1].number + 1),
  );
}
