// expect: none
// The capture promise handles both 'error' and 'close' from the acquisition process and a settled flag ensures only the first outcome counts.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface PressureSample {
  tapId: number;
  pascals: number;
  t: number;
}

export interface CaptureRequest {
  runId: string;
  taps: number[];
  durationSec: number;
  sampleHz: number;
}

const DAQ_BINARY = process.env.TUNNEL_DAQ_BIN ?? '/opt/tunnel/bin/daq-capture';

export function captureRun(req: CaptureRequest): Promise<PressureSample[]> {
  return new Promise<PressureSample[]>((resolve, reject) => {
    const child = spawn(DAQ_BINARY, [
      '--run', req.runId,
      '--taps', req.taps.join(','),
      '--seconds', String(req.durationSec),
      '--hz', String(req.sampleHz),
    ]);

    const samples: PressureSample[] = [];
    let stderr = '';
    let settled = false;

    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const [tap, pa, t] = line.split(',');
      if (tap === undefined || pa === undefined || t === undefined) return;
      samples.push({ tapId: Number(tap), pascals: Number(pa), t: Number(t) });
    });

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.once('error', (err) => {
      if (settled) return;
      settled = true;
      lines.close();
      reject(new Error(`could not start DAQ for run ${req.runId}: ${err.message}`));
    });

    child.once('close', (code) => {
      if (settled) return;
      settled = true;
      if (code === 0) {
        resolve(samples);
      } else {
        reject(new Error(`DAQ exited with ${code} for run ${req.runId}: ${stderr.trim()}`));
      }
    });
  });
}

export function meanPressureByTap(samples: PressureSample[]): Map<number, number> {
  const sums = new Map<number, { total: number; n: number }>();
  for (const s of samples) {
    const acc = sums.get(s.tapId) ?? { total: 0, n: 0 };
    acc.total += s.pascals;
    acc.n += 1;
    sums.set(s.tapId, acc);
  }
  const means = new Map<number, number>();
  for (const [tap, { total, n }] of sums) means.set(tap, total / n);
  return means;
}
