// expect: none
// Each deferred capture is settled only through take(), which deletes the entry and clears its timer, and frame, camera error, disconnect and timeout all go through it.
import { EventEmitter } from 'node:events';

export interface FrameBundle {
  cameraId: string;
  triggerId: string;
  exposureMs: number;
  frames: Uint8Array[];
}

interface PendingCapture {
  cameraId: string;
  resolve: (bundle: FrameBundle) => void;
  reject: (reason: Error) => void;
  promise: Promise<FrameBundle>;
  timer: NodeJS.Timeout;
}

export class CaptureTimeoutError extends Error {
  constructor(readonly cameraId: string, readonly triggerId: string, timeoutMs: number) {
    super(`camera ${cameraId} did not return trigger ${triggerId} within ${timeoutMs}ms`);
  }
}

declare const stationLink: EventEmitter & {
  send(command: { type: 'capture'; cameraId: string; triggerId: string; exposureMs: number }): void;
};

export class CaptureCoordinator {
  private readonly pending = new Map<string, PendingCapture>();

  constructor(private readonly link: typeof stationLink, private readonly timeoutMs = 15_000) {
    link.on('frames', (bundle: FrameBundle) => this.handleFrames(bundle));
    link.on('camera-error', (cameraId: string, message: string) => this.handleCameraError(cameraId, message));
    link.on('close', () => this.handleDisconnect());
  }

  capture(cameraId: string, triggerId: string, exposureMs: number): Promise<FrameBundle> {
    const key = `${cameraId}:${triggerId}`;
    const existing = this.pending.get(key);
    if (existing) return existing.promise;

    const { promise, resolve, reject } = Promise.withResolvers<FrameBundle>();
    const timer = setTimeout(() => {
      this.take(key)?.reject(new CaptureTimeoutError(cameraId, triggerId, this.timeoutMs));
    }, this.timeoutMs);
    this.pending.set(key, { cameraId, resolve, reject, promise, timer });

    try {
      this.link.send({ type: 'capture', cameraId, triggerId, exposureMs });
    } catch (err) {
      this.take(key)?.reject(err instanceof Error ? err : new Error(String(err)));
    }
    return promise;
  }

  get inFlight(): number {
    return this.pending.size;
  }

  private handleFrames(bundle: FrameBundle): void {
    const entry = this.take(`${bundle.cameraId}:${bundle.triggerId}`);
    entry?.resolve(bundle);
  }

  private handleCameraError(cameraId: string, message: string): void {
    for (const [key, entry] of [...this.pending]) {
      if (entry.cameraId !== cameraId) continue;
      this.take(key)?.reject(new Error(`camera ${cameraId}: ${message}`));
    }
  }

  private handleDisconnect(): void {
    for (const key of [...this.pending.keys()]) {
      this.take(key)?.reject(new Error('station link closed with captures outstanding'));
    }
  }

  private take(key: string): PendingCapture | undefined {
    const entry = this.pending.get(key);
    if (!entry) return undefined;
    this.pending.delete(key);
    clearTimeout(entry.timer);
    return entry;
  }
}

export async function captureFireball(
  coordinator: CaptureCoordinator,
  cameraIds: readonly string[],
  triggerId: string,
): Promise<FrameBundle[]> {
  return Promise.all(cameraIds.map((cameraId) => coordinator.capture(cameraId, triggerId, 40)));
}
