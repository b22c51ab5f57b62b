// expect: no-floating-promises
// The async 'cycle-complete' listener's promise is ignored by EventEmitter, so a failed database insert or alert becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface DbPool {
  query(sql: string, params: unknown[]): Promise<{ rowCount: number }>;
}

export interface PagerClient {
  notify(channel: string, text: string): Promise<void>;
}

export interface KilnCycle {
  kilnId: string;
  programme: string;
  peakCelsius: number;
  targetCelsius: number;
  startedAt: Date;
  endedAt: Date;
  potIds: string[];
}

export class KilnController extends EventEmitter {
  constructor(readonly kilnId: string) {
    super();
  }

  finishCycle(cycle: KilnCycle): void {
    this.emit('cycle-complete', cycle);
  }
}

export class KilnCycleMonitor {
  private readonly attached = new Set<string>();

  constructor(
    private readonly db: DbPool,
    private readonly pager: PagerClient,
    private readonly toleranceCelsius = 15,
  ) {}

  attach(kiln: KilnController): void {
    if (this.attached.has(kiln.kilnId)) return;
    this.attached.add(kiln.kilnId);

    kiln.on('cycle-complete', async (cycle: KilnCycle) => {
      await this.db.query(
        'insert into kiln_cycles (kiln_id, programme, peak_c, started_at, ended_at, pot_count) values ($1, $2, $3, $4, $5, $6)',
        [cycle.kilnId, cycle.programme, cycle.peakCelsius, cycle.startedAt, cycle.endedAt, cycle.potIds.length],
      );
      const deviation = Math.abs(cycle.peakCelsius - cycle.targetCelsius);
      if (deviation > this.toleranceCelsius) {
        await this.pager.notify(
          'kiln-room',
          `${cycle.kilnId} ${cycle.programme} peaked at ${cycle.peakCelsius}C (target ${cycle.targetCelsius}C); inspect pots ${cycle.potIds.join(', ')}`,
        );
      }
    });
  }

  async history(kilnId: string, since: Date): Promise<number> {
    const result = await this.db.query(
      'select 1 from kiln_cycles where kiln_id = $1 and started_at >= $2',
      [kilnId, since],
    );
    return result.rowCount;
  }
}
