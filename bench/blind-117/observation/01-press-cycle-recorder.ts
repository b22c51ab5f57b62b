// expect: no-floating-promises
// handleCycle calls audit.record() without awaiting or returning it, so a failed audit write becomes an unhandled rejection instead of reaching the caller's catch.
import { EventEmitter } from 'node:events';

export interface PressCycle {
  pressId: string;
  cycleNo: number;
  catalogNo: string;
  steamTempC: number;
  coolTempC: number;
  hydraulicBar: number;
  durationMs: number;
}

export interface CycleDatabase {
  insertCycle(cycle: PressCycle & { flagged: boolean }): Promise<void>;
}

export interface AuditTrail {
  record(kind: string, payload: Record<string, unknown>): Promise<void>;
}

export interface Alerts {
  raise(pressId: string, message: string): Promise<void>;
}

const STEAM_RANGE: [number, number] = [165, 185];
const MAX_CYCLE_MS = 32_000;

export class PressCycleRecorder extends EventEmitter {
  private recorded = 0;
  private flagged = 0;

  constructor(
    private readonly db: CycleDatabase,
    private readonly audit: AuditTrail,
    private readonly alerts: Alerts,
  ) {
    super();
  }

  attach(press: EventEmitter): void {
    press.on('cycle', (cycle: PressCycle) => {
      this.handleCycle(cycle).catch((err: unknown) => this.emit('error', err));
    });
  }

  async handleCycle(cycle: PressCycle): Promise<void> {
    const problems = this.check(cycle);
    const flagged = problems.length > 0;

    await this.db.insertCycle({ ...cycle, flagged });
    this.recorded++;

    if (flagged) {
      this.flagged++;
      this.audit.record('cycle-flagged', {
        pressId: cycle.pressId,
        cycleNo: cycle.cycleNo,
        catalogNo: cycle.catalogNo,
        problems,
      });
      await this.alerts.raise(cycle.pressId, `Cycle ${cycle.cycleNo} flagged: ${problems.join('; ')}`);
    }
  }

  check(cycle: PressCycle): string[] {
    const problems: string[] = [];
    const [minSteam, maxSteam] = STEAM_RANGE;
    if (cycle.steamTempC < minSteam || cycle.steamTempC > maxSteam) {
      problems.push(`steam ${cycle.steamTempC}°C outside ${minSteam}-${maxSteam}`);
    }
    if (cycle.coolTempC > 30) {
      problems.push(`cooling water at ${cycle.coolTempC}°C`);
    }
    if (cycle.durationMs > MAX_CYCLE_MS) {
      problems.push(`cycle took ${cycle.durationMs} ms`);
    }
    if (cycle.hydraulicBar < 120) {
      problems.push(`low press force ${cycle.hydraulicBar} bar`);
    }
    return problems;
  }

  stats(): { recorded: number; flagged: number; flaggedRatio: number } {
    return {
      recorded: this.recorded,
      flagged: this.flagged,
      flaggedRatio: this.recorded === 0 ? 0 : this.flagged / this.recorded,
    };
  }
}
