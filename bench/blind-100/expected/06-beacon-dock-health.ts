// expect: none
// Each retry iteration calls this.dock.selfTest() afresh and awaits the new promise, so a transient failure really is retried instead of the first rejection being replayed.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SelfTestReport {
  slot: number;
  batteryPct: number;
  antennaOk: [boolean, boolean, boolean];
  firmware: string;
}

export interface ChargingDock {
  slots: number;
  selfTest(slot: number): Promise<SelfTestReport>;
}

export interface HealthSummary {
  ready: number[];
  needsCharge: number[];
  faulty: { slot: number; reason: string }[];
}

export class DockHealthCheck {
  constructor(
    private readonly dock: ChargingDock,
    private readonly attempts = 3,
    private readonly delayMs = 250,
  ) {}

  private async testSlot(slot: number): Promise<SelfTestReport> {
    let lastError: unknown;
    for (let attempt = 0; attempt < this.attempts; attempt++) {
      try {
        return await this.dock.selfTest(slot);
      } catch (err) {
        lastError = err;
        await sleep(this.delayMs * (attempt + 1));
      }
    }
    throw lastError;
  }

  async morningCheck(): Promise<HealthSummary> {
    const summary: HealthSummary = { ready: [], needsCharge: [], faulty: [] };
    for (let slot = 1; slot <= this.dock.slots; slot++) {
      try {
        const report = await this.testSlot(slot);
        if (!report.antennaOk.every(Boolean)) {
          summary.faulty.push({ slot, reason: 'antenna self-test failed' });
        } else if (report.batteryPct < 60) {
          summary.needsCharge.push(slot);
        } else {
          summary.ready.push(slot);
        }
      } catch (err) {
        summary.faulty.push({ slot, reason: err instanceof Error ? err.message : String(err) });
      }
    }
    return summary;
  }
}
