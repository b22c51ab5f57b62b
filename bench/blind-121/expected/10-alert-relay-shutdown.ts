// expect: no-uncalled-async-function
// stop() awaits this.flushQueuedAlerts without calling it, which just yields the function object, so queued aurora alerts are dropped when the socket is closed.
export interface QueuedAlert {
  subscriberId: string;
  region: string;
  kp: number;
  queuedAt: number;
}

export interface RelaySocket {
  send(payload: string): Promise<void>;
  close(code?: number): void;
}

export class AuroraAlertRelay {
  private queue: QueuedAlert[] = [];
  private timer: ReturnType<typeof setInterval> | undefined;
  private sending = false;

  constructor(
    private readonly socket: RelaySocket,
    private readonly batchSize = 50,
    private readonly maxAgeMs = 15 * 60_000,
  ) {}

  enqueue(alert: Omit<QueuedAlert, 'queuedAt'>): void {
    this.queue.push({ ...alert, queuedAt: Date.now() });
  }

  start(everyMs = 2000): void {
    this.timer = setInterval(() => {
      this.flushQueuedAlerts().catch((err: unknown) => {
        console.error(`aurora relay flush failed: ${String(err)}`);
      });
    }, everyMs);
  }

  async flushQueuedAlerts(): Promise<number> {
    if (this.sending) return 0;
    this.sending = true;
    let sent = 0;
    try {
      const cutoff = Date.now() - this.maxAgeMs;
      this.queue = this.queue.filter((a) => a.queuedAt >= cutoff);
      while (this.queue.length > 0) {
        const batch = this.queue.slice(0, this.batchSize);
        await this.socket.send(JSON.stringify({ type: 'aurora-alerts', alerts: batch }));
        this.queue.splice(0, batch.length);
        sent += batch.length;
      }
    } finally {
      this.sending = false;
    }
    return sent;
  }

  async stop(): Promise<void> {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
    await this.flushQueuedAlerts;
    this.socket.close(1000);
  }

  get pending(): number {
    return this.queue.length;
  }
}
