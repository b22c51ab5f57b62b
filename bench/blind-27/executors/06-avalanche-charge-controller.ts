// expect: none
// The spawn wrapper settles once through a guarded finish(): 'error', 'close' and the timeout all route through it, and the timer is cleared on every path.
import { spawn } from 'node:child_process';

export interface ChargeOrder {
  towerId: string;
  slidePath: string;
  chargeKg: number;
  operator: string;
}

export interface FiringResult {
  towerId: string;
  confirmed: boolean;
  seismicPeak: number | null;
  log: string;
}

const FIRE_TOOL = process.env.GAZEX_FIRE_BIN ?? '/opt/avalanche/bin/gazex-fire';
const FIRE_TIMEOUT_MS = 45_000;

function runFireTool(args: string[], timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(FIRE_TOOL, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let settled = false;

    const finish = (err: Error | null, code: number | null = null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve({ code, stdout, stderr });
    };

    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      finish(new Error(`gazex-fire did not report within ${timeoutMs} ms`));
    }, timeoutMs);

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', (err) => finish(err));
    child.once('close', (code) => finish(null, code));
  });
}

function parseSeismicPeak(output: string): number | null {
  const match = /^SEISMIC_PEAK=([\d.]+)$/m.exec(output);
  return match ? Number(match[1]) : null;
}

export async function fireCharge(order: ChargeOrder): Promise<FiringResult> {
  if (order.chargeKg <= 0 || order.chargeKg > 5) {
    throw new RangeError(`charge of ${order.chargeKg} kg outside tower limits`);
  }
  const args = [
    '--tower', order.towerId,
    '--path', order.slidePath,
    '--charge', order.chargeKg.toFixed(2),
    '--operator', order.operator,
    '--confirm',
  ];
  const { code, stdout, stderr } = await runFireTool(args, FIRE_TIMEOUT_MS);
  if (code !== 0) {
    throw new Error(`tower ${order.towerId} refused firing (exit ${code}): ${stderr.trim()}`);
  }
  return {
    towerId: order.towerId,
    confirmed: /^FIRED OK$/m.test(stdout),
    seismicPeak: parseSeismicPeak(stdout),
    log: stdout,
  };
}
