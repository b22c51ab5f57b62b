// expect: none
// syncCheckpoint hands options.signal to both fetches and to the store write, so cancelling the sync stops every request it started.
export interface ArrivalRow {
  bib: number;
  inAt: string;
  dogsIn: number;
}

export interface VetCheck {
  bib: number;
  droppedDogs: string[];
  cleared: boolean;
}

export interface CheckpointSnapshot {
  bib: number;
  inAt: string;
  dogs: number;
  vetCleared: boolean;
}

export interface SnapshotStore {
  save(checkpoint: string, rows: CheckpointSnapshot[], options?: { signal?: AbortSignal }): Promise<void>;
}

export interface SyncOptions {
  signal?: AbortSignal;
  includeUncleared?: boolean;
}

export class TrackerSync {
  constructor(
    private readonly timingUrl: string,
    private readonly vetUrl: string,
    private readonly store: SnapshotStore,
  ) {}

  async syncCheckpoint(checkpoint: string, options: SyncOptions = {}): Promise<number> {
    const { signal } = options;

    const arrivalsRes = await fetch(`${this.timingUrl}/checkpoints/${checkpoint}/arrivals`, { signal });
    if (!arrivalsRes.ok) throw new Error(`timing feed for ${checkpoint}: ${arrivalsRes.status}`);
    const arrivals = (await arrivalsRes.json()) as ArrivalRow[];

    const vetRes = await fetch(`${this.vetUrl}/checkpoints/${checkpoint}/checks`, {
      headers: { accept: 'application/json' },
      signal,
    });
    if (!vetRes.ok) throw new Error(`vet log for ${checkpoint}: ${vetRes.status}`);
    const checks = new Map(((await vetRes.json()) as VetCheck[]).map((c) => [c.bib, c]));

    const rows: CheckpointSnapshot[] = [];
    for (const a of arrivals) {
      const vet = checks.get(a.bib);
      const cleared = vet?.cleared ?? false;
      if (!cleared && !options.includeUncleared) continue;
      rows.push({
        bib: a.bib,
        inAt: a.inAt,
        dogs: a.dogsIn - (vet?.droppedDogs.length ?? 0),
        vetCleared: cleared,
      });
    }

    await this.store.save(checkpoint, rows, { signal });
    return rows.length;
  }

  async syncAll(checkpoints: string[], options: SyncOptions = {}): Promise<number> {
    let total = 0;
    for (const cp of checkpoints) {
      total += await this.syncCheckpoint(cp, options);
    }
    return total;
  }
}
