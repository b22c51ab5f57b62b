// expect: no-multiple-settle
// In the journal callback the error branch calls reject() but does not return, so execution falls through to resolve() as well.
export interface WindingEntry {
  towerId: string;
  windedAt: Date;
  turns: number;
  weightDropCm: number;
  winder: string;
}

interface JournalRow {
  tower_id: string;
  winded_at: string;
  turns: number;
  weight_drop_cm: number;
  winder: string;
}

type RowsCallback = (err: Error | null, rows: JournalRow[]) => void;

declare const towerJournal: {
  query(sql: string, params: unknown[], callback: RowsCallback): void;
};

declare const winderRoster: {
  isCertified(name: string, on: Date): boolean;
};

const SELECT_RECENT = `
  SELECT tower_id, winded_at, turns, weight_drop_cm, winder
    FROM winding_journal
   WHERE tower_id = ? AND winded_at >= ?
ORDER BY winded_at ASC`;

function toEntry(row: JournalRow): WindingEntry {
  return {
    towerId: row.tower_id,
    windedAt: new Date(row.winded_at),
    turns: row.turns,
    weightDropCm: row.weight_drop_cm,
    winder: row.winder,
  };
}

export function loadWindings(towerId: string, since: Date): Promise<WindingEntry[]> {
  return new Promise<WindingEntry[]>((resolve, reject) => {
    towerJournal.query(SELECT_RECENT, [towerId, since.toISOString()], (err, rows) => {
      if (err) {
        reject(new Error(`winding journal unavailable for ${towerId}: ${err.message}`));
      }
      const entries = rows.map(toEntry).filter((e) => !Number.isNaN(e.windedAt.getTime()));
      resolve(entries);
    });
  });
}

export interface DriftAssessment {
  towerId: string;
  missedDays: string[];
  uncertifiedWinders: string[];
  averageTurns: number;
}

function dayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export async function assessTower(towerId: string, days: number): Promise<DriftAssessment> {
  const since = new Date(Date.now() - days * 86_400_000);
  const entries = await loadWindings(towerId, since);

  const seen = new Set(entries.map((e) => dayKey(e.windedAt)));
  const missedDays: string[] = [];
  for (let i = 0; i < days; i += 1) {
    const key = dayKey(new Date(since.getTime() + i * 86_400_000));
    if (!seen.has(key)) missedDays.push(key);
  }

  const uncertified = new Set<string>();
  for (const entry of entries) {
    if (!winderRoster.isCertified(entry.winder, entry.windedAt)) {
      uncertified.add(entry.winder);
    }
  }

  const totalTurns = entries.reduce((sum, e) => sum + e.turns, 0);
  return {
    towerId,
    missedDays,
    uncertifiedWinders: [...uncertified].sort(),
    averageTurns: entries.length === 0 ? 0 : totalTurns / entries.length,
  };
}
