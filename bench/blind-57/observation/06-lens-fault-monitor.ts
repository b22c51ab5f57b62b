// expect: no-floating-promises
// Bug: the 'fault' handler calls this.escalate(fault) as a bare statement; the returned promise is dropped, so a failed page to the keeper is an unhandled rejection.
import { EventEmitter } from 'node:events';

declare const keeperPager: {
  page(keeperId: string, message: string, priority: 'low' | 'high'): Promise<{ deliveredAt: Date }>;
};

declare const lensTelemetry: {
  lastRpm(towerId: string): Promise<number>;
};

export interface RotatorFault {
  towerId: string;
  code: 'STALL' | 'OVERSPEED' | 'BEARING_TEMP' | 'MERCURY_LEVEL';
  detail: string;
  at: Date;
}

export interface MonitorOptions {
  keeperId: string;
  quietPeriodMs: number;
}

const HIGH_PRIORITY = new Set<RotatorFault['code']>(['STALL', 'MERCURY_LEVEL']);

export class LensFaultMonitor {
  private readonly lastPaged = new Map<string, number>();
  private readonly history: RotatorFault[] = [];

  constructor(private readonly rotators: EventEmitter, private readonly options: MonitorOptions) {
    this.rotators.on('fault', (fault: RotatorFault) => {
      this.history.push(fault);
      if (this.history.length > 500) this.history.shift();
      if (this.shouldPage(fault)) {
        this.escalate(fault);
      }
    });
  }

  private shouldPage(fault: RotatorFault): boolean {
    const key = `${fault.towerId}:${fault.code}`;
    const last = this.lastPaged.get(key) ?? 0;
    if (fault.at.getTime() - last < this.options.quietPeriodMs) return false;
    this.lastPaged.set(key, fault.at.getTime());
    return true;
  }

  private async escalate(fault: RotatorFault): Promise<void> {
    const rpm = await lensTelemetry.lastRpm(fault.towerId);
    const priority = HIGH_PRIORITY.has(fault.code) || rpm === 0 ? 'high' : 'low';
    const message = `${fault.towerId} ${fault.code}: ${fault.detail} (last ${rpm.toFixed(2)} rpm)`;
    await keeperPager.page(this.options.keeperId, message, priority);
  }

  recentFaults(towerId: string, sinceMs: number): RotatorFault[] {
    const cutoff = Date.now() - sinceMs;
    return this.history.filter((f) => f.towerId === towerId && f.at.getTime() >= cutoff);
  }

  faultRate(towerId: string, windowMs: number): number {
    const faults = this.recentFaults(towerId, windowMs);
    return faults.length / Math.max(1, windowMs / 3_600_000);
  }
}

export function watchTowers(rotators: EventEmitter, keeperId: string): LensFaultMonitor {
  return new LensFaultMonitor(rotators, { keeperId, quietPeriodMs: 15 * 60_000 });
}
