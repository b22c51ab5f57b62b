// expect: none
// Each pending gauge request is removed from the map and has its timer cleared by whichever of response, timeout or link close happens first, so its deferred settles exactly once.
import { createInterface } from 'node:readline';
import type { Duplex } from 'node:stream';

export interface PressureReading {
  chamber: 'reservoir' | 'feeder' | 'wind-chest';
  millibar: number;
  takenAt: number;
}

interface PendingRequest {
  resolve: (reading: PressureReading) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class BellowsGaugeLink {
  private readonly pending = new Map<number, PendingRequest>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly port: Duplex, private readonly timeoutMs = 1500) {
    const lines = createInterface({ input: port, crlfDelay: Infinity });
    lines.on('line', (line) => this.onLine(line));
    port.on('close', () => this.failAll(new Error('Gauge link closed')));
    port.on('error', (err) => this.failAll(err));
  }

  read(chamber: PressureReading['chamber']): Promise<PressureReading> {
    if (this.closed) {
      return Promise.reject(new Error('Gauge link closed'));
    }
    const id = this.nextId++;
    return new Promise<PressureReading>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`Gauge did not answer request ${id} for ${chamber}`));
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.port.write(`R ${id} ${chamber}\r\n`);
    });
  }

  private onLine(line: string): void {
    const match = /^A (\d+) (reservoir|feeder|wind-chest) (-?\d+(?:\.\d+)?)$/.exec(line.trim());
    if (!match) return;

    const id = Number(match[1]);
    const request = this.pending.get(id);
    if (!request) return;

    this.pending.delete(id);
    clearTimeout(request.timer);
    request.resolve({
      chamber: match[2] as PressureReading['chamber'],
      millibar: Number(match[3]),
      takenAt: Date.now(),
    });
  }

  private failAll(err: Error): void {
    this.closed = true;
    for (const [id, request] of this.pending) {
      this.pending.delete(id);
      clearTimeout(request.timer);
      request.reject(err);
    }
  }

  async survey(): Promise<PressureReading[]> {
    const readings: PressureReading[] = [];
    for (const chamber of ['reservoir', 'feeder', 'wind-chest'] as const) {
      readings.push(await this.read(chamber));
    }
    return readings;
  }
}
