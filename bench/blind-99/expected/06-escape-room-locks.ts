// expect: no-uncalled-async-function
// The map callback returns lock.release (the method) instead of calling it, so Promise.all resolves at once with an array of functions, shutdown reports success, and every maglock stays energised with players inside.
export interface Maglock {
  id: string;
  door: string;
  holdingForceKg: number;
  release(): Promise<void>;
  engage(): Promise<void>;
}

export interface FireAlarmPanel {
  on(event: 'alarm', listener: (zone: string) => void): void;
}

export interface ShutdownLog {
  note(message: string): void;
}

export class RoomSafety {
  private engaged = new Set<string>();

  constructor(
    private readonly roomId: string,
    private readonly locks: Maglock[],
    private readonly log: ShutdownLog,
  ) {}

  async lockUp(): Promise<void> {
    for (const lock of this.locks) {
      await lock.engage();
      this.engaged.add(lock.id);
    }
    this.log.note(`${this.roomId}: ${this.engaged.size} maglocks engaged`);
  }

  async releaseAll(reason: string): Promise<void> {
    const toRelease = this.locks.filter((l) => this.engaged.has(l.id));
    await Promise.all(toRelease.map((lock) => lock.release));
    this.engaged.clear();
    this.log.note(`${this.roomId}: released ${toRelease.length} maglocks (${reason})`);
  }

  attachAlarm(panel: FireAlarmPanel, zone: string): void {
    panel.on('alarm', (alarmZone) => {
      if (alarmZone !== zone) return;
      this.releaseAll(`fire alarm in ${alarmZone}`).catch((err: unknown) => {
        this.log.note(`${this.roomId}: RELEASE FAILED during alarm: ${String(err)}`);
      });
    });
  }

  doorsStillLocked(): string[] {
    return this.locks.filter((l) => this.engaged.has(l.id)).map((l) => l.door);
  }
}
