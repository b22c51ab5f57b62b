// expect: none
// lastAltitude and frameId are assigned in interval/camera callbacks but only read inside those callbacks or after awaiting the promise that those callbacks settle.
import { setTimeout as delay } from 'node:timers/promises';

export interface Target {
  name: string;
  raDeg: number;
  decDeg: number;
}

declare const mount: {
  slewTo(raDeg: number, decDeg: number): void;
  altitudeDeg(): number;
  isTracking(): boolean;
  abortSlew(): void;
};
declare const camera: {
  startExposure(seconds: number, cb: (err: Error | null, frameId?: string) => void): void;
  frameReady(frameId: string): boolean;
};

const MIN_ALTITUDE_DEG = 20;

function waitForTracking(timeoutMs: number, signal?: AbortSignal): Promise<number> {
  return new Promise((resolve, reject) => {
    let lastAltitude = Number.NaN;
    const started = Date.now();

    const poll = setInterval(() => {
      lastAltitude = mount.altitudeDeg();
      if (mount.isTracking()) {
        clearInterval(poll);
        resolve(lastAltitude);
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(poll);
        mount.abortSlew();
        reject(new Error(`slew timed out at altitude ${lastAltitude.toFixed(1)}°`));
      }
    }, 250);

    signal?.addEventListener('abort', () => {
      clearInterval(poll);
      mount.abortSlew();
      reject(signal.reason);
    }, { once: true });
  });
}

export async function observe(target: Target, exposureSeconds: number, signal?: AbortSignal): Promise<string> {
  mount.slewTo(target.raDeg, target.decDeg);
  const altitude = await waitForTracking(90_000, signal);
  if (altitude < MIN_ALTITUDE_DEG) {
    throw new Error(`${target.name} is too low (${altitude.toFixed(1)}°) for a clean exposure`);
  }

  // let the mount settle before opening the shutter
  await delay(2_000, undefined, { signal });

  let frameId: string | undefined;
  await new Promise<void>((resolve, reject) => {
    camera.startExposure(exposureSeconds, (err, id) => {
      if (err) return reject(err);
      frameId = id;
      resolve();
    });
  });
  if (!frameId) throw new Error('camera did not start an exposure');

  while (!camera.frameReady(frameId)) {
    await delay(500, undefined, { signal });
  }
  return frameId;
}

export async function observeQueue(targets: Target[], exposureSeconds: number): Promise<Map<string, string>> {
  const controller = new AbortController();
  const nightEnds = setTimeout(() => controller.abort(new Error('astronomical dawn')), 6 * 3600_000);
  const frames = new Map<string, string>();
  try {
    for (const t of targets) {
      frames.set(t.name, await observe(t, exposureSeconds, controller.signal));
    }
  } finally {
    clearTimeout(nightEnds);
  }
  return frames;
}
