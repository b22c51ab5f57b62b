// expect: no-unobserved-promise
// The deposit refund is started first and only awaited after several other awaits; if it rejects meanwhile nothing is listening.
export interface RideSession {
  sessionId: string;
  carNumber: number;
  riderWristband: string;
  depositCents: number;
  startedAt: Date;
}

export interface SessionSummary {
  sessionId: string;
  minutes: number;
  collisions: number;
  refundId: string;
}

declare const payments: {
  refundDeposit(wristband: string, cents: number): Promise<{ refundId: string }>;
};

declare const arena: {
  releaseCar(carNumber: number): Promise<void>;
  collisionCount(carNumber: number, since: Date): Promise<number>;
  chargeLevel(carNumber: number): Promise<number>;
  sendToCharger(carNumber: number): Promise<void>;
};

declare const incidents: {
  flag(sessionId: string, reason: string): Promise<void>;
};

const HARD_COLLISION_LIMIT = 25;
const LOW_CHARGE_PCT = 30;

export class SessionCloser {
  private closing = new Set<string>();

  async close(session: RideSession): Promise<SessionSummary> {
    if (this.closing.has(session.sessionId)) {
      throw new Error(`session ${session.sessionId} is already closing`);
    }
    this.closing.add(session.sessionId);
    try {
      const refund = payments.refundDeposit(session.riderWristband, session.depositCents);

      await arena.releaseCar(session.carNumber);
      const collisions = await arena.collisionCount(session.carNumber, session.startedAt);
      if (collisions > HARD_COLLISION_LIMIT) {
        await incidents.flag(session.sessionId, `${collisions} collisions in one session`);
      }

      const charge = await arena.chargeLevel(session.carNumber);
      if (charge < LOW_CHARGE_PCT) {
        await arena.sendToCharger(session.carNumber);
      }

      const { refundId } = await refund;
      const minutes = Math.round((Date.now() - session.startedAt.getTime()) / 60_000);
      return { sessionId: session.sessionId, minutes, collisions, refundId };
    } finally {
      this.closing.delete(session.sessionId);
    }
  }

  async closeAll(sessions: RideSession[]): Promise<SessionSummary[]> {
    const summaries: SessionSummary[] = [];
    for (const session of sessions) {
      summaries.push(await this.close(session));
    }
    return summaries;
  }
}
