// expect: none
// The jam handler's recovery promise gets a .catch right where it starts, and shutdown inspects each allSettled result's status before using it.
import { EventEmitter } from 'node:events';

export interface BeltJam {
  beltId: string;
  station: 'hopper' | 'sizer' | 'float-tank' | 'bagger';
  detectedAt: Date;
}

interface Belt {
  id: string;
  stop(): Promise<void>;
  reverse(ms: number): Promise<void>;
  resume(): Promise<void>;
  flushHopper(): Promise<number>;
}

declare const log: {
  info(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
};

declare const pager: {
  page(team: string, text: string): Promise<void>;
};

export interface ShutdownReport {
  stopped: string[];
  failed: Array<{ beltId: string; error: string }>;
  acornsFlushed: number;
}

export class SortingFloor extends EventEmitter {
  private readonly belts = new Map<string, Belt>();
  private readonly recovering = new Set<string>();

  add(belt: Belt): void {
    this.belts.set(belt.id, belt);
  }

  reportJam(jam: BeltJam): void {
    if (this.recovering.has(jam.beltId)) return;
    this.recovering.add(jam.beltId);
    this.emit('jam', jam);
    this.recover(jam)
      .finally(() => this.recovering.delete(jam.beltId))
      .catch((err: unknown) => {
        log.error('jam recovery failed', { beltId: jam.beltId, station: jam.station, err: String(err) });
        return pager.page('sorting-floor', `belt ${jam.beltId} stuck at ${jam.station}`).catch(() => undefined);
      });
  }

  private async recover(jam: BeltJam): Promise<void> {
    const belt = this.belts.get(jam.beltId);
    if (!belt) throw new Error(`unknown belt ${jam.beltId}`);
    await belt.stop();
    await belt.reverse(jam.station === 'sizer' ? 1500 : 600);
    await belt.resume();
    log.info('jam cleared', { beltId: jam.beltId, station: jam.station });
  }

  async shutdown(): Promise<ShutdownReport> {
    const belts = [...this.belts.values()];
    const results = await Promise.allSettled(
      belts.map(async (belt) => {
        await belt.stop();
        return belt.flushHopper();
      }),
    );

    const report: ShutdownReport = { stopped: [], failed: [], acornsFlushed: 0 };
    results.forEach((result, i) => {
      const beltId = belts[i].id;
      if (result.status === 'fulfilled') {
        report.stopped.push(beltId);
        report.acornsFlushed += result.value;
      } else {
        report.failed.push({ beltId, error: String(result.reason) });
      }
    });
    return report;
  }
}
