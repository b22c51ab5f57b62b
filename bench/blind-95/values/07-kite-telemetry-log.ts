// expect: none
// The counters are written by the stream's 'data' listener but only read after `await finished(stream)`, by which point every chunk has been delivered, so the flight summary is complete.
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';

export interface FlightSummary {
  kite: string;
  samples: number;
  maxAltitudeM: number;
  maxLineTensionN: number;
  loops: number;
  durationS: number;
}

interface Sample {
  t: number;
  altitudeM: number;
  tensionN: number;
  headingDeg: number;
}

function decode(line: string): Sample | null {
  const parts = line.split(',').map(Number);
  if (parts.length !== 4 || parts.some((n) => Number.isNaN(n))) return null;
  const [t, altitudeM, tensionN, headingDeg] = parts as [number, number, number, number];
  return { t, altitudeM, tensionN, headingDeg };
}

export async function summariseFlight(kite: string, telemetry: Readable): Promise<FlightSummary> {
  let samples = 0;
  let maxAltitudeM = 0;
  let maxLineTensionN = 0;
  let headingTurned = 0;
  let firstT: number | undefined;
  let lastT = 0;
  let prevHeading: number | undefined;
  let carry = '';

  telemetry.setEncoding('utf8');
  telemetry.on('data', (chunk: string) => {
    const lines = (carry + chunk).split('\n');
    carry = lines.pop() ?? '';
    for (const line of lines) {
      const s = decode(line.trim());
      if (!s) continue;
      samples += 1;
      firstT ??= s.t;
      lastT = s.t;
      maxAltitudeM = Math.max(maxAltitudeM, s.altitudeM);
      maxLineTensionN = Math.max(maxLineTensionN, s.tensionN);
      if (prevHeading !== undefined) {
        const delta = ((s.headingDeg - prevHeading + 540) % 360) - 180;
        headingTurned += delta;
      }
      prevHeading = s.headingDeg;
    }
  });

  await finished(telemetry);

  return {
    kite,
    samples,
    maxAltitudeM,
    maxLineTensionN,
    loops: Math.floor(Math.abs(headingTurned) / 360),
    durationS: firstT === undefined ? 0 : (lastT - firstT) / 1000,
  };
}
