// expect: no-multiple-settle
// placeHold uses an async executor that awaits database queries before settling, so a failed query leaves the returned promise pending forever.
import { randomUUID } from 'node:crypto';

export interface BookingDb {
  query<T>(sql: string, params: unknown[]): Promise<T[]>;
}

export interface HoldRequest {
  hutId: string;
  nights: string[];
  party: number;
  guideLicence?: string;
}

export interface Hold {
  holdId: string;
  hutId: string;
  nights: string[];
  party: number;
  expiresAt: Date;
}

export class HoldRejected extends Error {
  constructor(readonly hutId: string, readonly reason: string) {
    super(`hold on ${hutId} rejected: ${reason}`);
    this.name = 'HoldRejected';
  }
}

const HOLD_TTL_MS = 20 * 60 * 1000;

export class HutHoldService {
  constructor(
    private readonly db: BookingDb,
    private readonly maxPartyWithoutGuide = 8,
  ) {}

  placeHold(req: HoldRequest): Promise<Hold> {
    return new Promise<Hold>(async (resolve, reject) => {
      if (req.party > this.maxPartyWithoutGuide && !req.guideLicence) {
        reject(new HoldRejected(req.hutId, 'large parties need a licensed guide'));
        return;
      }

      const rows = await this.db.query<{ night: string; beds_free: number }>(
        'SELECT night, beds_free FROM hut_nights WHERE hut_id = $1 AND night = ANY($2) FOR UPDATE',
        [req.hutId, req.nights],
      );
      if (rows.length !== req.nights.length) {
        reject(new HoldRejected(req.hutId, 'hut closed on one of the requested nights'));
        return;
      }
      const tightest = Math.min(...rows.map((r) => r.beds_free));
      if (tightest < req.party) {
        reject(new HoldRejected(req.hutId, `only ${tightest} beds left`));
        return;
      }

      const hold: Hold = {
        holdId: randomUUID(),
        hutId: req.hutId,
        nights: [...req.nights].sort(),
        party: req.party,
        expiresAt: new Date(Date.now() + HOLD_TTL_MS),
      };
      await this.db.query(
        'INSERT INTO holds (id, hut_id, nights, party, expires_at) VALUES ($1, $2, $3, $4, $5)',
        [hold.holdId, hold.hutId, hold.nights, hold.party, hold.expiresAt],
      );
      resolve(hold);
    });
  }

  async releaseExpired(now = new Date()): Promise<number> {
    const released = await this.db.query<{ id: string }>(
      'DELETE FROM holds WHERE expires_at < $1 RETURNING id',
      [now],
    );
    return released.length;
  }
}
