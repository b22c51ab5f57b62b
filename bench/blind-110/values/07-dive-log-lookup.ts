// expect: none
// Both ?? fallbacks compare awaited values, and the fallback calls are awaited inside the parentheses, so the cache miss and missing-buddy paths yield real records rather than promises.
export interface DiveLog {
  diveNo: number;
  cave: string;
  entry: string;
  maxDepthM: number;
  penetrationM: number;
  runtimeMin: number;
  buddy: string | null;
  lineNotes: string[];
}

export interface LogCache {
  get(key: string): Promise<DiveLog | undefined>;
  set(key: string, log: DiveLog, ttlS: number): Promise<void>;
}

export interface DiveComputerArchive {
  fetchDive(serial: string, diveNo: number): Promise<DiveLog>;
}

export interface TeamRoster {
  usualBuddy(cave: string, date: string): Promise<string | null>;
}

export class DiveLogLookup {
  constructor(
    private readonly cache: LogCache,
    private readonly archive: DiveComputerArchive,
    private readonly roster: TeamRoster,
  ) {}

  async dive(serial: string, diveNo: number): Promise<DiveLog> {
    const key = `${serial}:${diveNo}`;
    const cached = await this.cache.get(key);
    const log = cached ?? (await this.archive.fetchDive(serial, diveNo));
    if (!cached) await this.cache.set(key, log, 3600);
    return log;
  }

  async summary(serial: string, diveNo: number, date: string): Promise<string> {
    const log = await this.dive(serial, diveNo);
    const buddy = log.buddy ?? (await this.roster.usualBuddy(log.cave, date)) ?? 'solo';
    const notes = log.lineNotes.length ? `; line notes: ${log.lineNotes.join(' / ')}` : '';
    return `#${log.diveNo} ${log.cave} via ${log.entry}: ${log.maxDepthM}m max, ${log.penetrationM}m in, ${log.runtimeMin}min with ${buddy}${notes}`;
  }

  async deepestOf(serial: string, diveNos: number[]): Promise<DiveLog | null> {
    let deepest: DiveLog | null = null;
    for (const n of diveNos) {
      const log = await this.dive(serial, n);
      if (!deepest || log.maxDepthM > deepest.maxDepthM) deepest = log;
    }
    return deepest;
  }
}
