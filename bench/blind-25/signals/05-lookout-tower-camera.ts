// expect: none
// The sweep loop passes its signal to the interval iterator, fetch and the classifier, and rethrows once the signal has aborted instead of logging and continuing.
import { setInterval as every } from 'node:timers/promises';

export interface TowerCamera {
  towerId: string;
  snapshotUrl: string;
  presets: number[];
}

export interface SmokeDetection {
  towerId: string;
  preset: number;
  confidence: number;
  capturedAt: string;
}

declare const smokeClassifier: {
  score(image: ArrayBuffer, opts: { signal?: AbortSignal }): Promise<number>;
};

declare function reportDetection(detection: SmokeDetection): void;
declare function logCameraFault(towerId: string, preset: number, err: unknown): void;

const CONFIDENCE_THRESHOLD = 0.82;

async function captureFrame(camera: TowerCamera, preset: number, signal: AbortSignal): Promise<ArrayBuffer> {
  const url = `${camera.snapshotUrl}?preset=${preset}&quality=high`;
  const res = await fetch(url, { signal, cache: 'no-store' });
  if (!res.ok) {
    throw new Error(`tower ${camera.towerId} preset ${preset}: HTTP ${res.status}`);
  }
  return res.arrayBuffer();
}

async function sweepOnce(camera: TowerCamera, signal: AbortSignal): Promise<number> {
  let alerts = 0;
  for (const preset of camera.presets) {
    try {
      const frame = await captureFrame(camera, preset, signal);
      const confidence = await smokeClassifier.score(frame, { signal });
      if (confidence >= CONFIDENCE_THRESHOLD) {
        alerts += 1;
        reportDetection({
          towerId: camera.towerId,
          preset,
          confidence,
          capturedAt: new Date().toISOString(),
        });
      }
    } catch (err) {
      if (signal.aborted) throw err;
      // A single fogged or unreachable preset should not stop the sweep.
      logCameraFault(camera.towerId, preset, err);
    }
  }
  return alerts;
}

export async function runLookout(
  camera: TowerCamera,
  opts: { periodMs: number; signal: AbortSignal },
): Promise<void> {
  const { periodMs, signal } = opts;
  await sweepOnce(camera, signal);
  for await (const _tick of every(periodMs, undefined, { signal })) {
    const alerts = await sweepOnce(camera, signal);
    if (alerts > 0) {
      console.info(`[${camera.towerId}] ${alerts} preset(s) flagged this sweep`);
    }
  }
}
