// expect: none
// The interval callback is synchronous and each poll is fire-and-forget with a .catch attached straight away, so a failed read is reported, not dropped.
import { EventEmitter } from 'node:events';

export interface InverterReading {
  serial: string;
  acPowerW: number;
  dcVoltage: number;
  temperatureC: number;
  faultCodes: number[];
  at: Date;
}

declare function readModbusRegisters(host: string, unitId: number, signal: AbortSignal): Promise<Uint16Array>;

function decode(serial: string, regs: Uint16Array): InverterReading {
  const faults: number[] = [];
  for (let bit = 0; bit < 16; bit++) {
    if (regs[6] & (1 << bit)) faults.push(bit);
  }
  return {
    serial,
    acPowerW: (regs[0] << 16) | regs[1],
    dcVoltage: regs[2] / 10,
    temperatureC: (regs[3] - 400) / 10,
    faultCodes: faults,
    at: new Date(),
  };
}

export interface InverterTarget {
  serial: string;
  host: string;
  unitId: number;
}

export class InverterMonitor extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  private inFlight = new Map<string, AbortController>();

  constructor(
    private readonly targets: InverterTarget[],
    private readonly periodMs = 5_000,
  ) {
    super();
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      for (const target of this.targets) {
        if (this.inFlight.has(target.serial)) continue;
        this.poll(target).catch((err: unknown) => {
          this.emit('poll-error', target.serial, err);
        });
      }
    }, this.periodMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    for (const controller of this.inFlight.values()) controller.abort();
    this.inFlight.clear();
  }

  private async poll(target: InverterTarget): Promise<void> {
    const controller = new AbortController();
    this.inFlight.set(target.serial, controller);
    const watchdog = setTimeout(() => controller.abort(), this.periodMs * 0.8);
    try {
      const regs = await readModbusRegisters(target.host, target.unitId, controller.signal);
      const reading = decode(target.serial, regs);
      this.emit('reading', reading);
      if (reading.faultCodes.length > 0) {
        this.emit('fault', reading);
      }
      if (reading.temperatureC > 75) {
        this.emit('derate', target.serial, reading.temperatureC);
      }
    } finally {
      clearTimeout(watchdog);
      this.inFlight.delete(target.serial);
    }
  }
}
