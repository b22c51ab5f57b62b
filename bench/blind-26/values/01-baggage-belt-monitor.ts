// expect: no-promise-as-value
// The async loadPercent() result is interpolated into the carousel status text without await, so the board shows "[object Promise]% full".
import { EventEmitter } from 'node:events';

export interface BeltSensorFrame {
  beltId: string;
  bagsOnBelt: number;
  jammed: boolean;
  at: number;
}

declare const plcGateway: {
  readCounter(beltId: string): Promise<number>;
  readCapacity(beltId: string): Promise<number>;
};

declare const fids: {
  postCarouselMessage(carousel: string, text: string): Promise<void>;
};

const STALE_FRAME_MS = 15_000;

export class BaggageBeltMonitor extends EventEmitter {
  private readonly assignments = new Map<string, string>();
  private readonly lastFrame = new Map<string, BeltSensorFrame>();

  assign(beltId: string, flight: string): void {
    this.assignments.set(beltId, flight);
    this.emit('assigned', { beltId, flight });
  }

  release(beltId: string): void {
    const flight = this.assignments.get(beltId);
    this.assignments.delete(beltId);
    this.lastFrame.delete(beltId);
    if (flight) this.emit('released', { beltId, flight });
  }

  async loadPercent(beltId: string): Promise<number> {
    const [count, capacity] = await Promise.all([
      plcGateway.readCounter(beltId),
      plcGateway.readCapacity(beltId),
    ]);
    if (capacity <= 0) return 0;
    return Math.min(100, Math.round((count / capacity) * 100));
  }

  async ingest(frame: BeltSensorFrame): Promise<void> {
    const previous = this.lastFrame.get(frame.beltId);
    this.lastFrame.set(frame.beltId, frame);

    const flight = this.assignments.get(frame.beltId);
    if (!flight) return;

    if (frame.jammed) {
      if (!previous?.jammed) this.emit('jam', frame.beltId);
      await fids.postCarouselMessage(frame.beltId, `${flight}: belt temporarily stopped`);
      return;
    }

    if (previous && previous.bagsOnBelt === frame.bagsOnBelt && !previous.jammed) {
      // nothing changed since the last frame, skip the display round-trip
      return;
    }

    const status = `${flight} · ${frame.bagsOnBelt} bags · ${this.loadPercent(frame.beltId)}% full`;
    await fids.postCarouselMessage(frame.beltId, status);
  }

  staleBelts(now = Date.now()): string[] {
    const stale: string[] = [];
    for (const [beltId, frame] of this.lastFrame) {
      if (now - frame.at > STALE_FRAME_MS) stale.push(beltId);
    }
    return stale;
  }
}
