// expect: no-read-before-settle
// checkDrawOff assigns brix inside the probe's 'reading' listener but compares it against the draw-off threshold immediately after sending the request, before any reading can have arrived.
import type { EventEmitter } from 'node:events';
import type { Writable } from 'node:stream';

export interface HydrometerProbe extends EventEmitter {
  port: Writable;
}

export interface DrawOffValve {
  open(panId: string): void;
  close(panId: string): void;
  isOpen(panId: string): boolean;
}

export interface DrawOffDecision {
  panId: string;
  brix: number;
  valveOpen: boolean;
}

const DRAW_OFF_BRIX = 66.9;
const CLOSE_BELOW_BRIX = 66.0;

export class DrawOffController {
  private timer: NodeJS.Timeout | undefined;
  private readonly history: DrawOffDecision[] = [];

  constructor(
    private readonly probe: HydrometerProbe,
    private readonly valve: DrawOffValve,
    private readonly panIds: string[],
  ) {}

  checkDrawOff(panId: string): DrawOffDecision {
    let brix = Number.NaN;
    this.probe.once('reading', (reading: { panId: string; brix: number }) => {
      brix = reading.brix;
    });
    this.probe.port.write(`READ ${panId}\r\n`);

    if (brix >= DRAW_OFF_BRIX && !this.valve.isOpen(panId)) {
      this.valve.open(panId);
    } else if (brix < CLOSE_BELOW_BRIX && this.valve.isOpen(panId)) {
      this.valve.close(panId);
    }

    const decision = { panId, brix, valveOpen: this.valve.isOpen(panId) };
    this.history.push(decision);
    if (this.history.length > 500) this.history.shift();
    return decision;
  }

  start(intervalMs = 5_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      for (const panId of this.panIds) this.checkDrawOff(panId);
    }, intervalMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  recent(panId: string, n = 10): DrawOffDecision[] {
    return this.history.filter((d) => d.panId === panId).slice(-n);
  }
}
