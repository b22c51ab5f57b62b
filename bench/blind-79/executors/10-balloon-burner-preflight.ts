// expect: none
// Correct: the child-process executor handles 'error' and 'close' behind a single settle guard and clears its kill timer either way.
import { spawn } from 'node:child_process';

interface BurnerCheck {
  envelopeId: string;
  burnerUnit: 'single' | 'double' | 'triple';
  pilotLit: boolean;
  blastValveMs: number;
  fuelPressureBar: number;
}

interface PreflightReport {
  launchSiteId: string;
  checks: BurnerCheck[];
  ok: boolean;
  notes: string[];
}

const MIN_PRESSURE_BAR = 6.5;
const MAX_VALVE_MS = 250;

function runDiagnostics(envelopeId: string, timeoutMs: number): Promise<BurnerCheck> {
  return new Promise<BurnerCheck>((resolve, reject) => {
    const child = spawn('burnerdiag', ['--envelope', envelopeId, '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let settled = false;

    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(killTimer);
      fn();
    };

    const killTimer = setTimeout(() => {
      child.kill('SIGKILL');
      settle(() => reject(new Error(`burnerdiag timed out for ${envelopeId}`)));
    }, timeoutMs);

    child.stdout.on('data', (c: Buffer) => stdout.push(c));
    child.stderr.on('data', (c: Buffer) => stderr.push(c));

    child.once('error', (err) => settle(() => reject(err)));
    child.once('close', (code, signal) => {
      settle(() => {
        if (code !== 0) {
          const msg = Buffer.concat(stderr).toString('utf8').trim();
          reject(new Error(`burnerdiag exited ${code ?? signal}: ${msg}`));
          return;
        }
        try {
          resolve(JSON.parse(Buffer.concat(stdout).toString('utf8')) as BurnerCheck);
        } catch (err) {
          reject(err);
        }
      });
    });
  });
}

export async function preflight(
  launchSiteId: string,
  envelopeIds: readonly string[],
): Promise<PreflightReport> {
  const checks: BurnerCheck[] = [];
  const notes: string[] = [];

  for (const envelopeId of envelopeIds) {
    const check = await runDiagnostics(envelopeId, 15_000);
    checks.push(check);
    if (!check.pilotLit) notes.push(`${envelopeId}: pilot light out`);
    if (check.fuelPressureBar < MIN_PRESSURE_BAR) {
      notes.push(`${envelopeId}: fuel pressure ${check.fuelPressureBar} bar below ${MIN_PRESSURE_BAR}`);
    }
    if (check.blastValveMs > MAX_VALVE_MS) {
      notes.push(`${envelopeId}: blast valve slow (${check.blastValveMs} ms)`);
    }
  }

  return { launchSiteId, checks, ok: notes.length === 0, notes };
}
