// expect: no-multiple-settle
// The async 'reading' listener awaits the archive write before it decides to resolve, so a failed write escapes as a rejected listener promise and the inundation promise never settles.
import { EventEmitter } from 'node:events';

export interface GaugeReading {
  stationId: string;
  levelCm: number; // relative to the marsh platform datum
  salinityPsu: number;
  at: Date;
}

export interface ReadingArchive {
  append(reading: GaugeReading): Promise<void>;
}

export interface TideGauge extends EventEmitter {
  readonly stationId: string;
  start(): void;
  stop(): void;
}

export interface InundationEvent {
  stationId: string;
  peakCm: number;
  firstOverAt: Date;
  readings: number;
}

export function waitForInundation(
  gauge: TideGauge,
  archive: ReadingArchive,
  platformCm: number,
): Promise<InundationEvent> {
  return new Promise<InundationEvent>((resolve, reject) => {
    let count = 0;
    let peak = -Infinity;

    const stopAll = () => {
      gauge.off('reading', onReading);
      gauge.off('fault', onFault);
      gauge.stop();
    };

    const onFault = (err: Error) => {
      stopAll();
      reject(err);
    };

    const onReading = async (reading: GaugeReading) => {
      count += 1;
      peak = Math.max(peak, reading.levelCm);
      await archive.append(reading);
      if (reading.levelCm >= platformCm) {
        stopAll();
        resolve({ stationId: gauge.stationId, peakCm: peak, firstOverAt: reading.at, readings: count });
      }
    };

    gauge.on('reading', onReading);
    gauge.once('fault', onFault);
    gauge.start();
  });
}

export interface HydroperiodSummary {
  stationId: string;
  floodedTides: number;
  meanPeakCm: number;
  longestGapDays: number;
}

export function summariseHydroperiod(stationId: string, events: InundationEvent[]): HydroperiodSummary {
  const sorted = [...events].sort((a, b) => a.firstOverAt.getTime() - b.firstOverAt.getTime());
  let longestGap = 0;
  for (let i = 1; i < sorted.length; i++) {
    const gap = (sorted[i].firstOverAt.getTime() - sorted[i - 1].firstOverAt.getTime()) / 86_400_000;
    longestGap = Math.max(longestGap, gap);
  }
  const meanPeak = sorted.length ? sorted.reduce((s, e) => s + e.peakCm, 0) / sorted.length : 0;
  return {
    stationId,
    floodedTides: sorted.length,
    meanPeakCm: Math.round(meanPeak * 10) / 10,
    longestGapDays: Math.round(longestGap * 100) / 100,
  };
}
