// expect: none
// The async work started from the emitter listener and the interval callback always has a .catch() attached, and the per-cell map(async ...) is awaited through Promise.all, so no promise is dropped.
import { EventEmitter } from 'node:events';

export interface StormCell {
  id: string;
  lat: number;
  lon: number;
  maxDbz: number;
  rotation: boolean;
  observedAt: number;
}

interface Logger {
  info(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
}

declare const chaseApi: {
  upsertCell(cell: StormCell): Promise<void>;
  pushAlert(team: string, text: string): Promise<void>;
  archive(cells: StormCell[]): Promise<number>;
};

export class CellTracker {
  private readonly recent = new Map<string, StormCell>();
  private flushTimer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly radar: EventEmitter,
    private readonly teams: string[],
    private readonly log: Logger,
  ) {}

  start(flushEveryMs = 60_000) {
    this.radar.on('cell', (cell: StormCell) => {
      this.handleCell(cell).catch((err) =>
        this.log.error('failed to process storm cell', { id: cell.id, err: String(err) }),
      );
    });

    this.flushTimer = setInterval(() => {
      this.flush().catch((err) => this.log.error('archive flush failed', { err: String(err) }));
    }, flushEveryMs);
  }

  stop() {
    clearInterval(this.flushTimer);
    this.radar.removeAllListeners('cell');
  }

  private async handleCell(cell: StormCell) {
    const previous = this.recent.get(cell.id);
    this.recent.set(cell.id, cell);
    await chaseApi.upsertCell(cell);

    const intensified = !previous || cell.maxDbz - previous.maxDbz >= 5;
    if (cell.rotation && intensified) {
      const text = `Rotation in cell ${cell.id} at ${cell.lat.toFixed(2)},${cell.lon.toFixed(2)} (${cell.maxDbz} dBZ)`;
      await Promise.all(this.teams.map(async (team) => chaseApi.pushAlert(team, text)));
    }
  }

  async flush(maxAgeMs = 30 * 60_000): Promise<number> {
    const cutoff = Date.now() - maxAgeMs;
    const stale = [...this.recent.values()].filter((c) => c.observedAt < cutoff);
    if (stale.length === 0) return 0;
    const archived = await chaseApi.archive(stale);
    for (const cell of stale) this.recent.delete(cell.id);
    this.log.info('archived storm cells', { archived });
    return archived;
  }
}

export async function replayCells(tracker: CellTracker, radar: EventEmitter, cells: StormCell[]) {
  tracker.start();
  for (const cell of cells) {
    radar.emit('cell', cell);
  }
  return tracker.flush(0);
}
