// expect: none
// Both queries are started up front but are handed to Promise.all on the very next statement, before any await, so a rejection of either one is already observed.
export interface MilkingSession {
  goatTag: string;
  litres: number;
  startedAt: string;
  parlourStall: number;
}

export interface HealthNote {
  goatTag: string;
  kind: 'mastitis' | 'lame' | 'kidding' | 'other';
  openedAt: string;
  closedAt?: string;
}

export interface DairyDb {
  sessionsBetween(from: string, to: string): Promise<MilkingSession[]>;
  openHealthNotes(): Promise<HealthNote[]>;
}

export interface GoatDay {
  goatTag: string;
  litres: number;
  sessions: number;
  withheld: boolean;
}

export async function buildDailyReport(db: DairyDb, day: string): Promise<GoatDay[]> {
  const from = `${day}T00:00:00Z`;
  const to = `${day}T23:59:59Z`;

  const sessionsQuery = db.sessionsBetween(from, to);
  const notesQuery = db.openHealthNotes();
  const [sessions, notes] = await Promise.all([sessionsQuery, notesQuery]);

  const withheld = new Set(notes.filter((n) => n.kind === 'mastitis' && !n.closedAt).map((n) => n.goatTag));

  const byGoat = new Map<string, GoatDay>();
  for (const s of sessions) {
    const entry = byGoat.get(s.goatTag) ?? {
      goatTag: s.goatTag,
      litres: 0,
      sessions: 0,
      withheld: withheld.has(s.goatTag),
    };
    entry.litres += s.litres;
    entry.sessions += 1;
    byGoat.set(s.goatTag, entry);
  }

  return [...byGoat.values()].sort((a, b) => b.litres - a.litres);
}

export function bulkTankLitres(report: GoatDay[]): number {
  return report.filter((g) => !g.withheld).reduce((sum, g) => sum + g.litres, 0);
}

export function lowYielders(report: GoatDay[], thresholdLitres: number): string[] {
  return report
    .filter((g) => g.sessions >= 2 && g.litres < thresholdLitres)
    .map((g) => g.goatTag);
}
