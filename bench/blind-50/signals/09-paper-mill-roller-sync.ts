// expect: none
// pushProfile retries only non-abort failures: it rethrows when the signal is aborted or the error is an AbortError, and backoff sleeps on the same signal.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RollerProfile {
  rollerId: string;
  crownMm: number;
  nipLoadKnM: number;
  surfaceTempC: number;
  revision: number;
}

export class PlcWriteError extends Error {
  constructor(readonly code: 'busy' | 'interlock' | 'comm', message: string) {
    super(message);
  }
}

declare const plc: {
  writeProfile(profile: RollerProfile, options: { signal: AbortSignal }): Promise<void>;
  readRevision(rollerId: string, options: { signal: AbortSignal }): Promise<number>;
};

declare const millLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
};

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

export async function pushProfile(
  profile: RollerProfile,
  { signal, attempts = 4 }: { signal: AbortSignal; attempts?: number },
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await plc.writeProfile(profile, { signal });
      const revision = await plc.readRevision(profile.rollerId, { signal });
      if (revision !== profile.revision) {
        throw new PlcWriteError('comm', `roller ${profile.rollerId} reports revision ${revision}`);
      }
      return;
    } catch (err) {
      if (signal.aborted || isAbort(err)) throw err;
      if (err instanceof PlcWriteError && err.code === 'interlock') throw err;
      if (attempt >= attempts) throw err;
      millLog.info('retrying roller profile write', { rollerId: profile.rollerId, attempt, error: String(err) });
      await sleep(250 * attempt, undefined, { signal });
    }
  }
}

export function planCrown(widthM: number, nipLoadKnM: number, rollDiameterM: number): number {
  const deflection = (nipLoadKnM * widthM ** 4) / (384 * 210e6 * ((Math.PI * rollDiameterM ** 4) / 64));
  return Math.round(deflection * 1000 * 100) / 100;
}

export async function pushAll(profiles: RollerProfile[], signal: AbortSignal): Promise<string[]> {
  const done: string[] = [];
  for (const profile of [...profiles].sort((a, b) => a.rollerId.localeCompare(b.rollerId))) {
    await pushProfile(profile, { signal });
    done.push(profile.rollerId);
  }
  millLog.info('roller profiles pushed', { count: done.length });
  return done;
}
