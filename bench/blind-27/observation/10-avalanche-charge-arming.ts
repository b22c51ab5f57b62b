// expect: none
// The async per-exploder check callbacks are collected with Promise.all and awaited, and the spawn exit is wrapped in an awaited promise, so nothing is dropped.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface Exploder {
  exploderId: string;
  path: string;
  chargeKg: number;
  radioChannel: number;
}

export interface ArmingCheck {
  exploderId: string;
  gasPressureBar: number;
  igniterOhms: number;
  linkQuality: number;
}

declare const radioLink: {
  poll(exploderId: string, channel: number, signal: AbortSignal): Promise<ArmingCheck>;
};

declare const closureBoard: {
  isRoadClosed(path: string): Promise<boolean>;
};

const MIN_PRESSURE_BAR = 6;
const IGNITER_OHMS = [1.8, 3.2] as const;

function assertHealthy(check: ArmingCheck): void {
  if (check.gasPressureBar < MIN_PRESSURE_BAR) {
    throw new Error(`${check.exploderId}: pressure ${check.gasPressureBar} bar`);
  }
  if (check.igniterOhms < IGNITER_OHMS[0] || check.igniterOhms > IGNITER_OHMS[1]) {
    throw new Error(`${check.exploderId}: igniter reads ${check.igniterOhms} ohm`);
  }
  if (check.linkQuality < 0.6) {
    throw new Error(`${check.exploderId}: weak radio link`);
  }
}

export async function preflight(exploders: Exploder[], timeoutMs = 30_000): Promise<ArmingCheck[]> {
  const signal = AbortSignal.timeout(timeoutMs);

  return Promise.all(
    exploders.map(async (exploder) => {
      const closed = await closureBoard.isRoadClosed(exploder.path);
      if (!closed) {
        throw new Error(`${exploder.path} is still open to traffic`);
      }
      const check = await radioLink.poll(exploder.exploderId, exploder.radioChannel, signal);
      assertHealthy(check);
      return check;
    }),
  );
}

export async function fireSequence(exploders: Exploder[], fireTool = '/opt/gazex/bin/fire'): Promise<void> {
  await preflight(exploders);

  for (const exploder of exploders) {
    const child = spawn(fireTool, ['--id', exploder.exploderId, '--channel', String(exploder.radioChannel)], {
      stdio: ['ignore', 'inherit', 'pipe'],
    });

    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    const [code] = (await once(child, 'close')) as [number | null];
    if (code !== 0) {
      throw new Error(`Firing ${exploder.exploderId} failed (${code}): ${stderr.trim()}`);
    }
  }
}
