// expect: no-multiple-settle
// When the frame comes back fogged the callback wipes the lens but neither resolves, rejects nor retries, so the deferred never settles on that path.
export interface Frame {
  cameraId: string;
  takenAt: number;
  bytes: Uint8Array;
  fogged: boolean;
  lux: number;
}

export interface TideReading {
  stationId: string;
  heightM: number;
  falling: boolean;
}

interface PoolCamera {
  id: string;
  capture(opts: { exposureMs: number; iso: number }, cb: (err: Error | null, frame: Frame) => void): void;
  wipeLens(): void;
}

declare const tideGauge: { latest(stationId: string): Promise<TideReading> };
declare const archive: { put(key: string, data: Uint8Array, meta: Record<string, string>): Promise<void> };
declare const log: { warn(msg: string, meta?: object): void; info(msg: string, meta?: object): void };

const LOW_TIDE_M = 0.4;

function exposureFor(lux: number): { exposureMs: number; iso: number } {
  if (lux > 20_000) return { exposureMs: 2, iso: 100 };
  if (lux > 2_000) return { exposureMs: 8, iso: 200 };
  return { exposureMs: 33, iso: 800 };
}

export class TidePoolRig {
  private lastLux = 10_000;
  private fogCount = new Map<string, number>();

  constructor(
    private readonly stationId: string,
    private readonly cameras: PoolCamera[],
  ) {}

  private capture(camera: PoolCamera): Promise<Frame> {
    const { promise, resolve, reject } = Promise.withResolvers<Frame>();
    camera.capture(exposureFor(this.lastLux), (err, frame) => {
      if (err) {
        reject(err);
        return;
      }
      if (frame.fogged) {
        const count = (this.fogCount.get(camera.id) ?? 0) + 1;
        this.fogCount.set(camera.id, count);
        log.warn("lens fogged, wiping", { camera: camera.id, count });
        camera.wipeLens();
        return;
      }
      this.lastLux = frame.lux;
      resolve(frame);
    });
    return promise;
  }

  async captureIfLowTide(): Promise<number> {
    const tide = await tideGauge.latest(this.stationId);
    if (tide.heightM > LOW_TIDE_M || !tide.falling) {
      log.info("pools submerged, skipping", { height: tide.heightM });
      return 0;
    }

    let stored = 0;
    for (const camera of this.cameras) {
      const frame = await this.capture(camera);
      const key = `${this.stationId}/${camera.id}/${frame.takenAt}.jpg`;
      await archive.put(key, frame.bytes, {
        tideM: tide.heightM.toFixed(2),
        lux: String(frame.lux),
      });
      stored += 1;
    }
    return stored;
  }
}
