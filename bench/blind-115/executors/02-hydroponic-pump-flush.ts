// expect: no-multiple-settle
// The flush promise settles only from the child's 'exit' event, so when pump-ctl cannot be spawned only 'error' fires and the promise is never settled.
import { spawn } from 'node:child_process';

export type Solution = 'nutrient' | 'ph-down' | 'rinse';

export interface FlushPlan {
  bay: string;
  litres: number;
  solution: Solution;
}

export interface FlushReport {
  bay: string;
  litres: number;
  durationMs: number;
  warnings: string[];
}

const PUMP_CTL = process.env.PUMP_CTL_PATH ?? '/opt/hydro/bin/pump-ctl';
const MAX_LITRES_PER_FLUSH = 400;

function validate(plan: FlushPlan): void {
  if (!/^bay-\d{1,3}$/.test(plan.bay)) {
    throw new Error(`invalid bay id "${plan.bay}"`);
  }
  if (plan.litres <= 0 || plan.litres > MAX_LITRES_PER_FLUSH) {
    throw new Error(`flush volume ${plan.litres}L outside 0-${MAX_LITRES_PER_FLUSH}L`);
  }
}

export function runFlush(plan: FlushPlan): Promise<FlushReport> {
  validate(plan);
  const started = Date.now();

  return new Promise<FlushReport>((resolve, reject) => {
    const child = spawn(
      PUMP_CTL,
      ['flush', '--bay', plan.bay, '--litres', String(plan.litres), '--solution', plan.solution],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );

    let stderr = '';
    child.stdout.resume();
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('error', (err) => {
      stderr += `\nspawn: ${err.message}`;
    });

    child.on('exit', (code, signal) => {
      const warnings = stderr
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.startsWith('WARN'));
      if (code === 0) {
        resolve({ bay: plan.bay, litres: plan.litres, durationMs: Date.now() - started, warnings });
      } else {
        reject(new Error(`pump-ctl flush of ${plan.bay} failed (code=${code}, signal=${signal}): ${stderr.trim()}`));
      }
    });
  });
}

export async function flushBays(plans: FlushPlan[]): Promise<FlushReport[]> {
  const reports: FlushReport[] = [];
  for (const plan of plans) {
    reports.push(await runFlush(plan));
  }
  return reports;
}
