// expect: no-uncalled-async-function
// The retry callback's incremental branch returns this.pushIncremental (the method) instead of calling it, so ordinary syncs silently do nothing.
export interface HeatResult {
  heatId: string;
  sailNumber: string;
  helm: string;
  position: number;
  dnf: boolean;
}

export interface Standing {
  sailNumber: string;
  helm: string;
  points: number;
  heats: number;
}

declare const clubServer: {
  replaceStandings(regattaId: string, standings: Standing[]): Promise<void>;
  patchStandings(regattaId: string, changed: Standing[]): Promise<void>;
};

declare const beachLog: {
  warn(message: string): void;
};

type SyncTask = () => unknown;

async function withRetry(task: SyncTask, attempts = 3, baseDelayMs = 400): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await task();
      return;
    } catch (err) {
      if (attempt >= attempts) throw err;
      beachLog.warn(`standings sync attempt ${attempt} failed: ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, baseDelayMs * 2 ** (attempt - 1)));
    }
  }
}

const DNF_POINTS = 20;

export class StandingsSync {
  private readonly table = new Map<string, Standing>();
  private readonly dirty = new Set<string>();
  private heatsSinceFullSync = 0;

  constructor(private readonly regattaId: string, private readonly fullSyncEvery = 10) {}

  applyHeat(results: HeatResult[]): void {
    for (const result of results) {
      const current = this.table.get(result.sailNumber) ?? {
        sailNumber: result.sailNumber,
        helm: result.helm,
        points: 0,
        heats: 0,
      };
      current.points += result.dnf ? DNF_POINTS : result.position;
      current.heats += 1;
      this.table.set(result.sailNumber, current);
      this.dirty.add(result.sailNumber);
    }
    this.heatsSinceFullSync += 1;
  }

  leaderboard(): Standing[] {
    return [...this.table.values()].sort((a, b) => a.points - b.points || b.heats - a.heats);
  }

  private async pushFull(): Promise<void> {
    await clubServer.replaceStandings(this.regattaId, this.leaderboard());
    this.dirty.clear();
    this.heatsSinceFullSync = 0;
  }

  private pushIncremental = async (): Promise<void> => {
    const changed = [...this.dirty].map((sail) => this.table.get(sail)).filter((s): s is Standing => !!s);
    if (changed.length === 0) return;
    await clubServer.patchStandings(this.regattaId, changed);
    this.dirty.clear();
  };

  async sync(): Promise<void> {
    const full = this.heatsSinceFullSync >= this.fullSyncEvery;
    await withRetry(() => (full ? this.pushFull() : this.pushIncremental));
  }
}

export async function finishHeat(sync: StandingsSync, results: HeatResult[]): Promise<Standing | undefined> {
  sync.applyHeat(results);
  await sync.sync();
  return sync.leaderboard()[0];
}
