// expect: none
// The timer callback starts flush() with void but a .catch is attached to that same promise, and close() awaits the in-flight flush.
import { appendFile } from 'node:fs/promises';

export interface LampEvent {
  station: string;
  kind: 'lit' | 'extinguished' | 'rotation-fault' | 'bulb-change' | 'fog-signal';
  keeper: string;
  at: Date;
  detail?: string;
}

declare const coastguardFeed: {
  report(events: LampEvent[]): Promise<void>;
};

declare const keeperLog: {
  error(message: string, fields?: Record<string, unknown>): void;
};

const URGENT: ReadonlySet<LampEvent['kind']> = new Set(['rotation-fault', 'extinguished']);

function formatLine(e: LampEvent): string {
  const detail = e.detail ? ` ${e.detail.replace(/\s+/g, ' ')}` : '';
  return `${e.at.toISOString()} ${e.station} ${e.kind} by ${e.keeper}${detail}\n`;
}

export class LampLogFlusher {
  private buffer: LampEvent[] = [];
  private inFlight: Promise<void> | null = null;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly logPath: string,
    intervalMs = 30_000,
  ) {
    this.timer = setInterval(() => {
      void this.flush().catch((err: Error) => keeperLog.error('lamp log flush failed', { error: err.message }));
    }, intervalMs);
    this.timer.unref();
  }

  record(event: LampEvent): void {
    this.buffer.push(event);
  }

  recordAll(events: LampEvent[]): void {
    events.forEach((e) => this.record(e));
  }

  flush(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.buffer.length === 0) return Promise.resolve();
    const batch = this.buffer;
    this.buffer = [];
    this.inFlight = this.write(batch).finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async write(batch: LampEvent[]): Promise<void> {
    const urgent = batch.filter((e) => URGENT.has(e.kind));
    try {
      await Promise.all([
        appendFile(this.logPath, batch.map(formatLine).join(''), 'utf8'),
        urgent.length > 0 ? coastguardFeed.report(urgent) : Promise.resolve(),
      ]);
    } catch (err) {
      // Put the batch back in front so nothing is lost; next tick retries.
      this.buffer = [...batch, ...this.buffer];
      throw err;
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
    if (this.buffer.length > 0) await this.flush();
  }
}
