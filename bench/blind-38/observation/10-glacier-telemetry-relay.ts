// expect: none
// The frame listener is synchronous and attaches a catch to the relay promise it starts; backfill awaits each upload in a for...of loop.
import type { EventEmitter } from 'node:events';

export interface MeltFrame {
  sensorId: string;
  seq: number;
  at: string;
  dischargeM3s: number;
  conductivityUsCm: number;
  waterTempC: number;
}

declare const uplink: {
  send(frame: MeltFrame): Promise<void>;
  sendBatch(frames: MeltFrame[]): Promise<number>;
};
declare const spool: {
  save(frame: MeltFrame): Promise<void>;
  unsent(limit: number): Promise<MeltFrame[]>;
  markSent(seqs: number[]): Promise<void>;
};
declare const stationLog: { warn(msg: string, err?: unknown): void; info(msg: string): void };

const SURGE_M3S = 14;

export class MeltRelay {
  private surgeNotified = false;
  private relayed = 0;

  constructor(private readonly radio: EventEmitter) {}

  private async relay(frame: MeltFrame): Promise<void> {
    try {
      await uplink.send(frame);
      this.relayed += 1;
    } catch (err) {
      await spool.save(frame);
      throw err;
    }
  }

  private readonly onFrame = (frame: MeltFrame): void => {
    if (frame.dischargeM3s > SURGE_M3S && !this.surgeNotified) {
      this.surgeNotified = true;
      stationLog.info(`discharge surge ${frame.dischargeM3s} m3/s at ${frame.sensorId}`);
    }
    this.relay(frame).catch((err) => stationLog.warn(`frame ${frame.seq} spooled after uplink failure`, err));
  };

  attach(): void {
    this.radio.on('frame', this.onFrame);
  }

  detach(): void {
    this.radio.off('frame', this.onFrame);
  }

  async backfill(batchSize = 50): Promise<number> {
    let sent = 0;
    for (;;) {
      const frames = await spool.unsent(batchSize);
      if (frames.length === 0) break;
      const bySensor = new Map<string, MeltFrame[]>();
      for (const f of frames) bySensor.set(f.sensorId, [...(bySensor.get(f.sensorId) ?? []), f]);
      for (const group of bySensor.values()) {
        sent += await uplink.sendBatch(group);
        await spool.markSent(group.map((f) => f.seq));
      }
    }
    stationLog.info(`backfilled ${sent} frames, ${this.relayed} relayed live`);
    return sent;
  }
}
