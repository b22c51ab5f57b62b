// expect: none
// Every branch of the execFile callback settles the promise exactly once: reject on process error, reject on unparseable output, resolve otherwise.
import { execFile } from 'node:child_process';

export interface TrapSettings {
  angleDeg: number;
  springTension: number;
  doubles?: boolean;
}

export interface ArmResult {
  trapId: string;
  targetsLoaded: number;
  tension: number;
  armedAt: Date;
}

const ARMED_LINE = /^ARMED (\d+) ([\d.]+)$/;

export function armTrap(trapId: string, settings: TrapSettings, binary = 'trapctl'): Promise<ArmResult> {
  const args = ['arm', trapId, '--angle', String(settings.angleDeg), '--tension', String(settings.springTension)];
  if (settings.doubles) args.push('--doubles');

  return new Promise<ArmResult>((resolve, reject) => {
    execFile(binary, args, { timeout: 5_000, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) {
        const detail = stderr.trim() || err.message;
        reject(new Error(`trap ${trapId} failed to arm: ${detail}`, { cause: err }));
        return;
      }

      const last = stdout.trim().split('\n').pop() ?? '';
      const match = ARMED_LINE.exec(last);
      if (!match) {
        reject(new Error(`trap ${trapId} gave unexpected output: ${JSON.stringify(last)}`));
        return;
      }

      resolve({
        trapId,
        targetsLoaded: Number(match[1]),
        tension: Number(match[2]),
        armedAt: new Date(),
      });
    });
  });
}

export function disarmTrap(trapId: string, binary = 'trapctl'): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    execFile(binary, ['disarm', trapId], { timeout: 5_000 }, (err) => {
      if (err) reject(err);
      else resolve();
    });
  });
}

export async function armLayout(layout: Record<string, TrapSettings>): Promise<ArmResult[]> {
  const armed: ArmResult[] = [];
  try {
    for (const [trapId, settings] of Object.entries(layout)) {
      armed.push(await armTrap(trapId, settings));
    }
    return armed;
  } catch (err) {
    for (const result of armed.reverse()) {
      await disarmTrap(result.trapId).catch(() => undefined);
    }
    throw err;
  }
}
