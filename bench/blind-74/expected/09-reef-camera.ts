// expect: none
// pollUntil() receives a read function and calls it each round, and the bound onFrame handler is stored as a function because the event API wants a listener.
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface CameraStatus {
  cameraId: string;
  state: 'booting' | 'ready' | 'recording' | 'fault';
  depthM: number;
  batteryPct: number;
}

export interface Frame {
  cameraId: string;
  capturedAt: number;
  lux: number;
  jpeg: Uint8Array;
}

declare const reefCameras: EventEmitter & {
  status(cameraId: string): Promise<CameraStatus>;
  powerOn(cameraId: string): Promise<void>;
  startTimelapse(cameraId: string, intervalSec: number): Promise<void>;
};

declare const frameArchive: {
  put(frame: Frame): Promise<void>;
};

async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { intervalMs, timeoutMs }: { intervalMs: number; timeoutMs: number },
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() + intervalMs > deadline) {
      throw new Error(`condition not met within ${timeoutMs} ms (last: ${JSON.stringify(value)})`);
    }
    await sleep(intervalMs);
  }
}

const MIN_LUX_FOR_ARCHIVE = 40;

export class ReefCameraSite {
  private readonly onFrame: (frame: Frame) => void;
  private dark = 0;
  private archived = 0;
  private archiveErrors = 0;

  constructor(private readonly cameraIds: string[]) {
    this.onFrame = this.handleFrame.bind(this);
  }

  private handleFrame(frame: Frame): void {
    if (!this.cameraIds.includes(frame.cameraId)) return;
    if (frame.lux < MIN_LUX_FOR_ARCHIVE) {
      this.dark++;
      return;
    }
    frameArchive.put(frame).then(
      () => {
        this.archived++;
      },
      () => {
        this.archiveErrors++;
      },
    );
  }

  async deploy(intervalSec: number): Promise<CameraStatus[]> {
    const ready: CameraStatus[] = [];
    for (const id of this.cameraIds) {
      await reefCameras.powerOn(id);
      const status = await pollUntil(
        () => reefCameras.status(id),
        (s) => s.state === 'ready' || s.state === 'fault',
        { intervalMs: 2_000, timeoutMs: 120_000 },
      );
      if (status.state === 'fault') continue;
      await reefCameras.startTimelapse(id, intervalSec);
      ready.push(status);
    }
    reefCameras.on('frame', this.onFrame);
    return ready;
  }

  retrieve(): { archived: number; dark: number; archiveErrors: number } {
    reefCameras.off('frame', this.onFrame);
    return { archived: this.archived, dark: this.dark, archiveErrors: this.archiveErrors };
  }
}
