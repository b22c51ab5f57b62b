// expect: none
// Every allSettled outcome is narrowed on status before reading value or reason, and the async callback given to withLock is awaited by it.
export interface HeatRecord {
  heatId: string;
  session: string;
  discipline: 'sprint' | 'keirin' | 'pursuit' | 'madison';
  lapTimesMs: number[];
  riders: string[];
}

export interface ArchivedHeat {
  heatId: string;
  objectKey: string;
  fastestLapMs: number;
}

export interface ArchiveReport {
  session: string;
  archived: ArchivedHeat[];
  failures: Array<{ heatId: string; reason: string }>;
}

declare const objectStore: {
  putJson(key: string, value: unknown): Promise<void>;
};
declare const locks: {
  acquire(key: string): Promise<{ release(): void }>;
};

async function withLock<T>(key: string, work: () => Promise<T>): Promise<T> {
  const lock = await locks.acquire(key);
  try {
    return await work();
  } finally {
    lock.release();
  }
}

function describeError(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return typeof reason === 'string' ? reason : JSON.stringify(reason);
}

export class HeatArchiver extends EventTarget {
  constructor(private readonly prefix = 'velodrome/heats') {
    super();
  }

  private async archiveHeat(heat: HeatRecord): Promise<ArchivedHeat> {
    if (heat.lapTimesMs.length === 0) throw new Error(`heat ${heat.heatId} has no lap times`);
    const objectKey = `${this.prefix}/${heat.session}/${heat.heatId}.json`;
    await objectStore.putJson(objectKey, heat);
    return { heatId: heat.heatId, objectKey, fastestLapMs: Math.min(...heat.lapTimesMs) };
  }

  async archiveSession(session: string, heats: readonly HeatRecord[]): Promise<ArchiveReport> {
    return withLock(`archive:${session}`, async () => {
      const outcomes = await Promise.allSettled(heats.map((heat) => this.archiveHeat(heat)));
      const report: ArchiveReport = { session, archived: [], failures: [] };
      outcomes.forEach((outcome, index) => {
        if (outcome.status === 'fulfilled') {
          report.archived.push(outcome.value);
        } else {
          report.failures.push({ heatId: heats[index].heatId, reason: describeError(outcome.reason) });
        }
      });
      this.dispatchEvent(new CustomEvent('archived', { detail: report }));
      return report;
    });
  }
}

export function sessionRecords(report: ArchiveReport): ArchivedHeat[] {
  return report.archived.slice().sort((a, b) => a.fastestLapMs - b.fastestLapMs).slice(0, 3);
}
