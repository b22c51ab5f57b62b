// expect: no-multiple-settle
// runRamp resolves on a clean exit and rejects on spawn errors, but a non-zero exit code from kilnctl settles nothing, so the caller hangs.
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';

export interface RampSegment {
  targetC: number;
  ratePerHour: number;
  holdMinutes: number;
}

export interface RampResult {
  kilnId: string;
  peakC: number;
  durationMinutes: number;
  segmentsCompleted: number;
}

export interface KilnOptions {
  binary?: string;
  device: string;
  dryRun?: boolean;
}

const DEFAULT_BINARY = '/usr/local/bin/kilnctl';

function encodeSchedule(segments: RampSegment[]): string {
  return segments
    .map((s) => `${s.targetC}:${s.ratePerHour}:${s.holdMinutes}`)
    .join(',');
}

function parseSummary(kilnId: string, stdout: string): RampResult {
  const line = stdout
    .split('\n')
    .map((l) => l.trim())
    .reverse()
    .find((l) => l.startsWith('SUMMARY '));
  if (!line) {
    throw new Error(`kilnctl produced no summary for ${kilnId}`);
  }
  const [, peak, minutes, segments] = line.split(' ');
  return {
    kilnId,
    peakC: Number(peak),
    durationMinutes: Number(minutes),
    segmentsCompleted: Number(segments),
  };
}

export class KilnController extends EventEmitter {
  private readonly binary: string;

  constructor(private readonly kilnId: string, private readonly opts: KilnOptions) {
    super();
    this.binary = opts.binary ?? DEFAULT_BINARY;
  }

  runRamp(segments: RampSegment[]): Promise<RampResult> {
    if (segments.length === 0) {
      return Promise.reject(new Error('empty firing schedule'));
    }
    const args = ['--device', this.opts.device, '--schedule', encodeSchedule(segments)];
    if (this.opts.dryRun) args.push('--dry-run');

    return new Promise<RampResult>((resolve, reject) => {
      const child = spawn(this.binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';

      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        for (const line of chunk.split('\n')) {
          if (line.startsWith('TEMP ')) {
            this.emit('temperature', Number(line.slice(5)));
          }
        }
      });
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => {
        stderr += chunk;
      });

      child.on('error', (err) => {
        reject(new Error(`could not start kilnctl for ${this.kilnId}: ${err.message}`));
      });

      child.on('close', (code) => {
        if (code === 0) {
          try {
            resolve(parseSummary(this.kilnId, stdout));
          } catch (err) {
            reject(err);
          }
        }
        if (stderr) {
          this.emit('diagnostics', stderr.trim());
        }
      });
    });
  }
}

export async function fireBatch(
  controllers: KilnController[],
  schedule: RampSegment[],
): Promise<RampResult[]> {
  const results: RampResult[] = [];
  for (const controller of controllers) {
    results.push(await controller.runRamp(schedule));
  }
  return results;
}
