// expect: no-read-before-settle
// chamberC is assigned in a one-shot 'reading' listener but compared immediately after the request is written, so the safety check always uses the stale cached temperature.
import { EventEmitter } from 'node:events';

export interface KilnSerial extends EventEmitter {
  requestReading(zone: 'chamber' | 'crown' | 'floor'): void;
  write(command: string): void;
}

export interface ZoneReading {
  zone: string;
  celsius: number;
  at: number;
}

export class DoorInterlockError extends Error {
  constructor(readonly celsius: number, readonly limit: number) {
    super(`kiln door locked: chamber at ${celsius}C, safe limit ${limit}C`);
    this.name = 'DoorInterlockError';
  }
}

export class KilnDoorGuard {
  private lastKnownC = 20;
  private openCount = 0;

  constructor(
    private readonly serial: KilnSerial,
    private readonly safeOpenC = 260,
    private readonly crashCoolLimitC = 540,
  ) {
    serial.on('reading', (r: ZoneReading) => {
      if (r.zone === 'chamber') this.lastKnownC = r.celsius;
    });
  }

  canOpenDoor(): boolean {
    let chamberC = this.lastKnownC;
    this.serial.once('reading', (r: ZoneReading) => {
      if (r.zone === 'chamber') chamberC = r.celsius;
    });
    this.serial.requestReading('chamber');
    return chamberC <= this.safeOpenC;
  }

  openDoor(): void {
    if (!this.canOpenDoor()) throw new DoorInterlockError(this.lastKnownC, this.safeOpenC);
    this.serial.write('DOOR OPEN');
    this.openCount += 1;
  }

  crashCoolAllowed(): boolean {
    return this.lastKnownC <= this.crashCoolLimitC;
  }

  startCrashCool(): void {
    if (!this.crashCoolAllowed()) {
      throw new Error(`crash cooling refused above ${this.crashCoolLimitC}C (now ${this.lastKnownC}C)`);
    }
    this.serial.write('VENT 100');
    this.serial.write('ELEMENTS OFF');
  }

  get doorOpenings(): number {
    return this.openCount;
  }
}
