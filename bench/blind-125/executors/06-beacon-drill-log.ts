// expect: none
// The readline-based loader settles through a single once-only finish function reached from the interface's 'error' and 'close' events, so it settles exactly once on every path.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface BeaconFix {
  t: number;
  distanceM: number;
  bearingDeg: number;
}

export interface DrillTrace {
  file: string;
  victimId: string;
  fixes: BeaconFix[];
  rejectedLines: number;
}

function parseFix(line: string): BeaconFix | undefined {
  const parts = line.split(',');
  if (parts.length !== 3) return undefined;
  const [t, d, b] = parts.map(Number);
  if (![t, d, b].every(Number.isFinite)) return undefined;
  return { t, distanceM: d, bearingDeg: b };
}

export function loadDrillTrace(file: string, victimId: string): Promise<DrillTrace> {
  return new Promise<DrillTrace>((resolve, reject) => {
    const input = createReadStream(file, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    const fixes: BeaconFix[] = [];
    let rejectedLines = 0;
    let failure: Error | undefined;
    let finished = false;

    const finish = (): void => {
      if (finished) return;
      finished = true;
      if (failure) {
        reject(failure);
      } else {
        fixes.sort((a, b) => a.t - b.t);
        resolve({ file, victimId, fixes, rejectedLines });
      }
    };

    rl.on('line', (line) => {
      if (line.startsWith('#') || line.trim() === '') return;
      const fix = parseFix(line);
      if (fix) fixes.push(fix);
      else rejectedLines++;
    });

    // readline re-emits input stream errors on the interface itself.
    rl.on('error', (err: Error) => {
      failure = new Error(`cannot read drill trace ${file}: ${err.message}`);
      rl.close();
      finish();
    });

    rl.on('close', finish);
  });
}

export function timeToProbe(trace: DrillTrace, probeRadiusM = 3): number | undefined {
  const first = trace.fixes[0];
  const close = trace.fixes.find((f) => f.distanceM <= probeRadiusM);
  if (!first || !close) return undefined;
  return close.t - first.t;
}
