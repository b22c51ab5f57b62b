// expect: none
// `offsets` and `rejected` are filled by event callbacks but read only after `await finished` (once(correlator, 'done'), which also rejects on 'error'); the correlator emits every 'offset' before 'done'.
import { EventEmitter, once } from 'node:events';

export interface PhaseOffset {
  antenna: string;
  band: 'L' | 'S' | 'C' | 'X';
  phaseDeg: number;
  delayNs: number;
}

export interface CalibrationRun {
  source: string;
  offsets: PhaseOffset[];
  worstDelayNs: number;
  rejected: string[];
}

interface Correlator extends EventEmitter {
  startCalibration(source: string, antennas: string[]): void;
}

declare function connectCorrelator(host: string): Correlator;

/**
 * Runs a phase calibration on a bright quasar. The correlator reports one
 * 'offset' event per antenna/band and then 'done'.
 */
export async function calibrate(host: string, source: string, antennas: string[]): Promise<CalibrationRun> {
  const correlator = connectCorrelator(host);
  const offsets: PhaseOffset[] = [];
  const rejected = new Set<string>();

  const onOffset = (offset: PhaseOffset) => {
    if (Math.abs(offset.delayNs) > 50) {
      rejected.add(offset.antenna);
      return;
    }
    offsets.push(offset);
  };
  const onFlag = (antenna: string) => rejected.add(antenna);

  correlator.on('offset', onOffset);
  correlator.on('flag', onFlag);
  const finished = once(correlator, 'done');

  try {
    correlator.startCalibration(source, antennas);
    await finished;
  } finally {
    correlator.off('offset', onOffset);
    correlator.off('flag', onFlag);
  }

  const usable = offsets.filter((o) => !rejected.has(o.antenna));
  const worstDelayNs = usable.reduce((worst, o) => Math.max(worst, Math.abs(o.delayNs)), 0);
  return { source, offsets: usable, worstDelayNs, rejected: [...rejected].sort() };
}

export function formatRun(run: CalibrationRun): string {
  const lines = [`Calibration on ${run.source}: worst delay ${run.worstDelayNs.toFixed(2)} ns`];
  for (const o of run.offsets) {
    lines.push(`  ${o.antenna.padEnd(6)} ${o.band}  ${o.phaseDeg.toFixed(1).padStart(7)}°  ${o.delayNs.toFixed(2)} ns`);
  }
  if (run.rejected.length) lines.push(`  flagged: ${run.rejected.join(', ')}`);
  return lines.join('\n');
}
