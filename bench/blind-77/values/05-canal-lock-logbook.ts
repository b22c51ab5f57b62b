// expect: no-promise-as-value
// Bug: chamberLevelM is put into the JSON body as this.gauge.chamberLevelM(lockId), an unawaited Promise, so the logbook receives {} instead of a level.
export type GateEnd = 'upper' | 'lower';

export interface LockEvent {
  lockId: string;
  vessel: string;
  direction: 'up' | 'down';
  gate: GateEnd;
  action: 'opened' | 'closed';
}

interface WaterGauge {
  chamberLevelM(lockId: string): Promise<number>;
  pondLevelM(lockId: string, end: GateEnd): Promise<number>;
}

declare const waterwaysConfig: { logbookUrl: string; token: string; keeperId: string };

export class LockLogbook {
  private readonly queue: LockEvent[] = [];
  private flushing = false;

  constructor(private readonly gauge: WaterGauge) {}

  record(event: LockEvent): void {
    this.queue.push(event);
  }

  async flush(): Promise<number> {
    if (this.flushing) return 0;
    this.flushing = true;
    let sent = 0;
    try {
      while (this.queue.length > 0) {
        const event = this.queue[0];
        await this.post(event);
        this.queue.shift();
        sent++;
      }
    } finally {
      this.flushing = false;
    }
    return sent;
  }

  private async post(event: LockEvent): Promise<void> {
    const pondLevelM = await this.gauge.pondLevelM(event.lockId, event.gate);
    const body = JSON.stringify({
      keeper: waterwaysConfig.keeperId,
      lock: event.lockId,
      vessel: event.vessel,
      direction: event.direction,
      gate: event.gate,
      action: event.action,
      pondLevelM: Math.round(pondLevelM * 100) / 100,
      chamberLevelM: this.gauge.chamberLevelM(event.lockId),
      recordedAt: new Date().toISOString(),
    });

    const res = await fetch(`${waterwaysConfig.logbookUrl}/entries`, {
      method: 'POST',
      headers: { authorization: `Bearer ${waterwaysConfig.token}`, 'content-type': 'application/json' },
      body,
    });
    if (!res.ok) throw new Error(`logbook rejected entry for ${event.lockId}: HTTP ${res.status}`);
  }

  pending(): number {
    return this.queue.length;
  }
}

export function summarise(events: LockEvent[]): Record<string, { up: number; down: number }> {
  const byLock: Record<string, { up: number; down: number }> = {};
  for (const e of events) {
    if (e.action !== 'opened' || (e.direction === 'up' ? e.gate !== 'upper' : e.gate !== 'lower')) continue;
    const entry = (byLock[e.lockId] ??= { up: 0, down: 0 });
    entry[e.direction]++;
  }
  return byLock;
}
