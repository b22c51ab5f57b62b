// expect: no-multiple-settle
// When the member has no booking that day the query callback takes neither branch, so findPressSlot never resolves to null and its caller hangs.
export interface Row {
  [column: string]: unknown;
}

export interface CoopDb {
  query(sql: string, params: unknown[], cb: (err: Error | null, rows?: Row[]) => void): void;
}

export type PressKind = 'rack-and-cloth' | 'hydraulic' | 'basket';

export interface PressSlot {
  memberId: string;
  day: string;
  press: PressKind;
  startsAt: string;
  bushels: number;
}

function toSlot(row: Row): PressSlot {
  return {
    memberId: String(row.member_id),
    day: String(row.day),
    press: row.press as PressKind,
    startsAt: String(row.starts_at),
    bushels: Number(row.bushels),
  };
}

export function findPressSlot(db: CoopDb, memberId: string, day: string): Promise<PressSlot | null> {
  return new Promise((resolve, reject) => {
    db.query(
      `SELECT member_id, day, press, starts_at, bushels
         FROM press_slots
        WHERE member_id = $1 AND day = $2
        ORDER BY starts_at
        LIMIT 1`,
      [memberId, day],
      (err, rows) => {
        if (err) {
          reject(err);
        } else if (rows && rows.length > 0) {
          resolve(toSlot(rows[0]));
        }
      },
    );
  });
}

export function bushelsBookedOn(db: CoopDb, day: string): Promise<number> {
  return new Promise((resolve, reject) => {
    db.query('SELECT COALESCE(SUM(bushels), 0) AS total FROM press_slots WHERE day = $1', [day], (err, rows) => {
      if (err) {
        reject(err);
        return;
      }
      resolve(Number(rows?.[0]?.total ?? 0));
    });
  });
}

export async function canBook(db: CoopDb, memberId: string, day: string, bushels: number, dailyCapacity = 120) {
  const existing = await findPressSlot(db, memberId, day);
  if (existing) return { ok: false as const, reason: `already booked at ${existing.startsAt}` };
  const booked = await bushelsBookedOn(db, day);
  if (booked + bushels > dailyCapacity) {
    return { ok: false as const, reason: `only ${dailyCapacity - booked} bushels of press time left` };
  }
  return { ok: true as const };
}
