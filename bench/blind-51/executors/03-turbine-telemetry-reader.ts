// expect: no-multiple-settle
// In readFrame the error branch calls reject but does not return, so execution falls through to decode/resolve on the same callback.
export interface TurbineFrame {
  turbineId: string;
  rotorRpm: number;
  bladePitchDeg: number;
  generatorKw: number;
  tideVelocityMs: number;
  sampledAt: number;
}

type FrameCallback = (err: Error | null, raw?: Buffer) => void;

declare const modbusBridge: {
  readHoldingRegisters(unit: number, start: number, count: number, cb: FrameCallback): void;
  isConnected(): boolean;
};

declare const plantLog: {
  debug(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
};

const REGISTER_START = 0x0100;
const REGISTER_COUNT = 8;

export class FrameDecodeError extends Error {
  constructor(readonly turbineId: string, readonly length: number) {
    super(`turbine ${turbineId}: expected ${REGISTER_COUNT * 2} bytes, got ${length}`);
    this.name = 'FrameDecodeError';
  }
}

export class TurbineTelemetry {
  private readonly lastFrames = new Map<string, TurbineFrame>();

  constructor(private readonly units: ReadonlyMap<string, number>) {}

  private decode(turbineId: string, raw: Buffer): TurbineFrame {
    if (raw.length !== REGISTER_COUNT * 2) {
      throw new FrameDecodeError(turbineId, raw.length);
    }
    return {
      turbineId,
      rotorRpm: raw.readUInt16BE(0) / 10,
      bladePitchDeg: raw.readInt16BE(2) / 100,
      generatorKw: raw.readUInt32BE(4) / 10,
      tideVelocityMs: raw.readUInt16BE(8) / 1000,
      sampledAt: Date.now(),
    };
  }

  readFrame(turbineId: string): Promise<TurbineFrame> {
    const unit = this.units.get(turbineId);
    if (unit === undefined) {
      return Promise.reject(new Error(`unknown turbine ${turbineId}`));
    }
    return new Promise<TurbineFrame>((resolve, reject) => {
      modbusBridge.readHoldingRegisters(unit, REGISTER_START, REGISTER_COUNT, (err, raw) => {
        if (err || !raw) {
          plantLog.error('modbus read failed', { turbineId, unit, message: err?.message });
          reject(err ?? new Error(`empty response from unit ${unit}`));
        }
        try {
          const frame = this.decode(turbineId, raw ?? Buffer.alloc(0));
          this.lastFrames.set(turbineId, frame);
          resolve(frame);
        } catch (decodeErr) {
          reject(decodeErr);
        }
      });
    });
  }

  async readAll(): Promise<TurbineFrame[]> {
    if (!modbusBridge.isConnected()) {
      throw new Error('modbus bridge is not connected');
    }
    const frames: TurbineFrame[] = [];
    for (const turbineId of this.units.keys()) {
      frames.push(await this.readFrame(turbineId));
    }
    plantLog.debug('telemetry sweep complete', { count: frames.length });
    return frames;
  }

  lastKnown(turbineId: string): TurbineFrame | undefined {
    return this.lastFrames.get(turbineId);
  }

  totalOutputKw(): number {
    let total = 0;
    for (const frame of this.lastFrames.values()) total += frame.generatorKw;
    return total;
  }
}
