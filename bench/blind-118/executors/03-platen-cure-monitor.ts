// expect: no-multiple-settle
// When the oven never reaches temperature the interval is left running after reject, so it keeps calling reject every tick (and may even call resolve later).
import { setTimeout as sleep } from 'node:timers/promises';

export interface CuringOven {
  readonly label: string;
  readTempC(): number;
  setTargetC(target: number): void;
  switchOff(): void;
}

export interface CureProfile {
  targetC: number;
  toleranceC: number;
  pollMs: number;
  maxPolls: number;
  soakMinutes: number;
}

export function waitForCureTemp(oven: CuringOven, profile: CureProfile): Promise<number> {
  return new Promise((resolve, reject) => {
    let polls = 0;
    const timer = setInterval(() => {
      polls += 1;
      let temp: number;
      try {
        temp = oven.readTempC();
      } catch (err) {
        clearInterval(timer);
        reject(err);
        return;
      }

      if (Math.abs(temp - profile.targetC) <= profile.toleranceC) {
        clearInterval(timer);
        resolve(temp);
        return;
      }

      if (polls >= profile.maxPolls) {
        reject(
          new Error(
            `${oven.label} did not reach ${profile.targetC}°C after ${polls} polls (last ${temp.toFixed(1)}°C)`,
          ),
        );
      }
    }, profile.pollMs);
  });
}

export interface CureRecord {
  platenId: string;
  reachedC: number;
  soakedMinutes: number;
  finishedAt: Date;
}

export async function curePlaten(
  oven: CuringOven,
  platenId: string,
  profile: CureProfile,
): Promise<CureRecord> {
  oven.setTargetC(profile.targetC);
  try {
    const reachedC = await waitForCureTemp(oven, profile);
    await sleep(profile.soakMinutes * 60_000);
    return {
      platenId,
      reachedC,
      soakedMinutes: profile.soakMinutes,
      finishedAt: new Date(),
    };
  } finally {
    oven.switchOff();
  }
}

export const SHORE_A_40_PROFILE: CureProfile = {
  targetC: 150,
  toleranceC: 3,
  pollMs: 5000,
  maxPolls: 120,
  soakMinutes: 45,
};
