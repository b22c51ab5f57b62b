// expect: none
// correct: the emitter handlers are synchronous and every async call they start is handed to `track()`, which attaches a catch and is drained on shutdown.
import { EventEmitter } from 'node:events';

export interface DoorLeaf {
  leafId: 'north' | 'south';
  openPercent: number;
}

export interface ObstructionEvent {
  leafId: DoorLeaf['leafId'];
  sensor: string;
  distanceCm: number;
}

declare const doorDrives: {
  stop(leafId: DoorLeaf['leafId']): Promise<void>;
  moveTo(leafId: DoorLeaf['leafId'], openPercent: number): Promise<void>;
};

declare const safetyLog: {
  write(entry: { at: string; kind: string; detail: string }): Promise<void>;
};

declare const alarms: {
  raise(code: string, message: string): void;
};

export class HangarDoorSupervisor {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly sensors: EventEmitter) {
    sensors.on('obstruction', (event: ObstructionEvent) => this.onObstruction(event));
    sensors.on('windGust', (knots: number) => this.onGust(knots));
  }

  private track(work: Promise<void>, context: string): void {
    const handled = work.catch((err: unknown) => {
      alarms.raise('DOOR-ASYNC', `${context} failed: ${String(err)}`);
    });
    this.inFlight.add(handled);
    handled.finally(() => this.inFlight.delete(handled)).catch(() => undefined);
  }

  private onObstruction(event: ObstructionEvent): void {
    if (event.distanceCm > 150) {
      return;
    }
    this.track(doorDrives.stop(event.leafId), `stopping ${event.leafId} leaf`);
    this.track(
      safetyLog.write({
        at: new Date().toISOString(),
        kind: 'obstruction',
        detail: `${event.sensor} saw something at ${event.distanceCm} cm on ${event.leafId}`,
      }),
      'logging obstruction',
    );
  }

  private onGust(knots: number): void {
    if (knots < 25) {
      return;
    }
    alarms.raise('DOOR-WIND', `gust of ${knots} kn: holding doors`);
    this.track(doorDrives.stop('north'), 'wind hold north');
    this.track(doorDrives.stop('south'), 'wind hold south');
  }

  async openFor(mooringMinutes: number): Promise<void> {
    const width = mooringMinutes > 60 ? 100 : 70;
    await Promise.all([doorDrives.moveTo('north', width), doorDrives.moveTo('south', width)]);
  }

  async shutdown(): Promise<void> {
    this.sensors.removeAllListeners('obstruction');
    this.sensors.removeAllListeners('windGust');
    await Promise.all(this.inFlight);
    await Promise.all([doorDrives.moveTo('north', 0), doorDrives.moveTo('south', 0)]);
  }
}
