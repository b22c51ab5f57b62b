// expect: none
// Correct: allSettled results are walked and every rejected fan command is reported and turned into an AggregateError.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface FanUnit {
  id: string;
  level: number; // metres below collar
  controller: string; // hostname of the VFD gateway
}

export interface FanResult {
  id: string;
  rpm: number;
}

const FANCTL = process.env.FANCTL_BIN ?? '/opt/vent/bin/fanctl';

async function setFanSpeed(fan: FanUnit, percent: number, signal: AbortSignal): Promise<FanResult> {
  const { stdout } = await execFileAsync(FANCTL, ['--host', fan.controller, '--unit', fan.id, 'set-speed', String(percent), '--json'], {
    signal,
    timeout: 15_000,
  });
  const parsed = JSON.parse(stdout) as { unit: string; rpm: number; ok: boolean; message?: string };
  if (!parsed.ok) {
    throw new Error(`${fan.id}: ${parsed.message ?? 'controller refused command'}`);
  }
  return { id: parsed.unit, rpm: parsed.rpm };
}

declare const shiftLog: {
  append(entry: { kind: 'ventilation'; text: string; severity: 'info' | 'warning' }): Promise<void>;
};

export async function reduceVentilation(
  fans: readonly FanUnit[],
  percent: number,
  opts: { signal?: AbortSignal } = {},
): Promise<FanResult[]> {
  if (percent < 30) {
    throw new RangeError('ventilation cannot be reduced below 30% while personnel are underground');
  }

  const signal = opts.signal ?? AbortSignal.timeout(60_000);
  const ordered = [...fans].sort((a, b) => b.level - a.level);
  const settled = await Promise.allSettled(ordered.map((fan) => setFanSpeed(fan, percent, signal)));

  const applied: FanResult[] = [];
  const failures: Array<{ fan: FanUnit; reason: unknown }> = [];
  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      applied.push(result.value);
    } else {
      failures.push({ fan: ordered[i], reason: result.reason });
    }
  });

  await shiftLog.append({
    kind: 'ventilation',
    severity: failures.length ? 'warning' : 'info',
    text:
      `Set ${applied.length}/${ordered.length} fans to ${percent}%` +
      (failures.length ? `; no response from ${failures.map((f) => f.fan.id).join(', ')}` : ''),
  });

  if (failures.length > 0) {
    throw new AggregateError(
      failures.map((f) => f.reason),
      `${failures.length} fan(s) did not accept the new speed`,
    );
  }
  return applied;
}
