// expect: none
// The scan promise settles exactly once through a guarded finish() helper that covers spawn errors, non-zero exits and the watchdog, and the watchdog is cleared on every path.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface CoreSegment {
  coreId: string;
  topDepthM: number;
  bottomDepthM: number;
}

export interface ScanResult {
  segment: CoreSegment;
  layerCount: number;
  meanDensity: number;
  warnings: string[];
}

export interface ScannerOptions {
  binary: string;
  timeoutMs: number;
}

interface ScannerRecord {
  kind: 'layer' | 'warning' | 'progress';
  density?: number;
  message?: string;
}

export function scanSegment(segment: CoreSegment, opts: ScannerOptions): Promise<ScanResult> {
  return new Promise<ScanResult>((resolve, reject) => {
    const child = spawn(
      opts.binary,
      ['--core', segment.coreId, '--from', segment.topDepthM.toFixed(3), '--to', segment.bottomDepthM.toFixed(3), '--format', 'ndjson'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );

    const densities: number[] = [];
    const warnings: string[] = [];
    let stderr = '';
    let done = false;

    const lines = createInterface({ input: child.stdout });

    const finish = (err: Error | null, result?: ScanResult) => {
      if (done) return;
      done = true;
      clearTimeout(watchdog);
      lines.close();
      if (err) reject(err);
      else resolve(result!);
    };

    const watchdog = setTimeout(() => {
      child.kill('SIGKILL');
      finish(new Error(`scanner timed out after ${opts.timeoutMs}ms on ${segment.coreId}`));
    }, opts.timeoutMs);

    lines.on('line', (line) => {
      if (!line.trim()) return;
      try {
        const rec = JSON.parse(line) as ScannerRecord;
        if (rec.kind === 'layer' && typeof rec.density === 'number') densities.push(rec.density);
        else if (rec.kind === 'warning' && rec.message) warnings.push(rec.message);
      } catch {
        warnings.push(`unparseable scanner line: ${line.slice(0, 80)}`);
      }
    });

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('error', (err) => finish(err));
    child.on('close', (code, signal) => {
      if (code !== 0) {
        finish(new Error(`scanner exited with ${code ?? signal}: ${stderr.trim().slice(0, 200)}`));
        return;
      }
      const meanDensity = densities.length ? densities.reduce((a, b) => a + b, 0) / densities.length : 0;
      finish(null, { segment, layerCount: densities.length, meanDensity, warnings });
    });
  });
}

export async function scanCore(coreId: string, lengthM: number, segmentM: number, opts: ScannerOptions): Promise<ScanResult[]> {
  const results: ScanResult[] = [];
  for (let top = 0; top < lengthM; top += segmentM) {
    const bottom = Math.min(lengthM, top + segmentM);
    // The scanner holds an exclusive lock on the X-ray bench, so segments run one at a time.
    results.push(await scanSegment({ coreId, topDepthM: top, bottomDepthM: bottom }, opts));
  }
  return results;
}
