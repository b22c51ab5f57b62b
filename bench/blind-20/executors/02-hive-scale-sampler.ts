// expect: none
// Each stableWeight deferred settles through cleanup-then-settle on exactly one of frame/error/close/timeout/send-failure, with all listeners and the timer removed.
import { EventEmitter } from 'node:events';

export interface ScaleFrame {
  hiveId: string;
  grams: number;
  tempC: number;
  at: number;
}

interface ScaleLink extends EventEmitter {
  send(command: string): void;
}

declare function openScaleLink(device: string): ScaleLink;

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export class HiveScaleSampler {
  private readonly link: ScaleLink;

  constructor(
    device: string,
    private readonly toleranceGrams = 15,
    private readonly windowSize = 5,
  ) {
    this.link = openScaleLink(device);
  }

  stableWeight(hiveId: string, timeoutMs = 20_000): Promise<ScaleFrame> {
    const d = deferred<ScaleFrame>();
    const window: number[] = [];

    const cleanup = () => {
      clearTimeout(timer);
      this.link.off('frame', onFrame);
      this.link.off('error', onError);
      this.link.off('close', onClose);
    };

    const onFrame = (frame: ScaleFrame) => {
      if (frame.hiveId !== hiveId) return;
      window.push(frame.grams);
      if (window.length > this.windowSize) window.shift();
      if (window.length < this.windowSize) return;
      if (Math.max(...window) - Math.min(...window) > this.toleranceGrams) return;
      cleanup();
      d.resolve({ ...frame, grams: Math.round(mean(window)) });
    };
    const onError = (err: Error) => {
      cleanup();
      d.reject(err);
    };
    const onClose = () => {
      cleanup();
      d.reject(new Error(`scale link closed while weighing ${hiveId}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      d.reject(new Error(`hive ${hiveId} did not stabilise within ${timeoutMs}ms`));
    }, timeoutMs);

    this.link.on('frame', onFrame);
    this.link.on('error', onError);
    this.link.on('close', onClose);

    try {
      this.link.send(`STREAM ${hiveId}`);
    } catch (err) {
      cleanup();
      d.reject(err);
    }

    return d.promise.finally(() => {
      // the link may already be gone if it closed on us
      try {
        this.link.send('STOP');
      } catch {
        /* ignore */
      }
    });
  }

  async weighApiary(hiveIds: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const id of hiveIds) {
      const frame = await this.stableWeight(id);
      out.set(id, frame.grams);
    }
    return out;
  }
}
