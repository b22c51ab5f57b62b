// expect: no-uncalled-async-function
// prepareField awaits this.calibrateReceivers without calling it, so the receivers are never calibrated and the drill starts on uncalibrated hardware.
export interface BuriedTransmitter {
  id: string;
  depthCm: number;
  x: number;
  y: number;
}

export interface FieldHardware {
  powerTransmitter(id: string, on: boolean): Promise<void>;
  calibrateReceiver(serial: string, referenceId: string): Promise<{ offsetDb: number }>;
  receiverSerials(): Promise<string[]>;
}

export interface FieldState {
  buried: BuriedTransmitter[];
  calibratedAt: number | undefined;
  offsets: Map<string, number>;
}

export class SearchFieldSetup {
  private readonly state: FieldState = { buried: [], calibratedAt: undefined, offsets: new Map() };

  constructor(private readonly hw: FieldHardware, private readonly referenceTransmitter: string) {}

  get calibrated(): boolean {
    return this.state.calibratedAt !== undefined && Date.now() - this.state.calibratedAt < 6 * 3600_000;
  }

  async calibrateReceivers(): Promise<void> {
    await this.hw.powerTransmitter(this.referenceTransmitter, true);
    try {
      for (const serial of await this.hw.receiverSerials()) {
        const { offsetDb } = await this.hw.calibrateReceiver(serial, this.referenceTransmitter);
        this.state.offsets.set(serial, offsetDb);
      }
      this.state.calibratedAt = Date.now();
    } finally {
      await this.hw.powerTransmitter(this.referenceTransmitter, false);
    }
  }

  async prepareField(buried: BuriedTransmitter[]): Promise<FieldState> {
    if (buried.some((b) => b.depthCm > 250)) {
      throw new Error('training burials deeper than 2.5 m are not permitted');
    }
    if (!this.calibrated) {
      await this.calibrateReceivers;
    }
    for (const b of buried) {
      await this.hw.powerTransmitter(b.id, true);
    }
    this.state.buried = buried;
    return this.state;
  }

  async clearField(): Promise<void> {
    for (const b of this.state.buried) {
      await this.hw.powerTransmitter(b.id, false);
    }
    this.state.buried = [];
  }
}

export function layoutSpread(buried: BuriedTransmitter[]): number {
  let max = 0;
  for (const a of buried) {
    for (const b of buried) {
      max = Math.max(max, Math.hypot(a.x - b.x, a.y - b.y));
    }
  }
  return max;
}
