// expect: no-multiple-settle
// The 'close' handler settles only when the exit code is 0; a rig that exits non-zero (sample slipped, overload abort) resolves and rejects nothing, so the batch waits forever.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface TensileResult {
  sampleId: string;
  fibre: 'manila' | 'hemp' | 'sisal' | 'polyester';
  diameterMm: number;
  breakingLoadKn: number;
  elongationPct: number;
  samples: number;
}

export interface RigOptions {
  rigBinary?: string;
  maxLoadKn?: number;
  onProgress?: (loadKn: number) => void;
}

export function runTensileTest(
  sampleId: string,
  fibre: TensileResult['fibre'],
  diameterMm: number,
  opts: RigOptions = {},
): Promise<TensileResult> {
  const bin = opts.rigBinary ?? 'tensile-rig';
  const maxLoad = opts.maxLoadKn ?? 120;

  return new Promise<TensileResult>((resolve, reject) => {
    const child = spawn(bin, ['run', '--sample', sampleId, '--max-load', String(maxLoad)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });

    const lines = createInterface({ input: child.stdout });
    let peak = 0;
    let elongation = 0;
    let count = 0;

    lines.on('line', (line) => {
      const [kind, value] = line.split('\t');
      if (kind === 'LOAD') {
        const load = Number(value);
        count++;
        if (load > peak) peak = load;
        opts.onProgress?.(load);
      } else if (kind === 'ELONG') {
        elongation = Number(value);
      }
    });

    child.once('error', (err) => reject(new Error(`cannot start ${bin}: ${err.message}`)));

    child.once('close', (code) => {
      if (code === 0) {
        resolve({
          sampleId,
          fibre,
          diameterMm,
          breakingLoadKn: peak,
          elongationPct: elongation,
          samples: count,
        });
      }
    });
  });
}

export async function certifyBatch(
  batch: Array<{ sampleId: string; fibre: TensileResult['fibre']; diameterMm: number }>,
  minimumKn: number,
): Promise<{ passed: TensileResult[]; failed: TensileResult[] }> {
  const passed: TensileResult[] = [];
  const failed: TensileResult[] = [];
  for (const s of batch) {
    const result = await runTensileTest(s.sampleId, s.fibre, s.diameterMm, {
      onProgress: (kn) => process.stdout.write(`\r${s.sampleId}: ${kn.toFixed(1)} kN   `),
    });
    process.stdout.write('\n');
    (result.breakingLoadKn >= minimumKn ? passed : failed).push(result);
  }
  return { passed, failed };
}
