// expect: no-multiple-settle
// In findPermits the query callback calls reject(err) without returning, so on the error path it falls through and also calls resolve(...).
export interface PermitRow {
  permit_no: string;
  holder_name: string;
  beach_code: string;
  valid_from: string;
  valid_to: string;
  daily_limit_l: number;
  revoked: 0 | 1;
}

export interface ClamPermit {
  permitNo: string;
  holder: string;
  beach: string;
  validFrom: Date;
  validTo: Date;
  dailyLimitLitres: number;
  revoked: boolean;
}

declare const permitDb: {
  query(sql: string, params: unknown[], cb: (err: Error | null, rows?: PermitRow[]) => void): void;
};

declare const harvestLog: {
  litresToday(permitNo: string, day: string): Promise<number>;
};

const PERMIT_COLUMNS = 'permit_no, holder_name, beach_code, valid_from, valid_to, daily_limit_l, revoked';

function toPermit(row: PermitRow): ClamPermit {
  return {
    permitNo: row.permit_no,
    holder: row.holder_name,
    beach: row.beach_code,
    validFrom: new Date(row.valid_from),
    validTo: new Date(row.valid_to),
    dailyLimitLitres: row.daily_limit_l,
    revoked: row.revoked === 1,
  };
}

export function findPermits(holderName: string, beach?: string): Promise<ClamPermit[]> {
  const params: unknown[] = [holderName.trim().toLowerCase()];
  let sql = `SELECT ${PERMIT_COLUMNS} FROM permits WHERE lower(holder_name) = ?`;
  if (beach) {
    sql += ' AND beach_code = ?';
    params.push(beach);
  }
  sql += ' ORDER BY valid_to DESC';

  return new Promise<ClamPermit[]>((resolve, reject) => {
    permitDb.query(sql, params, (err, rows) => {
      if (err) {
        reject(new Error(`permit lookup failed for ${holderName}: ${err.message}`, { cause: err }));
      }
      resolve((rows ?? []).map(toPermit));
    });
  });
}

export function isValidOn(permit: ClamPermit, day: Date): boolean {
  if (permit.revoked) return false;
  return permit.validFrom.getTime() <= day.getTime() && day.getTime() <= permit.validTo.getTime();
}

export type DigDecision =
  | { allowed: true; permitNo: string; remainingLitres: number }
  | { allowed: false; reason: string };

export async function checkDig(holderName: string, beach: string, requestedLitres: number, day = new Date()): Promise<DigDecision> {
  const permits = await findPermits(holderName, beach);
  const active = permits.find((p) => isValidOn(p, day));
  if (!active) {
    return { allowed: false, reason: permits.length ? 'no permit valid today' : 'no permit on file' };
  }

  const dayKey = day.toISOString().slice(0, 10);
  const used = await harvestLog.litresToday(active.permitNo, dayKey);
  const remaining = Math.max(0, active.dailyLimitLitres - used);
  if (requestedLitres > remaining) {
    return { allowed: false, reason: `daily limit reached (${remaining.toFixed(1)} L left)` };
  }
  return { allowed: true, permitNo: active.permitNo, remainingLitres: remaining - requestedLitres };
}
