// expect: no-multiple-settle
// The 'close' handler only resolves on exit code 0; a non-zero exit (a failed weld profile) just logs and settles nothing, so the promise hangs.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';

export type Joint = 'head-tube' | 'seat-cluster' | 'bottom-bracket' | 'dropout';

export interface WeldPass {
  joint: Joint;
  amps: number;
  travelMmPerSec: number;
}

export interface ProfileResult {
  frameId: string;
  passes: WeldPass[];
  warnings: string[];
  durationMs: number;
}

const SIM_BIN = process.env.WELDSIM_BIN ?? '/opt/weldsim/bin/weldsim';
const MAX_STDERR = 16_384;

function parseLine(line: string, passes: WeldPass[], warnings: string[]): void {
  if (line.startsWith('WARN ')) {
    warnings.push(line.slice(5).trim());
    return;
  }
  if (!line.startsWith('PASS ')) return;
  const [joint, amps, travel] = line.slice(5).trim().split(/\s+/);
  passes.push({
    joint: joint as Joint,
    amps: Number(amps),
    travelMmPerSec: Number(travel),
  });
}

export function runWeldProfile(
  frameId: string,
  profileDir: string,
  tubing: 'steel' | 'titanium',
): Promise<ProfileResult> {
  const started = Date.now();
  const profile = path.join(profileDir, `${frameId}.wps`);

  return new Promise<ProfileResult>((resolve, reject) => {
    const child = spawn(SIM_BIN, ['--profile', profile, '--material', tubing, '--machine-readable'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    const passes: WeldPass[] = [];
    const warnings: string[] = [];
    let stderr = '';

    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => parseLine(line, passes, warnings));

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      if (stderr.length > MAX_STDERR) stderr = stderr.slice(-MAX_STDERR);
    });

    child.once('error', (err) => {
      lines.close();
      reject(new Error(`could not start weldsim for ${frameId}: ${err.message}`));
    });

    child.once('close', (code, signal) => {
      lines.close();
      if (code === 0) {
        resolve({ frameId, passes, warnings, durationMs: Date.now() - started });
        return;
      }
      console.error(`weldsim exited with ${code ?? signal} for ${frameId}`, stderr.trim());
    });
  });
}

export async function runFrameBatch(
  frameIds: string[],
  profileDir: string,
  tubing: 'steel' | 'titanium',
): Promise<ProfileResult[]> {
  const results: ProfileResult[] = [];
  for (const id of frameIds) {
    const result = await runWeldProfile(id, profileDir, tubing);
    if (result.warnings.length > 0) {
      console.warn(`${id}: ${result.warnings.length} warning(s)`, result.warnings);
    }
    const cold = result.passes.filter((p) => tubing === 'titanium' ? p.amps < 60 : p.amps < 80);
    if (cold.length > 0) {
      console.warn(`${id}: ${cold.length} pass(es) below recommended amperage`);
    }
    results.push(result);
  }
  return results;
}
