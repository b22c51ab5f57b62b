// expect: none
// The 'jam' listener is synchronous and routes the recovery promise's rejection to a 'recovery-failed' event with .catch, so nothing floats.
import { EventEmitter } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export interface JamEvent {
  cutterId: string;
  tileId: string;
  bladeTempC: number;
  at: Date;
}

interface WaterjetCutter extends EventEmitter {
  readonly id: string;
  retractHead(): Promise<void>;
  flushNozzle(ms: number): Promise<void>;
  resume(): Promise<void>;
}

declare const workshopLog: {
  write(entry: Record<string, unknown>): Promise<void>;
};

export class JamSupervisor extends EventEmitter {
  private readonly recovering = new Set<string>();
  private readonly jamCounts = new Map<string, number>();

  constructor(
    private readonly cutters: WaterjetCutter[],
    private readonly maxJamsPerHour = 4,
  ) {
    super();
    for (const cutter of cutters) {
      cutter.on('jam', (event: JamEvent) => {
        this.recoverFromJam(cutter, event).catch((err: unknown) => {
          this.emit('recovery-failed', cutter.id, err);
        });
      });
    }
  }

  private async recoverFromJam(cutter: WaterjetCutter, event: JamEvent): Promise<void> {
    if (this.recovering.has(cutter.id)) return;
    this.recovering.add(cutter.id);
    try {
      const count = (this.jamCounts.get(cutter.id) ?? 0) + 1;
      this.jamCounts.set(cutter.id, count);

      await cutter.retractHead();
      await cutter.flushNozzle(event.bladeTempC > 60 ? 8_000 : 3_000);
      await workshopLog.write({
        kind: 'jam',
        cutter: cutter.id,
        tile: event.tileId,
        count,
        at: event.at.toISOString(),
      });

      if (count >= this.maxJamsPerHour) {
        this.emit('needs-service', cutter.id, count);
        return;
      }
      await delay(1_500);
      await cutter.resume();
      this.emit('recovered', cutter.id);
    } finally {
      this.recovering.delete(cutter.id);
    }
  }

  resetHourlyCounts(): void {
    this.jamCounts.clear();
  }

  busiest(): Array<[string, number]> {
    return [...this.jamCounts.entries()].sort((a, b) => b[1] - a[1]);
  }

  detach(): void {
    for (const cutter of this.cutters) cutter.removeAllListeners('jam');
  }
}
