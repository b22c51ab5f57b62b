// expect: no-floating-promises
// recordSplit() calls the async persistStandings() as a bare statement, so a failed write is dropped as an unhandled rejection.
export interface Split {
  musherId: string;
  bib: number;
  checkpoint: string;
  checkpointIndex: number;
  arrivedAt: Date;
  dogsIn: number;
}

export interface Standing {
  musherId: string;
  bib: number;
  lastCheckpoint: string;
  checkpointIndex: number;
  arrivedAt: Date;
  dogsIn: number;
  position: number;
}

declare const standingsStore: {
  put(raceId: string, standings: Standing[]): Promise<void>;
};
declare const race: {
  id: string;
  checkpoints: string[];
  minDogsAtFinish: number;
};

export class StandingsBoard {
  private readonly latest = new Map<string, Split>();
  private version = 0;

  recordSplit(split: Split): Standing[] {
    const expected = race.checkpoints[split.checkpointIndex];
    if (expected !== split.checkpoint) {
      throw new Error(`bib ${split.bib}: checkpoint ${split.checkpoint} is not #${split.checkpointIndex} on the trail`);
    }
    const previous = this.latest.get(split.musherId);
    if (previous && previous.checkpointIndex >= split.checkpointIndex) {
      return this.standings();
    }
    if (previous && split.dogsIn > previous.dogsIn) {
      throw new Error(`bib ${split.bib}: dogs cannot be added back (${previous.dogsIn} -> ${split.dogsIn})`);
    }

    this.latest.set(split.musherId, split);
    this.version++;
    const table = this.standings();
    this.persistStandings(table, this.version);
    return table;
  }

  standings(): Standing[] {
    return [...this.latest.values()]
      .sort((a, b) => b.checkpointIndex - a.checkpointIndex || a.arrivedAt.getTime() - b.arrivedAt.getTime())
      .map((s, i) => ({
        musherId: s.musherId,
        bib: s.bib,
        lastCheckpoint: s.checkpoint,
        checkpointIndex: s.checkpointIndex,
        arrivedAt: s.arrivedAt,
        dogsIn: s.dogsIn,
        position: i + 1,
      }));
  }

  finishers(): Standing[] {
    const finalIndex = race.checkpoints.length - 1;
    return this.standings().filter((s) => s.checkpointIndex === finalIndex && s.dogsIn >= race.minDogsAtFinish);
  }

  private async persistStandings(table: Standing[], version: number): Promise<void> {
    if (version !== this.version) {
      return; // a newer split already superseded this table
    }
    await standingsStore.put(race.id, table);
  }
}

export function gapToLeader(table: Standing[], musherId: string): string {
  const leader = table[0];
  const musher = table.find((s) => s.musherId === musherId);
  if (!leader || !musher) return 'n/a';
  if (musher.checkpointIndex < leader.checkpointIndex) {
    return `${leader.checkpointIndex - musher.checkpointIndex} checkpoint(s) behind`;
  }
  const minutes = Math.round((musher.arrivedAt.getTime() - leader.arrivedAt.getTime()) / 60000);
  return minutes === 0 ? 'leader' : `+${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}`;
}
