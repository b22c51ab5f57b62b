// expect: no-promise-as-value
// The snapshot object stores `this.desk.readLevels(universe)` without awaiting it, so JSON.stringify writes `"levels": {}` for every universe and restoring the saved show blacks out the stage.
import { mkdir, writeFile, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface UniverseLevels {
  universe: number;
  channels: number[];
}

export interface LightingDesk {
  universes(): number[];
  readLevels(universe: number): Promise<UniverseLevels>;
  writeLevels(levels: UniverseLevels): Promise<void>;
  currentCue(): string;
}

export interface ShowSnapshot {
  show: string;
  cue: string;
  savedAt: string;
  universes: Array<{ universe: number; levels: unknown }>;
}

export class SnapshotStore {
  constructor(private readonly desk: LightingDesk, private readonly path: string) {}

  async save(show: string): Promise<ShowSnapshot> {
    const snapshot: ShowSnapshot = {
      show,
      cue: this.desk.currentCue(),
      savedAt: new Date().toISOString(),
      universes: this.desk.universes().map((universe) => ({
        universe,
        levels: this.desk.readLevels(universe),
      })),
    };
    await mkdir(dirname(this.path), { recursive: true });
    await writeFile(this.path, JSON.stringify(snapshot, null, 2), 'utf8');
    return snapshot;
  }

  async restore(): Promise<string> {
    const snapshot = JSON.parse(await readFile(this.path, 'utf8')) as ShowSnapshot;
    for (const entry of snapshot.universes) {
      const levels = entry.levels as Partial<UniverseLevels>;
      const channels = Array.isArray(levels.channels) ? levels.channels : new Array<number>(512).fill(0);
      await this.desk.writeLevels({ universe: entry.universe, channels });
    }
    return snapshot.cue;
  }
}

export function describeSnapshot(snapshot: ShowSnapshot): string {
  const list = snapshot.universes.map((u) => u.universe).join(', ');
  return `${snapshot.show} @ cue ${snapshot.cue} (${snapshot.universes.length} universes: ${list}) saved ${snapshot.savedAt}`;
}
