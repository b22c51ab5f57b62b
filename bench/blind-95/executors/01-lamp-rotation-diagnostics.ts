// expect: no-multiple-settle
// The executor only listens for the child's 'exit' event, so when `lampctl` cannot be spawned (ENOENT/EACCES) only 'error' fires and the diagnostics promise never settles, hanging the nightly check.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface LampDiagnostic {
  motorRpm: number;
  bulbHours: number;
  lensTempC: number;
  faults: string[];
}

export interface DiagnosticsOptions {
  binary?: string;
  tower: string;
  verbose?: boolean;
}

function parseLine(line: string, into: LampDiagnostic): void {
  const [key, raw] = line.split('=', 2).map((s) => s.trim());
  if (!key || raw === undefined) return;
  switch (key) {
    case 'motor_rpm':
      into.motorRpm = Number(raw);
      break;
    case 'bulb_hours':
      into.bulbHours = Number(raw);
      break;
    case 'lens_temp':
      into.lensTempC = Number(raw);
      break;
    case 'fault':
      into.faults.push(raw);
      break;
  }
}

export function runLampDiagnostics(opts: DiagnosticsOptions): Promise<LampDiagnostic> {
  const binary = opts.binary ?? '/usr/local/bin/lampctl';
  const result: LampDiagnostic = { motorRpm: 0, bulbHours: 0, lensTempC: 0, faults: [] };

  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['diag', '--tower', opts.tower, '--format=kv'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    const stderr: string[] = [];
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => stderr.push(chunk));

    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (opts.verbose) console.debug(`[lampctl ${opts.tower}] ${line}`);
      parseLine(line, result);
    });

    child.on('exit', (code, signal) => {
      lines.close();
      if (code === 0) {
        resolve(result);
        return;
      }
      const reason = signal ? `killed by ${signal}` : `exit code ${code}`;
      reject(new Error(`lampctl diag failed for ${opts.tower} (${reason}): ${stderr.join('').trim()}`));
    });
  });
}

export async function nightlyCheck(towers: string[]): Promise<Map<string, LampDiagnostic>> {
  const report = new Map<string, LampDiagnostic>();
  for (const tower of towers) {
    const diag = await runLampDiagnostics({ tower });
    if (diag.lensTempC > 85) diag.faults.push('lens overheating');
    if (diag.motorRpm < 2) diag.faults.push('rotation stalled');
    report.set(tower, diag);
  }
  return report;
}
