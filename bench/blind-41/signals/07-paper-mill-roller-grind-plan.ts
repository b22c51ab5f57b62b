// expect: require-signal-propagation
// planGrinding passes its signal to the file read and the profile fetch, but runs the crown-solver child process without it, so abort leaves the solver running.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface RollerProfile {
  rollerId: string;
  faceWidthMm: number;
  diametersMm: number[];
  hardnessShoreD: number;
}

export interface GrindPlan {
  rollerId: string;
  targetCrownMicrons: number;
  passes: number;
  removalPerPassMicrons: number;
}

declare const millConfig: {
  profileServiceUrl: string;
  solverPath: string;
  grindLimitsFile: string;
};

interface GrindLimits {
  maxRemovalPerPassMicrons: number;
  minDiameterMm: Record<string, number>;
}

async function fetchProfile(rollerId: string, signal: AbortSignal): Promise<RollerProfile> {
  const res = await fetch(`${millConfig.profileServiceUrl}/rollers/${rollerId}/profile`, { signal });
  if (!res.ok) throw new Error(`profile for ${rollerId} unavailable (${res.status})`);
  return (await res.json()) as RollerProfile;
}

export async function planGrinding(rollerId: string, nipLoadKnM: number, signal: AbortSignal): Promise<GrindPlan> {
  const limits = JSON.parse(
    await readFile(millConfig.grindLimitsFile, { encoding: 'utf8', signal }),
  ) as GrindLimits;
  const profile = await fetchProfile(rollerId, signal);

  const minDiameter = limits.minDiameterMm[rollerId];
  const smallest = Math.min(...profile.diametersMm);
  if (minDiameter !== undefined && smallest <= minDiameter) {
    throw new Error(`${rollerId} is at ${smallest} mm, below regrind limit ${minDiameter} mm`);
  }

  const { stdout } = await execFileAsync(
    millConfig.solverPath,
    [
      '--face-width', String(profile.faceWidthMm),
      '--hardness', String(profile.hardnessShoreD),
      '--nip-load', String(nipLoadKnM),
      '--diameters', profile.diametersMm.join(','),
    ],
    { timeout: 120_000, maxBuffer: 1 << 20 },
  );
  const { crownMicrons, removalMicrons } = JSON.parse(stdout) as { crownMicrons: number; removalMicrons: number };

  const passes = Math.max(1, Math.ceil(removalMicrons / limits.maxRemovalPerPassMicrons));
  return {
    rollerId,
    targetCrownMicrons: crownMicrons,
    passes,
    removalPerPassMicrons: removalMicrons / passes,
  };
}

export function shiftSchedule(plans: GrindPlan[], minutesPerPass = 18): Array<{ rollerId: string; minutes: number }> {
  return plans
    .map((p) => ({ rollerId: p.rollerId, minutes: p.passes * minutesPerPass }))
    .sort((a, b) => a.minutes - b.minutes);
}
