// expect: no-uncalled-async-function
// For obstructed doors the .then callback returns door.close instead of calling it, so Promise.all resolves without those doors being closed.
export type DoorState = 'open' | 'closing' | 'closed' | 'obstructed' | 'isolated';

export interface PlatformDoor {
  id: string;
  state: DoorState;
  close(): Promise<void>;
  open(): Promise<void>;
}

declare const platformBus: {
  doorsFor(platform: string, car: number): PlatformDoor[];
  chime(doorId: string, pattern: 'warning' | 'closing'): Promise<void>;
  trainAtStand(platform: string): Promise<{ trainId: string; cars: number }>;
  signalDeparture(platform: string, trainId: string): Promise<void>;
};

declare const stationLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

const DWELL_MS = 25_000;

export class PlatformDoorController {
  constructor(private readonly platform: string) {}

  private doorsInService(cars: number): PlatformDoor[] {
    const doors: PlatformDoor[] = [];
    for (let car = 1; car <= cars; car++) {
      for (const door of platformBus.doorsFor(this.platform, car)) {
        if (door.state !== 'isolated') {
          doors.push(door);
        }
      }
    }
    return doors;
  }

  async openForBoarding(): Promise<{ trainId: string; doors: number }> {
    const train = await platformBus.trainAtStand(this.platform);
    const doors = this.doorsInService(train.cars);
    await Promise.all(doors.map((d) => d.open()));
    stationLog.info('doors open', { platform: this.platform, trainId: train.trainId, doors: doors.length });
    return { trainId: train.trainId, doors: doors.length };
  }

  async closeForDeparture(trainId: string, cars: number): Promise<void> {
    const doors = this.doorsInService(cars);
    const closing = doors.map((door) =>
      door.state === 'obstructed'
        ? platformBus.chime(door.id, 'warning').then(() => door.close)
        : platformBus.chime(door.id, 'closing').then(() => door.close()),
    );
    await Promise.all(closing);

    const stillOpen = doors.filter((d) => d.state !== 'closed');
    if (stillOpen.length > 0) {
      throw new Error(`Doors not closed: ${stillOpen.map((d) => d.id).join(', ')}`);
    }
    await platformBus.signalDeparture(this.platform, trainId);
  }

  async dwellCycle(): Promise<void> {
    const { trainId, doors } = await this.openForBoarding();
    if (doors === 0) {
      return;
    }
    await new Promise<void>((resolve) => setTimeout(resolve, DWELL_MS));
    const train = await platformBus.trainAtStand(this.platform);
    if (train.trainId !== trainId) {
      throw new Error(`Train changed during dwell: ${trainId} -> ${train.trainId}`);
    }
    await this.closeForDeparture(trainId, train.cars);
  }
}
