// expect: no-read-before-settle
// Bug: snapshot() reads `fresh` right after writing READ, but the 'reading' listener that assigns it only runs when the serial port answers later, so it always falls back to the stale value.
import { EventEmitter } from "node:events";

export interface TensionReading {
  cableId: string;
  kiloNewtons: number;
  temperatureC: number;
  takenAt: number;
}

export interface LoadCellPort extends EventEmitter {
  write(command: string): boolean;
}

declare function openLoadCell(device: string): LoadCellPort;
declare const depot: {
  alarm(cableId: string, message: string): void;
  store(reading: TensionReading): void;
};

const FRAME = /^T,(?<cable>[A-Z0-9-]+),(?<kn>-?\d+(\.\d+)?),(?<c>-?\d+(\.\d+)?)$/;

export class CableTensionMonitor {
  private readonly port: LoadCellPort;
  private readonly history: TensionReading[] = [];
  private latest: TensionReading | undefined;

  constructor(device: string, private readonly cableId: string, private readonly limitsKn: [number, number]) {
    this.port = openLoadCell(device);
    this.port.on("data", (chunk: Buffer) => this.onFrame(chunk.toString("ascii").trim()));
    this.port.on("reading", (reading: TensionReading) => {
      this.latest = reading;
      this.history.push(reading);
      if (this.history.length > 500) this.history.shift();
      depot.store(reading);
    });
  }

  private onFrame(frame: string): void {
    const m = FRAME.exec(frame);
    if (!m?.groups || m.groups.cable !== this.cableId) return;
    const reading: TensionReading = {
      cableId: this.cableId,
      kiloNewtons: Number(m.groups.kn),
      temperatureC: Number(m.groups.c),
      takenAt: Date.now(),
    };
    this.port.emit("reading", reading);
  }

  snapshot(): TensionReading | undefined {
    let fresh: TensionReading | undefined;
    this.port.once("reading", (reading: TensionReading) => {
      fresh = reading;
    });
    this.port.write(`READ ${this.cableId}\r\n`);

    const reading = fresh ?? this.latest;
    if (reading) {
      const [low, high] = this.limitsKn;
      if (reading.kiloNewtons < low || reading.kiloNewtons > high) {
        depot.alarm(this.cableId, `tension ${reading.kiloNewtons}kN outside ${low}-${high}kN`);
      }
    }
    return reading;
  }

  trend(windowMs = 10 * 60_000): number | null {
    const since = Date.now() - windowMs;
    const recent = this.history.filter((r) => r.takenAt >= since);
    if (recent.length < 2) return null;
    const first = recent[0];
    const last = recent[recent.length - 1];
    return (last.kiloNewtons - first.kiloNewtons) / ((last.takenAt - first.takenAt) / 60_000);
  }

  close(): void {
    this.port.removeAllListeners();
  }
}
