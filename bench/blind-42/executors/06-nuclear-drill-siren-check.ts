// expect: none
// runDrillScript handles both 'error' and 'close' behind a settled guard, and the kill timer is cleared, so it settles exactly once.
import { spawn } from 'node:child_process';

export interface DrillScriptResult {
  script: string;
  exitCode: number;
  durationMs: number;
  stdout: string;
}

export class DrillScriptError extends Error {
  constructor(
    readonly script: string,
    readonly exitCode: number | null,
    readonly signal: NodeJS.Signals | null,
    readonly stderr: string,
  ) {
    super(`drill script ${script} failed (code=${exitCode}, signal=${signal}): ${stderr.trim().slice(0, 200)}`);
    this.name = 'DrillScriptError';
  }
}

declare const drillConfig: {
  scriptDir: string;
  operatorBadge: string;
  scriptTimeoutMs: number;
};

export function runDrillScript(script: string, args: string[] = []): Promise<DrillScriptResult> {
  const started = Date.now();
  return new Promise<DrillScriptResult>((resolve, reject) => {
    const child = spawn(`${drillConfig.scriptDir}/${script}`, args, {
      env: { ...process.env, DRILL_OPERATOR: drillConfig.operatorBadge, DRILL_MODE: 'exercise' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    let stdout = '';
    let stderr = '';
    let settled = false;

    const timer = setTimeout(() => {
      // The 'close' handler below reports the resulting SIGTERM as a failure.
      child.kill('SIGTERM');
    }, drillConfig.scriptTimeoutMs);

    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };

    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('error', (err) => {
      settle(() => reject(err));
    });

    child.on('close', (code, signal) => {
      settle(() => {
        if (code === 0) {
          resolve({ script, exitCode: 0, durationMs: Date.now() - started, stdout });
        } else {
          reject(new DrillScriptError(script, code, signal, stderr));
        }
      });
    });
  });
}

export async function sirenAudibilityDrill(zones: string[]): Promise<DrillScriptResult[]> {
  const results: DrillScriptResult[] = [];
  await runDrillScript('arm-sirens.sh', ['--test-tone']);
  try {
    for (const zone of zones) {
      results.push(await runDrillScript('sound-zone.sh', ['--zone', zone, '--seconds', '15']));
    }
  } finally {
    await runDrillScript('disarm-sirens.sh');
  }
  return results;
}
