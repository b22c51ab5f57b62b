// expect: none
// The close handler returns right after rejecting, parsing is guarded so a bad report rejects instead of throwing, and a done flag stops 'error' and 'close' from both settling.
import { spawn } from 'node:child_process';

export interface GripTestResult {
  carrierId: string;
  slipMm: number;
  pass: boolean;
}

export interface LiftDiagnosticReport {
  liftId: string;
  ropeSpeedMs: number;
  brakeTorqueNm: number;
  grips: GripTestResult[];
}

declare const maintenanceBoard: {
  fileReport(report: LiftDiagnosticReport, technician: string): Promise<void>;
  flagLift(liftId: string, reason: string): Promise<void>;
};

function runLiftDiag(liftId: string, controllerHost: string, timeoutMs = 120_000): Promise<LiftDiagnosticReport> {
  return new Promise((resolve, reject) => {
    const child = spawn('liftdiag', ['--host', controllerHost, '--lift', liftId, '--format', 'json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    });

    let done = false;
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

    child.on('error', (err) => {
      if (done) return;
      done = true;
      reject(err);
    });

    child.on('close', (code, signal) => {
      if (done) return;
      done = true;
      if (code !== 0) {
        return reject(new Error(`liftdiag ${liftId} failed (${signal ?? code}): ${stderr.trim()}`));
      }
      try {
        const raw = JSON.parse(stdout) as Omit<LiftDiagnosticReport, 'liftId'>;
        resolve({ liftId, ...raw });
      } catch (err) {
        reject(new Error(`liftdiag ${liftId} produced unreadable output: ${(err as Error).message}`));
      }
    });
  });
}

export async function morningInspection(
  lifts: Array<{ id: string; controllerHost: string }>,
  technician: string,
): Promise<Map<string, 'ok' | 'flagged' | 'error'>> {
  const outcome = new Map<string, 'ok' | 'flagged' | 'error'>();
  for (const lift of lifts) {
    try {
      const report = await runLiftDiag(lift.id, lift.controllerHost);
      await maintenanceBoard.fileReport(report, technician);
      const failing = report.grips.filter((g) => !g.pass);
      if (failing.length > 0) {
        await maintenanceBoard.flagLift(lift.id, `${failing.length} grips over slip limit`);
        outcome.set(lift.id, 'flagged');
      } else {
        outcome.set(lift.id, 'ok');
      }
    } catch (err) {
      await maintenanceBoard.flagLift(lift.id, `diagnostics unavailable: ${(err as Error).message}`);
      outcome.set(lift.id, 'error');
    }
  }
  return outcome;
}
