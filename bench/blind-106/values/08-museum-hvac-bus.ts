// expect: none
// firmware and zone count are written by the 'hello' listener, and connect() only reads them after awaiting once(bus, 'hello'), which resolves after that listener has run (and rejects on 'error').
import { EventEmitter, once } from 'node:events';

export interface HelloFrame {
  firmware: string;
  zones: number;
  serial: string;
}

export interface HvacBus extends EventEmitter {
  open(): void;
  write(frame: { zone: number; op: 'read' | 'set'; value?: number }): void;
  close(): void;
}

function parseVersion(v: string): [number, number, number] {
  const [a = 0, b = 0, c = 0] = v.split('.').map((n) => Number.parseInt(n, 10) || 0);
  return [a, b, c];
}

function atLeast(v: string, min: string): boolean {
  const x = parseVersion(v);
  const y = parseVersion(min);
  for (let i = 0; i < 3; i++) {
    if (x[i] !== y[i]) return x[i] > y[i];
  }
  return true;
}

export class ClimateController {
  private firmware = 'unknown';
  private zoneCount = 0;
  private serial = '';

  constructor(private readonly bus: HvacBus, private readonly minFirmware = '4.2.0') {
    this.bus.on('hello', (frame: HelloFrame) => {
      this.firmware = frame.firmware;
      this.zoneCount = frame.zones;
      this.serial = frame.serial;
    });
  }

  async connect(): Promise<{ serial: string; zones: number }> {
    const hello = once(this.bus, 'hello');
    this.bus.open();
    await hello;

    if (!atLeast(this.firmware, this.minFirmware)) {
      this.bus.close();
      throw new Error(`controller ${this.serial} runs firmware ${this.firmware}; humidity ramping needs ${this.minFirmware}+`);
    }
    return { serial: this.serial, zones: this.zoneCount };
  }

  setHumidity(zone: number, rh: number): void {
    if (zone < 1 || zone > this.zoneCount) throw new RangeError(`zone ${zone} is not on controller ${this.serial}`);
    if (rh < 35 || rh > 65) throw new RangeError(`refusing RH ${rh}% outside conservation range`);
    this.bus.write({ zone, op: 'set', value: rh });
  }
}
