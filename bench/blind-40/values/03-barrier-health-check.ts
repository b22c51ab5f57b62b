// expect: no-read-before-settle
// runSelfTest() refreshes this.lastBarrierState inside a .then() callback and reads the field synchronously right after, so it judges the barrier on the previous cycle's state.
export type BarrierState = 'up' | 'down' | 'moving' | 'fault' | 'unknown';

interface LampCheck {
  redLampsOk: number;
  redLampsTotal: number;
  bellOk: boolean;
}

export interface HealthReport {
  crossingId: string;
  checkedAt: string;
  barrier: BarrierState;
  lampsOk: boolean;
  bellOk: boolean;
  healthy: boolean;
}

declare const crossingController: {
  lampCheck(crossingId: string): Promise<LampCheck>;
  queryBarrier(crossingId: string): Promise<BarrierState>;
};

declare const maintenanceDesk: {
  raise(crossingId: string, summary: string, severity: 'low' | 'high'): Promise<void>;
};

export class CrossingHealthMonitor {
  private lastBarrierState: BarrierState = 'unknown';
  private readonly errors: unknown[] = [];
  private consecutiveFailures = 0;

  constructor(private readonly crossingId: string) {}

  async runSelfTest(now = new Date()): Promise<HealthReport> {
    const lamps = await crossingController.lampCheck(this.crossingId);

    crossingController
      .queryBarrier(this.crossingId)
      .then((state) => {
        this.lastBarrierState = state;
      })
      .catch((err: unknown) => {
        this.errors.push(err);
        this.lastBarrierState = 'unknown';
      });

    const barrier = this.lastBarrierState;
    const barrierOk = barrier === 'up' || barrier === 'down';
    const lampsOk = lamps.redLampsOk === lamps.redLampsTotal;
    const healthy = barrierOk && lampsOk && lamps.bellOk;

    const report: HealthReport = {
      crossingId: this.crossingId,
      checkedAt: now.toISOString(),
      barrier,
      lampsOk,
      bellOk: lamps.bellOk,
      healthy,
    };

    this.consecutiveFailures = healthy ? 0 : this.consecutiveFailures + 1;
    if (this.consecutiveFailures >= 2) {
      await maintenanceDesk.raise(this.crossingId, this.describe(report, lamps), barrier === 'fault' ? 'high' : 'low');
    }
    return report;
  }

  recentErrors(): readonly unknown[] {
    return this.errors;
  }

  private describe(report: HealthReport, lamps: LampCheck): string {
    const parts: string[] = [];
    if (report.barrier !== 'up' && report.barrier !== 'down') parts.push(`barrier ${report.barrier}`);
    if (!report.lampsOk) parts.push(`${lamps.redLampsTotal - lamps.redLampsOk} red lamp(s) out`);
    if (!report.bellOk) parts.push('bell silent');
    return `${this.crossingId}: ${parts.join(', ')}`;
  }
}
