// expect: none
// Both queries are started together and immediately combined with Promise.all, so neither stored promise is ever left without a handler while the other is pending.
export interface CaveDb {
  query<T>(sql: string, params: unknown[]): Promise<T[]>;
  execute(sql: string, params: unknown[]): Promise<{ rowsAffected: number }>;
}

export interface Wheel {
  id: string;
  style: 'alpine' | 'clothbound' | 'washed-rind' | 'blue';
  shelf: string;
  madeOn: string;
}

export interface TurnRecord {
  wheelId: string;
  turnedAt: string;
  brushed: boolean;
}

const TURN_INTERVAL_DAYS: Record<Wheel['style'], number> = {
  alpine: 2,
  clothbound: 7,
  'washed-rind': 1,
  blue: 3,
};

export interface TurningTask {
  wheelId: string;
  shelf: string;
  dueSince: number;
  brush: boolean;
}

export async function buildTurningSchedule(db: CaveDb, caveId: string, today = new Date()): Promise<TurningTask[]> {
  const wheelsQuery = db.query<Wheel>('SELECT id, style, shelf, made_on AS "madeOn" FROM wheels WHERE cave_id = $1', [caveId]);
  const turnsQuery = db.query<TurnRecord>(
    'SELECT DISTINCT ON (wheel_id) wheel_id AS "wheelId", turned_at AS "turnedAt", brushed FROM turns WHERE cave_id = $1 ORDER BY wheel_id, turned_at DESC',
    [caveId],
  );
  const [wheels, turns] = await Promise.all([wheelsQuery, turnsQuery]);

  const lastTurn = new Map(turns.map((t) => [t.wheelId, t]));
  const tasks: TurningTask[] = [];
  for (const wheel of wheels) {
    const last = lastTurn.get(wheel.id);
    const since = new Date(last?.turnedAt ?? wheel.madeOn);
    const days = Math.floor((today.getTime() - since.getTime()) / 86_400_000);
    const overdue = days - TURN_INTERVAL_DAYS[wheel.style];
    if (overdue >= 0) {
      tasks.push({ wheelId: wheel.id, shelf: wheel.shelf, dueSince: overdue, brush: wheel.style === 'washed-rind' });
    }
  }
  return tasks.sort((a, b) => a.shelf.localeCompare(b.shelf) || b.dueSince - a.dueSince);
}

export async function recordTurns(db: CaveDb, caveId: string, done: TurningTask[]): Promise<number> {
  let recorded = 0;
  for (const task of done) {
    const result = await db.execute(
      'INSERT INTO turns (cave_id, wheel_id, turned_at, brushed) VALUES ($1, $2, now(), $3)',
      [caveId, task.wheelId, task.brush],
    );
    recorded += result.rowsAffected;
  }
  return recorded;
}
