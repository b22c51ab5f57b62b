// expect: no-read-before-settle
// refreshTsys issues the receiver query with a node-style callback that stores the value in this.tsysKelvin, then returns this.tsysKelvin immediately, before the callback has run.
import { EventEmitter } from 'node:events';

export interface ReceiverLink {
  query(command: string, cb: (err: Error | null, value?: number) => void): void;
}

export interface TsysSample {
  receiver: string;
  kelvin: number;
  takenAt: number;
}

export class SystemTemperatureMonitor extends EventEmitter {
  private tsysKelvin = Number.NaN;
  private history: TsysSample[] = [];
  private poller: NodeJS.Timeout | undefined;

  constructor(
    private readonly receiver: string,
    private readonly link: ReceiverLink,
    private readonly alarmKelvin = 45,
  ) {
    super();
  }

  refreshTsys(): number {
    this.link.query(`TSYS? ${this.receiver}`, (err, value) => {
      if (err || value === undefined) {
        this.emit('query-failed', err ?? new Error('empty TSYS reply'));
        return;
      }
      this.tsysKelvin = value;
      this.history.push({ receiver: this.receiver, kelvin: value, takenAt: Date.now() });
      if (this.history.length > 500) this.history.shift();
    });
    return this.tsysKelvin;
  }

  startPolling(intervalMs = 10_000): void {
    this.stopPolling();
    this.poller = setInterval(() => {
      const kelvin = this.refreshTsys();
      if (kelvin > this.alarmKelvin) {
        this.emit('tsys-alarm', { receiver: this.receiver, kelvin });
      }
    }, intervalMs);
  }

  stopPolling(): void {
    if (this.poller) clearInterval(this.poller);
    this.poller = undefined;
  }

  median(windowSize = 30): number | undefined {
    const recent = this.history.slice(-windowSize).map((s) => s.kelvin).sort((a, b) => a - b);
    if (recent.length === 0) return undefined;
    const mid = Math.floor(recent.length / 2);
    return recent.length % 2 ? recent[mid] : (recent[mid - 1] + recent[mid]) / 2;
  }
}
