// expect: none
// allSettled results are narrowed on status before reading value or reason, and the deferred flush attaches a .catch to its promise.
declare const meterHistory: {
  dailyUsage(meterId: string, days: number): Promise<number[]>;
};
declare const workOrders: {
  open(meterId: string, reason: string): Promise<string>;
  flushOutbox(): Promise<number>;
};
declare const utilityLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
};

export interface AnomalyFinding {
  meterId: string;
  kind: 'continuous-flow' | 'spike' | 'zero-usage';
  detail: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function classify(meterId: string, usage: number[]): AnomalyFinding | undefined {
  if (usage.length < 7) return undefined;
  const recent = usage.slice(-3);
  const baseline = median(usage.slice(0, -3));
  if (recent.every((u) => u === 0) && baseline > 50) {
    return { meterId, kind: 'zero-usage', detail: `no consumption for 3 days, baseline ${baseline} L` };
  }
  if (Math.min(...usage) > 0.4 * baseline && baseline > 0) {
    return { meterId, kind: 'continuous-flow', detail: `minimum day ${Math.min(...usage)} L suggests a leak` };
  }
  const peak = Math.max(...recent);
  if (peak > baseline * 4) {
    return { meterId, kind: 'spike', detail: `${peak} L vs baseline ${baseline} L` };
  }
  return undefined;
}

export class AnomalyScanner {
  private flushScheduled = false;

  async scan(meterIds: string[], days = 30): Promise<{ findings: AnomalyFinding[]; unreadable: string[] }> {
    const results = await Promise.allSettled(meterIds.map((id) => meterHistory.dailyUsage(id, days)));
    const findings: AnomalyFinding[] = [];
    const unreadable: string[] = [];

    results.forEach((result, i) => {
      const meterId = meterIds[i];
      if (result.status === 'rejected') {
        unreadable.push(meterId);
        utilityLog.warn('usage history unavailable', { meterId, reason: String(result.reason) });
        return;
      }
      const finding = classify(meterId, result.value);
      if (finding) findings.push(finding);
    });

    for (const finding of findings) {
      await workOrders.open(finding.meterId, `${finding.kind}: ${finding.detail}`);
    }
    this.scheduleFlush();
    return { findings, unreadable };
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      workOrders.flushOutbox().catch((err: unknown) => {
        utilityLog.error('work order outbox flush failed', { err: String(err) });
      });
    });
  }
}
