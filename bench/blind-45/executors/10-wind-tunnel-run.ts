// expect: none
// 'line' fires many times but only accumulates; the promise settles once through a guarded finish() on 'error' or 'close', and the watchdog is cleared.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface BalanceSample {
  tMs: number;
  liftN: number;
  dragN: number;
  pitchingMomentNm: number;
}

export interface TunnelRun {
  modelId: string;
  airspeedMs: number;
  angleOfAttackDeg: number;
  samples: BalanceSample[];
}

declare const tunnelConfig: {
  daqBinary: string;
  balanceChannel: number;
};

function parseSample(line: string): BalanceSample | undefined {
  const parts = line.trim().split(/\s+/);
  if (parts.length !== 4 || parts[0].startsWith('#')) return undefined;
  const [t, lift, drag, moment] = parts.map(Number);
  if ([t, lift, drag, moment].some(Number.isNaN)) return undefined;
  return { tMs: t, liftN: lift, dragN: drag, pitchingMomentNm: moment };
}

export function acquireRun(
  modelId: string,
  airspeedMs: number,
  angleOfAttackDeg: number,
  durationS: number,
): Promise<TunnelRun> {
  return new Promise<TunnelRun>((resolve, reject) => {
    const samples: BalanceSample[] = [];
    const daq = spawn(tunnelConfig.daqBinary, [
      '--channel', String(tunnelConfig.balanceChannel),
      '--duration', String(durationS),
      '--format', 'ascii',
    ]);

    let settled = false;
    const finish = (err: Error | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      if (err) {
        reject(err);
      } else {
        resolve({ modelId, airspeedMs, angleOfAttackDeg, samples });
      }
    };

    const watchdog = setTimeout(() => {
      daq.kill('SIGTERM');
      finish(new Error(`DAQ for ${modelId} ran past ${durationS + 10}s; killed`));
    }, (durationS + 10) * 1000);

    const lines = createInterface({ input: daq.stdout });
    lines.on('line', (line) => {
      const sample = parseSample(line);
      if (sample) samples.push(sample);
    });

    daq.on('error', (err) => finish(err));
    daq.on('close', (code, signal) => {
      if (code === 0) {
        finish(null);
      } else {
        finish(new Error(`DAQ exited with ${signal ?? `code ${code}`}`));
      }
    });
  });
}

export function coefficients(run: TunnelRun, referenceAreaM2: number, airDensity = 1.225) {
  const q = 0.5 * airDensity * run.airspeedMs ** 2;
  const n = run.samples.length || 1;
  const meanLift = run.samples.reduce((s, x) => s + x.liftN, 0) / n;
  const meanDrag = run.samples.reduce((s, x) => s + x.dragN, 0) / n;
  return {
    cl: meanLift / (q * referenceAreaM2),
    cd: meanDrag / (q * referenceAreaM2),
    liftToDrag: meanDrag === 0 ? Infinity : meanLift / meanDrag,
  };
}
