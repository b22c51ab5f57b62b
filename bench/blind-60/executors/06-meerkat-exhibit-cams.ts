// expect: none
// onFrame fires per frame, but the executor guards with a settled flag, unsubscribes, clears its timer and also settles on onError, so it settles once on every path.
export interface Frame {
  camId: string;
  seq: number;
  keyframe: boolean;
  capturedAt: number;
  jpeg: Uint8Array;
}

export interface CamHandle {
  onFrame(listener: (frame: Frame) => void): () => void;
  onError(listener: (err: Error) => void): () => void;
  requestKeyframe(): void;
}

declare const cams: {
  open(camId: string): CamHandle;
};

declare const thumbnails: {
  put(key: string, jpeg: Uint8Array): Promise<void>;
};

export class KeyframeTimeoutError extends Error {
  constructor(readonly camId: string, readonly waitedMs: number) {
    super(`no keyframe from ${camId} after ${waitedMs}ms`);
    this.name = 'KeyframeTimeoutError';
  }
}

export function nextKeyframe(cam: CamHandle, camId: string, timeoutMs = 4_000): Promise<Frame> {
  return new Promise<Frame>((resolve, reject) => {
    let settled = false;
    let stopFrames: () => void = () => {};
    let stopErrors: () => void = () => {};

    const finish = (outcome: { frame: Frame } | { error: Error }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stopFrames();
      stopErrors();
      if ('frame' in outcome) resolve(outcome.frame);
      else reject(outcome.error);
    };

    const timer = setTimeout(
      () => finish({ error: new KeyframeTimeoutError(camId, timeoutMs) }),
      timeoutMs,
    );
    stopFrames = cam.onFrame((frame) => {
      if (frame.keyframe) finish({ frame });
    });
    stopErrors = cam.onError((error) => finish({ error }));
    if (settled) {
      // The SDK may replay a buffered frame synchronously during subscription.
      stopFrames();
      stopErrors();
      return;
    }

    cam.requestKeyframe();
  });
}

export async function refreshThumbnails(camIds: string[]): Promise<Map<string, number>> {
  const ages = new Map<string, number>();
  for (const camId of camIds) {
    const cam = cams.open(camId);
    try {
      const frame = await nextKeyframe(cam, camId);
      await thumbnails.put(`meerkats/${camId}/latest.jpg`, frame.jpeg);
      ages.set(camId, Date.now() - frame.capturedAt);
    } catch (err) {
      if (err instanceof KeyframeTimeoutError) {
        ages.set(camId, Number.POSITIVE_INFINITY);
        continue;
      }
      throw err;
    }
  }
  return ages;
}

export function staleCams(ages: Map<string, number>, maxAgeMs: number): string[] {
  return [...ages.entries()]
    .filter(([, age]) => age > maxAgeMs)
    .map(([camId]) => camId)
    .sort();
}
