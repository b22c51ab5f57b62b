// expect: no-multiple-settle
// the ack timeout timer is never cleared, so after a successful ack it still fires reject later on the same promise
import { EventEmitter } from "node:events";

export interface TagFrame {
  tagId: string;
  seq: number;
  lat: number;
  lon: number;
  diveDepthM: number;
  batteryMv: number;
}

interface AckMessage {
  tagId: string;
  seq: number;
  accepted: boolean;
  reason?: string;
}

declare const satelliteModem: EventEmitter & {
  transmit(payload: Buffer): void;
  readonly linkQuality: number;
};

declare const telemetryLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const ACK_TIMEOUT_MS = 45_000;
const MIN_LINK_QUALITY = 0.2;

export function encodeFrame(frame: TagFrame): Buffer {
  const buf = Buffer.alloc(32);
  buf.write(frame.tagId.padEnd(8, "\0").slice(0, 8), 0, "ascii");
  buf.writeUInt32BE(frame.seq, 8);
  buf.writeFloatBE(frame.lat, 12);
  buf.writeFloatBE(frame.lon, 16);
  buf.writeFloatBE(frame.diveDepthM, 20);
  buf.writeUInt16BE(frame.batteryMv, 24);
  return buf;
}

export class TagUplink {
  private inFlight = 0;

  constructor(private readonly maxInFlight = 4) {}

  get busy(): boolean {
    return this.inFlight >= this.maxInFlight;
  }

  sendFrame(frame: TagFrame): Promise<AckMessage> {
    if (satelliteModem.linkQuality < MIN_LINK_QUALITY) {
      return Promise.reject(new Error(`link too weak for tag ${frame.tagId}`));
    }
    this.inFlight++;

    return new Promise<AckMessage>((resolve, reject) => {
      const onAck = (ack: AckMessage) => {
        if (ack.tagId !== frame.tagId || ack.seq !== frame.seq) return;
        satelliteModem.off("ack", onAck);
        this.inFlight--;
        if (ack.accepted) {
          resolve(ack);
        } else {
          reject(new Error(`station rejected ${ack.tagId}#${ack.seq}: ${ack.reason ?? "unknown"}`));
        }
      };

      setTimeout(() => {
        satelliteModem.off("ack", onAck);
        this.inFlight--;
        telemetryLog.warn("ack timeout", { tagId: frame.tagId, seq: frame.seq });
        reject(new Error(`no ack for ${frame.tagId}#${frame.seq} within ${ACK_TIMEOUT_MS}ms`));
      }, ACK_TIMEOUT_MS);

      satelliteModem.on("ack", onAck);
      satelliteModem.transmit(encodeFrame(frame));
    });
  }

  async flushBacklog(frames: TagFrame[]): Promise<number> {
    let delivered = 0;
    const ordered = [...frames].sort((a, b) => a.seq - b.seq);
    for (const frame of ordered) {
      try {
        const ack = await this.sendFrame(frame);
        delivered++;
        telemetryLog.info("frame delivered", { tagId: ack.tagId, seq: ack.seq });
      } catch (err) {
        telemetryLog.warn("frame not delivered", {
          tagId: frame.tagId,
          seq: frame.seq,
          error: (err as Error).message,
        });
        break;
      }
    }
    return delivered;
  }
}
