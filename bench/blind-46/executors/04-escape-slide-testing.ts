// expect: none
// runInflationRig listens for 'error' and 'close' on the child, guards with a settled flag and clears its watchdog.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface InflationSample {
  elapsedMs: number;
  pressureKpa: number;
}

export interface InflationResult {
  slideSerial: string;
  samples: InflationSample[];
  fullyDeployedMs: number | null;
  exitCode: number;
}

export interface RigOptions {
  rigBinary: string;
  bottleCharge: 'nominal' | 'cold-soak' | 'hot-soak';
  watchdogMs: number;
}

const DEPLOYED_KPA = 17.2;

function parseSample(line: string): InflationSample | undefined {
  const match = /^t=(\d+)\s+p=(\d+(?:\.\d+)?)$/.exec(line.trim());
  if (!match) return undefined;
  return { elapsedMs: Number(match[1]), pressureKpa: Number(match[2]) };
}

export function runInflationRig(slideSerial: string, options: RigOptions): Promise<InflationResult> {
  return new Promise<InflationResult>((resolve, reject) => {
    const child = spawn(options.rigBinary, ['--serial', slideSerial, '--charge', options.bottleCharge], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const samples: InflationSample[] = [];
    let stderr = '';
    let settled = false;

    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      fn();
    };

    const watchdog = setTimeout(() => {
      child.kill('SIGKILL');
      finish(() => reject(new Error(`rig for ${slideSerial} exceeded ${options.watchdogMs}ms`)));
    }, options.watchdogMs);

    createInterface({ input: child.stdout }).on('line', (line) => {
      const sample = parseSample(line);
      if (sample) samples.push(sample);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('error', (err) => finish(() => reject(err)));
    child.on('close', (code, signal) => {
      const exitCode = code ?? -1;
      if (exitCode !== 0) {
        finish(() => reject(new Error(`rig exited with ${code ?? signal}: ${stderr.trim()}`)));
        return;
      }
      const deployed = samples.find((s) => s.pressureKpa >= DEPLOYED_KPA);
      finish(() =>
        resolve({
          slideSerial,
          samples,
          fullyDeployedMs: deployed ? deployed.elapsedMs : null,
          exitCode,
        }),
      );
    });
  });
}

export interface CertificationVerdict {
  slideSerial: string;
  passed: boolean;
  reasons: string[];
}

export function certify(result: InflationResult, limitMs = 6_000): CertificationVerdict {
  const reasons: string[] = [];
  if (result.fullyDeployedMs === null) reasons.push('never reached deployment pressure');
  else if (result.fullyDeployedMs > limitMs) reasons.push(`deployed in ${result.fullyDeployedMs}ms (> ${limitMs}ms)`);
  const peak = Math.max(0, ...result.samples.map((s) => s.pressureKpa));
  if (peak > DEPLOYED_KPA * 1.5) reasons.push(`overpressure peak ${peak}kPa`);
  return { slideSerial: result.slideSerial, passed: reasons.length === 0, reasons };
}

export async function certifyBatch(serials: string[], options: RigOptions): Promise<CertificationVerdict[]> {
  const verdicts: CertificationVerdict[] = [];
  for (const serial of serials) {
    verdicts.push(certify(await runInflationRig(serial, options)));
  }
  return verdicts;
}
