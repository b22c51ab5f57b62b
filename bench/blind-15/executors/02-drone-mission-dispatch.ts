// expect: no-multiple-settle
// The ack timer is never cleared, so after a mission is acked the timer still fires: it aborts the drone and calls reject on an already-settled promise.
import { EventEmitter } from 'node:events';

export interface Waypoint {
  lat: number;
  lon: number;
  altM: number;
}

export interface MissionAck {
  droneId: string;
  seq: number;
  etaSec: number;
}
export interface MissionReject {
  droneId: string;
  seq: number;
  code: number;
}

export interface Uplink extends EventEmitter {
  send(frame: Buffer): void;
}

declare const telemetry: {
  missionEvent(droneId: string, event: string, detail?: Record<string, unknown>): void;
};

function encodeMission(droneId: string, seq: number, route: Waypoint[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16BE(0x4d31, 0);
  header.writeUInt16BE(seq & 0xffff, 2);
  header.writeUInt16BE(route.length, 4);
  const body = Buffer.alloc(route.length * 12);
  route.forEach((wp, i) => {
    body.writeFloatBE(wp.lat, i * 12);
    body.writeFloatBE(wp.lon, i * 12 + 4);
    body.writeFloatBE(wp.altM, i * 12 + 8);
  });
  return Buffer.concat([Buffer.from(droneId.padEnd(8).slice(0, 8), 'ascii'), header, body]);
}

export class MissionDispatcher {
  private seq = 0;

  constructor(
    private readonly uplink: Uplink,
    private readonly ackTimeoutMs = 5_000,
  ) {}

  dispatch(droneId: string, route: Waypoint[]): Promise<MissionAck> {
    if (route.length === 0) {
      return Promise.reject(new Error(`empty route for ${droneId}`));
    }
    const seq = ++this.seq;

    return new Promise<MissionAck>((resolve, reject) => {
      const detach = () => {
        this.uplink.off('ack', onAck);
        this.uplink.off('reject', onReject);
      };
      const onAck = (ack: MissionAck) => {
        if (ack.droneId !== droneId || ack.seq !== seq) return;
        detach();
        telemetry.missionEvent(droneId, 'accepted', { seq, etaSec: ack.etaSec });
        resolve(ack);
      };
      const onReject = (rej: MissionReject) => {
        if (rej.droneId !== droneId || rej.seq !== seq) return;
        detach();
        reject(new Error(`${droneId} rejected mission ${seq} (code ${rej.code})`));
      };

      this.uplink.on('ack', onAck);
      this.uplink.on('reject', onReject);

      setTimeout(() => {
        detach();
        this.abort(droneId, seq);
        reject(new Error(`${droneId} did not ack mission ${seq} within ${this.ackTimeoutMs}ms`));
      }, this.ackTimeoutMs);

      this.uplink.send(encodeMission(droneId, seq, route));
    });
  }

  abort(droneId: string, seq: number): void {
    const frame = Buffer.alloc(12);
    frame.write(droneId.padEnd(8).slice(0, 8), 0, 'ascii');
    frame.writeUInt16BE(0x4130, 8);
    frame.writeUInt16BE(seq & 0xffff, 10);
    this.uplink.send(frame);
    telemetry.missionEvent(droneId, 'aborted', { seq });
  }
}
