// expect: none
// Only non-abort errors are retried; an AbortError is re-thrown untouched (after parking the spindle in finally), and the signal reaches every call.
import { setTimeout as delay } from 'node:timers/promises';

export interface ReedProfile {
  profileId: string;
  tipMm: number;
  heartMm: number;
  vampLengthMm: number;
  strength: number;
}

export interface CutReport {
  blankId: string;
  profileId: string;
  passes: number;
  deviationMicrons: number;
}

declare const cnc: {
  home(opts: { signal: AbortSignal }): Promise<void>;
  runProgram(gcode: string, opts: { signal: AbortSignal }): Promise<{ deviationMicrons: number }>;
  parkSpindle(): Promise<void>;
};

declare const shopLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export class ToolChatterError extends Error {
  readonly retryable = true;
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

function gcodeFor(profile: ReedProfile, pass: number): string {
  const depth = (profile.heartMm - profile.tipMm) / 3;
  return [
    'G21 G90',
    `G0 X0 Y0 Z${(profile.heartMm + 0.5).toFixed(3)}`,
    `G1 Z${(profile.heartMm - depth * pass).toFixed(3)} F120`,
    `G1 X${profile.vampLengthMm.toFixed(2)} F${400 - pass * 50}`,
    'G0 Z5',
  ].join('\n');
}

export async function cutReed(
  blankId: string,
  profile: ReedProfile,
  signal: AbortSignal,
  maxAttemptsPerPass = 3,
): Promise<CutReport> {
  await cnc.home({ signal });
  let deviation = 0;
  try {
    for (let pass = 1; pass <= 3; pass++) {
      for (let attempt = 1; ; attempt++) {
        try {
          const result = await cnc.runProgram(gcodeFor(profile, pass), { signal });
          deviation = Math.max(deviation, result.deviationMicrons);
          break;
        } catch (err) {
          if (isAbort(err)) throw err;
          if (!(err instanceof ToolChatterError) || attempt >= maxAttemptsPerPass) throw err;
          shopLog.warn('tool chatter, re-running pass', { blankId, pass, attempt });
          await delay(500 * attempt, undefined, { signal });
        }
      }
    }
  } finally {
    await cnc.parkSpindle();
  }
  return { blankId, profileId: profile.profileId, passes: 3, deviationMicrons: deviation };
}

export async function cutBox(blankIds: string[], profile: ReedProfile, signal: AbortSignal): Promise<CutReport[]> {
  const reports: CutReport[] = [];
  for (const id of blankIds) {
    const report = await cutReed(id, profile, signal);
    if (report.deviationMicrons > 20) {
      shopLog.warn('reed outside tolerance', { blankId: id, deviation: report.deviationMicrons });
    }
    reports.push(report);
  }
  return reports;
}
