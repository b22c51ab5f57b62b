// expect: no-read-before-settle
// decodeUplink assigns the decompressed frame inside the zlib.gunzip callback but returns it straight away, so it always returns the empty placeholder and the reef packets are stored with no readings.
import { gunzip } from 'node:zlib';
import { EventEmitter } from 'node:events';

export interface ReefPacket {
  buoyId: string;
  seq: number;
  readings: Array<{ depthM: number; tempC: number; doMgL: number }>;
}

export interface UplinkFrame {
  buoyId: string;
  seq: number;
  payload: Buffer;
}

const EMPTY: ReefPacket['readings'] = [];

export function decodeUplink(frame: UplinkFrame): ReefPacket {
  let readings = EMPTY;
  gunzip(frame.payload, (err, raw) => {
    if (err) return;
    try {
      readings = JSON.parse(raw.toString('utf8')) as ReefPacket['readings'];
    } catch {
      readings = EMPTY;
    }
  });
  return { buoyId: frame.buoyId, seq: frame.seq, readings };
}

export class UplinkGateway extends EventEmitter {
  private readonly lastSeq = new Map<string, number>();
  private dropped = 0;

  get droppedFrames(): number {
    return this.dropped;
  }

  accept(frame: UplinkFrame): void {
    const last = this.lastSeq.get(frame.buoyId) ?? -1;
    if (frame.seq <= last) {
      this.dropped += 1;
      return;
    }
    if (frame.seq > last + 1 && last >= 0) {
      this.emit('gap', frame.buoyId, last + 1, frame.seq - 1);
    }
    this.lastSeq.set(frame.buoyId, frame.seq);
    const packet = decodeUplink(frame);
    const hypoxic = packet.readings.filter((r) => r.doMgL < 2);
    if (hypoxic.length > 0) this.emit('hypoxia', packet.buoyId, hypoxic);
    this.emit('packet', packet);
  }
}
