// expect: none
// The 'tray-done' listener is synchronous and attaches a rejection handler to the archive write, and trays are processed with for...of + await rather than forEach(async).
import { EventEmitter } from 'node:events';

export interface ConeTray {
  trayId: string;
  blend: 'sandalwood' | 'agarwood' | 'frankincense' | 'cedar';
  cones: number;
  loadedAt: number;
}

export interface DryingRecord {
  trayId: string;
  hours: number;
  finalMoisturePct: number;
  crackedCones: number;
}

declare const dryingRoom: EventEmitter & {
  load(tray: ConeTray): Promise<void>;
  moisture(trayId: string): Promise<number>;
  unload(trayId: string): Promise<{ crackedCones: number }>;
};

declare const batchArchive: {
  write(record: DryingRecord): Promise<void>;
};

declare const floorLog: {
  warn(msg: string, extra?: Record<string, unknown>): void;
  info(msg: string, extra?: Record<string, unknown>): void;
};

const TARGET_MOISTURE_PCT: Record<ConeTray['blend'], number> = {
  sandalwood: 8,
  agarwood: 9,
  frankincense: 7,
  cedar: 8,
};

export class ConeDryerLine {
  private readonly loaded = new Map<string, ConeTray>();
  private readonly pendingArchive = new Set<string>();

  constructor() {
    dryingRoom.on('tray-done', (record: DryingRecord) => {
      this.loaded.delete(record.trayId);
      this.pendingArchive.add(record.trayId);
      batchArchive.write(record).then(
        () => {
          this.pendingArchive.delete(record.trayId);
        },
        (err: unknown) => {
          floorLog.warn('archive write failed; record kept for retry', { trayId: record.trayId, err: String(err) });
        },
      );
    });
  }

  async loadAll(trays: ConeTray[]): Promise<number> {
    let loaded = 0;
    for (const tray of trays) {
      if (this.loaded.has(tray.trayId)) continue;
      await dryingRoom.load(tray);
      this.loaded.set(tray.trayId, tray);
      loaded++;
    }
    return loaded;
  }

  async sweep(): Promise<DryingRecord[]> {
    const now = Date.now();
    const ready: DryingRecord[] = [];
    const trays = [...this.loaded.values()];
    const moistures = await Promise.all(trays.map((t) => dryingRoom.moisture(t.trayId)));

    for (const [i, tray] of trays.entries()) {
      if (moistures[i] > TARGET_MOISTURE_PCT[tray.blend]) continue;
      const { crackedCones } = await dryingRoom.unload(tray.trayId);
      this.loaded.delete(tray.trayId);
      ready.push({
        trayId: tray.trayId,
        hours: (now - tray.loadedAt) / 3_600_000,
        finalMoisturePct: moistures[i],
        crackedCones,
      });
    }
    for (const record of ready) {
      await batchArchive.write(record);
    }
    floorLog.info('sweep complete', { unloaded: ready.length, stillDrying: this.loaded.size });
    return ready;
  }

  get unarchived(): string[] {
    return [...this.pendingArchive];
  }
}
