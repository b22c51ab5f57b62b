// expect: none
// lastFrame and strikes are written by event listeners but read only after awaiting the 'sweep-complete' event that follows those writes.
import { EventEmitter, once } from 'node:events';

export interface CameraFrame {
  bearingDeg: number;
  smokeScore: number;
  capturedAt: number;
}

export interface LightningStrike {
  lat: number;
  lon: number;
  kiloAmps: number;
}

export interface ShiftReport {
  towerId: string;
  framesReviewed: number;
  maxSmoke?: CameraFrame;
  strikesInRange: number;
  summary: string;
}

interface LookoutCamera extends EventEmitter {
  beginSweep(stepDeg: number): void;
}

declare const lightningFeed: EventEmitter;
declare const reportArchive: { save(report: ShiftReport): Promise<void> };

export async function compileSweepReport(
  towerId: string,
  camera: LookoutCamera,
  inRange: (s: LightningStrike) => boolean,
): Promise<ShiftReport> {
  let framesReviewed = 0;
  let maxSmoke: CameraFrame | undefined;
  let strikesInRange = 0;

  const onFrame = (frame: CameraFrame) => {
    framesReviewed++;
    if (!maxSmoke || frame.smokeScore > maxSmoke.smokeScore) maxSmoke = frame;
  };
  const onStrike = (strike: LightningStrike) => {
    if (inRange(strike)) strikesInRange++;
  };

  camera.on('frame', onFrame);
  lightningFeed.on('strike', onStrike);
  try {
    const done = once(camera, 'sweep-complete');
    camera.beginSweep(10);
    await done;
  } finally {
    camera.off('frame', onFrame);
    lightningFeed.off('strike', onStrike);
  }

  const smokeNote =
    maxSmoke && maxSmoke.smokeScore >= 0.5
      ? `possible smoke at bearing ${maxSmoke.bearingDeg}° (score ${maxSmoke.smokeScore.toFixed(2)})`
      : 'no smoke observed';
  const report: ShiftReport = {
    towerId,
    framesReviewed,
    maxSmoke,
    strikesInRange,
    summary: `${framesReviewed} frames, ${smokeNote}, ${strikesInRange} lightning strikes in range`,
  };
  await reportArchive.save(report);
  return report;
}
