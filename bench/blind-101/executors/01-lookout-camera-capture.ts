// expect: none
// The capture promise listens to both the child's 'error' and 'close' events and routes them through one guarded finish(), so a failed spawn rejects and a normal exit resolves exactly once.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface TowerConfig {
  id: string;
  cameraHost: string;
  captureBinary: string;
  bearingDeg: number;
}

export interface CaptureResult {
  towerId: string;
  file: string;
  durationMs: number;
}

export function captureFrame(tower: TowerConfig, outDir: string): Promise<CaptureResult> {
  return new Promise<CaptureResult>((resolve, reject) => {
    const started = Date.now();
    const file = join(outDir, `${tower.id}-${started}.jpg`);
    const child = spawn(
      tower.captureBinary,
      ['--host', tower.cameraHost, '--bearing', String(tower.bearingDeg), '--out', file],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );

    let stderr = '';
    let finished = false;
    const finish = (err: Error | null): void => {
      if (finished) return;
      finished = true;
      if (err) {
        reject(err);
      } else {
        resolve({ towerId: tower.id, file, durationMs: Date.now() - started });
      }
    };

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 4096) stderr += chunk;
    });

    child.once('error', (err) => finish(err));
    child.once('close', (code, signal) => {
      if (code === 0) {
        finish(null);
      } else {
        const why = signal ? `signal ${signal}` : `exit code ${code}`;
        finish(new Error(`capture on ${tower.id} failed with ${why}: ${stderr.trim()}`));
      }
    });
  });
}

export class LookoutRotation {
  private readonly failures = new Map<string, number>();

  constructor(
    private readonly towers: TowerConfig[],
    private readonly outDir: string,
  ) {}

  async sweep(): Promise<CaptureResult[]> {
    const captured: CaptureResult[] = [];
    for (const tower of this.towers) {
      try {
        captured.push(await captureFrame(tower, this.outDir));
        this.failures.delete(tower.id);
      } catch (err) {
        const count = (this.failures.get(tower.id) ?? 0) + 1;
        this.failures.set(tower.id, count);
        console.warn(`[lookout] ${tower.id} capture failed (${count} in a row)`, err);
      }
    }
    return captured;
  }

  degradedTowers(threshold = 3): string[] {
    return [...this.failures].filter(([, n]) => n >= threshold).map(([id]) => id);
  }
}
