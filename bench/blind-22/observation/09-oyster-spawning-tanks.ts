// expect: none
// allSettled results are inspected: rejected tanks are collected with their reasons and retried once, then reported.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface SpawnTank {
  id: string;
  controllerHost: string;
  targetTempC: number;
}

export interface ConditioningOutcome {
  conditioned: string[];
  failed: { tank: string; reason: string }[];
}

function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

// The tank controllers are old PLC gateways reachable only through the vendor CLI.
async function setTemperature(tank: SpawnTank): Promise<string> {
  const { stdout } = await run('tankctl', ['--host', tank.controllerHost, 'set-temp', tank.id, tank.targetTempC.toFixed(1)], {
    timeout: 15_000,
  });
  if (!stdout.includes('ACK')) {
    throw new Error(`controller did not acknowledge: ${stdout.trim()}`);
  }
  return tank.id;
}

async function attempt(tanks: SpawnTank[]): Promise<{ ok: string[]; bad: Map<SpawnTank, unknown> }> {
  const results = await Promise.allSettled(tanks.map(setTemperature));
  const ok: string[] = [];
  const bad = new Map<SpawnTank, unknown>();
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      ok.push(result.value);
    } else {
      bad.set(tanks[i], result.reason);
    }
  });
  return { ok, bad };
}

export async function conditionBroodstock(tanks: SpawnTank[]): Promise<ConditioningOutcome> {
  const first = await attempt(tanks);
  if (first.bad.size === 0) {
    return { conditioned: first.ok, failed: [] };
  }

  // Gateways drop the odd command under load; one retry clears most of them.
  const retry = await attempt([...first.bad.keys()]);
  const failed = [...retry.bad].map(([tank, reason]) => ({
    tank: tank.id,
    reason: describeError(reason),
  }));

  return { conditioned: [...first.ok, ...retry.ok], failed };
}

export function formatOutcome(outcome: ConditioningOutcome): string {
  const lines = [`conditioned: ${outcome.conditioned.join(', ') || 'none'}`];
  for (const f of outcome.failed) {
    lines.push(`FAILED ${f.tank}: ${f.reason}`);
  }
  return lines.join('\n');
}
