// expect: no-multiple-settle
// Bug: the readWeight callback rejects on error but falls through to resolve(), so the executor settles twice and parses undefined data.
import { EventEmitter } from 'node:events';

interface ScaleFrame {
  hiveId: string;
  grams: number;
  temperatureC: number;
  batteryPct: number;
}

interface ScaleDriver {
  readWeight(
    channel: number,
    cb: (err: Error | null, raw?: Buffer) => void,
  ): void;
  tare(channel: number, cb: (err: Error | null) => void): void;
}

declare const scaleDriver: ScaleDriver;
declare function channelForHive(hiveId: string): number;

const FRAME_LENGTH = 9;

function decodeFrame(hiveId: string, raw: Buffer): ScaleFrame {
  if (raw.length < FRAME_LENGTH) {
    throw new RangeError(`short frame from hive ${hiveId}: ${raw.length} bytes`);
  }
  return {
    hiveId,
    grams: raw.readUInt32LE(0),
    temperatureC: raw.readInt16LE(4) / 10,
    batteryPct: raw.readUInt8(6),
  };
}

export class HiveScaleReader extends EventEmitter {
  private readonly lastFrames = new Map<string, ScaleFrame>();

  constructor(private readonly cooperativeId: string) {
    super();
  }

  read(hiveId: string): Promise<ScaleFrame> {
    const channel = channelForHive(hiveId);
    return new Promise<ScaleFrame>((resolve, reject) => {
      scaleDriver.readWeight(channel, (err, raw) => {
        if (err) {
          this.emit('driver-error', { hiveId, channel, err });
          reject(err);
        }
        const frame = decodeFrame(hiveId, raw as Buffer);
        this.lastFrames.set(hiveId, frame);
        resolve(frame);
      });
    });
  }

  tare(hiveId: string): Promise<void> {
    const channel = channelForHive(hiveId);
    return new Promise<void>((resolve, reject) => {
      scaleDriver.tare(channel, (err) => {
        if (err) {
          reject(err);
          return;
        }
        this.lastFrames.delete(hiveId);
        resolve();
      });
    });
  }

  async weighApiary(hiveIds: readonly string[]): Promise<Map<string, number>> {
    const totals = new Map<string, number>();
    for (const hiveId of hiveIds) {
      const frame = await this.read(hiveId);
      if (frame.batteryPct < 15) {
        this.emit('low-battery', { cooperativeId: this.cooperativeId, hiveId });
      }
      totals.set(hiveId, frame.grams);
    }
    return totals;
  }

  nectarFlowEstimate(hiveId: string, previousGrams: number): number | undefined {
    const frame = this.lastFrames.get(hiveId);
    if (!frame) return undefined;
    return frame.grams - previousGrams;
  }
}
