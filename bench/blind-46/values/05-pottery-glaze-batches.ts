// expect: none
// Values filled by the readline 'line' callback are read only after await once(rl, 'close') (which rejects on input errors), i.e. after every line arrived.
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface KilnLogPoint {
  minute: number;
  tempC: number;
  segment: number;
}

export interface FiringAnalysis {
  batchId: string;
  peakC: number;
  minutesAtPeak: number;
  coolingRateCPerHour: number;
  segmentsSeen: number[];
  reachedCone: boolean;
}

const CONE_PEAK_C: Record<6 | 10, number> = { 6: 1222, 10: 1285 };

function parseLine(line: string): KilnLogPoint | undefined {
  const [minute, temp, segment] = line.split('\t');
  if (!minute || !temp || !segment || Number.isNaN(Number(minute))) return undefined;
  return { minute: Number(minute), tempC: Number(temp), segment: Number(segment) };
}

export async function analyseFiringLog(batchId: string, logPath: string, cone: 6 | 10): Promise<FiringAnalysis> {
  const points: KilnLogPoint[] = [];
  const segments = new Set<number>();
  let malformed = 0;

  const input = createReadStream(logPath, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });
  rl.on('line', (line) => {
    if (line.startsWith('#')) return;
    const point = parseLine(line);
    if (!point) {
      malformed += 1;
      return;
    }
    points.push(point);
    segments.add(point.segment);
  });
  await once(rl, 'close');

  if (points.length === 0) throw new Error(`firing log for ${batchId} has no readings (${malformed} malformed lines)`);
  const peakC = Math.max(...points.map((p) => p.tempC));
  const nearPeak = points.filter((p) => p.tempC >= peakC - 5);
  const minutesAtPeak = nearPeak.length > 1 ? nearPeak[nearPeak.length - 1].minute - nearPeak[0].minute : 0;

  const peakIndex = points.findIndex((p) => p.tempC === peakC);
  const cooling = points.slice(peakIndex).filter((p) => p.tempC >= peakC - 300);
  const last = cooling[cooling.length - 1];
  const coolingRateCPerHour =
    last && last.minute > points[peakIndex].minute
      ? ((peakC - last.tempC) / (last.minute - points[peakIndex].minute)) * 60
      : 0;

  return {
    batchId,
    peakC,
    minutesAtPeak,
    coolingRateCPerHour: Math.round(coolingRateCPerHour),
    segmentsSeen: [...segments].sort((a, b) => a - b),
    reachedCone: peakC >= CONE_PEAK_C[cone] - 8,
  };
}

export function crazingRisk(analysis: FiringAnalysis): 'low' | 'moderate' | 'high' {
  if (analysis.coolingRateCPerHour > 250) return 'high';
  if (analysis.coolingRateCPerHour > 150 || analysis.minutesAtPeak < 5) return 'moderate';
  return 'low';
}
