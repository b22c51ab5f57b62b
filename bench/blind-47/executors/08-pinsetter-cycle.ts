// expect: none
// The child-process executor handles both 'error' and 'close' (which can both fire) behind a settled guard and clears its kill timer.
import { spawn } from 'node:child_process';

export interface PinsetterDiagnostics {
  lane: number;
  sweepMs: number;
  deckMs: number;
  pinsDetected: number;
  warnings: string[];
}

declare const laneConfig: {
  diagBinary: string;
  serialFor(lane: number): string;
};

declare const houseLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const DIAG_TIMEOUT_MS = 20_000;

function parseDiagnostics(lane: number, stdout: string): PinsetterDiagnostics {
  const result: PinsetterDiagnostics = { lane, sweepMs: 0, deckMs: 0, pinsDetected: 0, warnings: [] };
  for (const line of stdout.split('\n')) {
    const [key, value] = line.split('=', 2).map((s) => s.trim());
    if (key === 'sweep_ms') result.sweepMs = Number(value);
    else if (key === 'deck_ms') result.deckMs = Number(value);
    else if (key === 'pins') result.pinsDetected = Number(value);
    else if (key === 'warn' && value) result.warnings.push(value);
  }
  return result;
}

export function runCycleDiagnostics(lane: number): Promise<PinsetterDiagnostics> {
  return new Promise<PinsetterDiagnostics>((resolve, reject) => {
    const child = spawn(laneConfig.diagBinary, ['--cycle', '--port', laneConfig.serialFor(lane)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let settled = false;

    const killTimer = setTimeout(() => {
      houseLog.warn('pinsetter diagnostics hung; killing', { lane, pid: child.pid });
      child.kill('SIGKILL');
    }, DIAG_TIMEOUT_MS);

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('error', (err) => {
      clearTimeout(killTimer);
      if (settled) return;
      settled = true;
      reject(err);
    });

    child.on('close', (code, signal) => {
      clearTimeout(killTimer);
      if (settled) return;
      settled = true;
      if (code === 0) {
        resolve(parseDiagnostics(lane, stdout));
      } else {
        reject(new Error(`pinsetter diag for lane ${lane} exited with ${code ?? signal}: ${stderr.trim()}`));
      }
    });
  });
}

export async function nightlyLaneCheck(lanes: number[]): Promise<PinsetterDiagnostics[]> {
  const reports: PinsetterDiagnostics[] = [];
  for (const lane of lanes) {
    const report = await runCycleDiagnostics(lane);
    if (report.pinsDetected !== 10) {
      report.warnings.push(`deck reported ${report.pinsDetected} pins`);
    }
    reports.push(report);
  }
  return reports;
}
