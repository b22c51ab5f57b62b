// expect: no-floating-promises
// An async function is registered as the 'cooled' listener; EventEmitter ignores the promise it returns, so a failing database write or unload becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface TileBatch {
  id: string;
  glaze: string;
  tiles: number;
  shelf: number;
  peakC: number;
}

export interface StudioDb {
  markCooled(batchId: string, at: Date): Promise<void>;
  recordDefects(batchId: string, cracked: number, crazed: number): Promise<void>;
  assignToPanel(batchId: string, panel: string): Promise<void>;
}

export interface ShelfRobot {
  unload(shelf: number): Promise<{ cracked: number; crazed: number }>;
}

export class KilnMonitor extends EventEmitter {
  private readonly loaded = new Map<number, TileBatch>();

  constructor(private readonly kilnId: string, private readonly safeUnloadC = 60) {
    super();
  }

  load(batch: TileBatch): void {
    this.loaded.set(batch.shelf, batch);
  }

  onThermocouple(celsius: number): void {
    if (celsius > this.safeUnloadC) return;
    for (const batch of this.loaded.values()) {
      this.emit('cooled', batch);
    }
    this.loaded.clear();
  }

  get id(): string {
    return this.kilnId;
  }
}

export class UnloadCoordinator {
  private readonly panels = new Map<string, string>();

  constructor(
    private readonly monitor: KilnMonitor,
    private readonly db: StudioDb,
    private readonly robot: ShelfRobot,
  ) {
    monitor.on('cooled', async (batch: TileBatch) => {
      await this.db.markCooled(batch.id, new Date());
      const { cracked, crazed } = await this.robot.unload(batch.shelf);
      await this.db.recordDefects(batch.id, cracked, crazed);
      const panel = this.panels.get(batch.glaze);
      if (panel && cracked < batch.tiles * 0.05) {
        await this.db.assignToPanel(batch.id, panel);
      }
    });
  }

  reserveGlaze(glaze: string, panel: string): void {
    this.panels.set(glaze, panel);
  }

  reservedPanels(): string[] {
    return [...new Set(this.panels.values())].sort();
  }
}

export function batchesPerPanel(batches: TileBatch[], panels: Map<string, string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of batches) {
    const panel = panels.get(b.glaze);
    if (!panel) continue;
    counts.set(panel, (counts.get(panel) ?? 0) + b.tiles);
  }
  return counts;
}
