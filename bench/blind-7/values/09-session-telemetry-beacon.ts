// expect: no-promise-as-value
// navigator.storage.persisted() returns a Promise, so the flushed payload carries "storagePersisted":{} instead of a boolean and the offline-readiness dashboard never sees true or false.
type UiEvent = { kind: 'click' | 'view' | 'error'; target: string; at: number };

export interface TelemetryOptions {
  endpoint: string;
  appVersion: string;
  maxBatch?: number;
}

export class SessionTelemetry {
  private readonly queue: UiEvent[] = [];
  private readonly sessionId = crypto.randomUUID();
  private readonly startedAt = performance.now();
  private readonly maxBatch: number;

  constructor(private readonly opts: TelemetryOptions) {
    this.maxBatch = opts.maxBatch ?? 50;
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.flush('hidden');
    });
    window.addEventListener('pagehide', () => this.flush('pagehide'));
  }

  track(kind: UiEvent['kind'], target: string): void {
    this.queue.push({ kind, target, at: Math.round(performance.now() - this.startedAt) });
    if (this.queue.length >= this.maxBatch) this.flush('batch-full');
  }

  flush(reason: 'hidden' | 'pagehide' | 'batch-full'): void {
    if (this.queue.length === 0) return;
    const events = this.queue.splice(0, this.maxBatch);
    const payload = {
      sessionId: this.sessionId,
      appVersion: this.opts.appVersion,
      reason,
      online: navigator.onLine,
      storagePersisted: navigator.storage.persisted(),
      viewport: { w: window.innerWidth, h: window.innerHeight },
      events,
    };
    const blob = new Blob([JSON.stringify(payload)], { type: 'application/json' });
    const queued = navigator.sendBeacon(this.opts.endpoint, blob);
    if (!queued) {
      this.queue.unshift(...events);
      console.debug(`telemetry beacon rejected (${events.length} events kept for retry)`);
    }
  }
}
