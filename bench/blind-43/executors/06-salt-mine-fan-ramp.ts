// expect: no-multiple-settle
// The executor is async and awaits the ramp profile before wiring anything up; if that lookup rejects, the returned promise never settles.
export interface FanState {
  fanId: string;
  rpm: number;
  amps: number;
  fault?: string;
}

export interface RampProfile {
  rampSeconds: number;
  spinUpMs: number;
  maxAmps: number;
}

declare const ventilationConfig: {
  rampProfile(fanId: string): Promise<RampProfile>;
};

declare const fanBus: {
  on(event: 'state', listener: (state: FanState) => void): void;
  off(event: 'state', listener: (state: FanState) => void): void;
  send(command: { fanId: string; targetRpm: number; rampSeconds: number }): void;
};

declare const shiftBoard: {
  post(level: 'info' | 'alarm', message: string): Promise<void>;
};

export class FanRampError extends Error {
  constructor(readonly fanId: string, message: string) {
    super(`fan ${fanId}: ${message}`);
    this.name = 'FanRampError';
  }
}

export function rampFan(fanId: string, targetRpm: number, timeoutMs: number): Promise<FanState> {
  return new Promise<FanState>(async (resolve, reject) => {
    const profile = await ventilationConfig.rampProfile(fanId);

    const timer = setTimeout(() => {
      fanBus.off('state', onState);
      reject(new FanRampError(fanId, `did not reach ${targetRpm} rpm in time`));
    }, timeoutMs + profile.spinUpMs);

    const onState = (state: FanState) => {
      if (state.fanId !== fanId) return;
      if (state.fault || state.amps > profile.maxAmps) {
        clearTimeout(timer);
        fanBus.off('state', onState);
        reject(new FanRampError(fanId, state.fault ?? `overcurrent ${state.amps}A`));
        return;
      }
      if (state.rpm >= targetRpm * 0.98) {
        clearTimeout(timer);
        fanBus.off('state', onState);
        resolve(state);
      }
    };

    fanBus.on('state', onState);
    fanBus.send({ fanId, targetRpm, rampSeconds: profile.rampSeconds });
  });
}

export interface DriftLevel {
  levelId: string;
  fans: string[];
  requiredCubicMetresPerSecond: number;
}

const CUBIC_METRES_PER_SECOND_PER_1000_RPM = 9.5;

export function rpmForAirflow(level: DriftLevel): number {
  const perFan = level.requiredCubicMetresPerSecond / Math.max(1, level.fans.length);
  return Math.ceil((perFan / CUBIC_METRES_PER_SECOND_PER_1000_RPM) * 1000);
}

export async function ventilateLevel(level: DriftLevel, timeoutMs = 90_000): Promise<FanState[]> {
  const target = rpmForAirflow(level);
  const states: FanState[] = [];
  for (const fanId of level.fans) {
    try {
      states.push(await rampFan(fanId, target, timeoutMs));
    } catch (err) {
      await shiftBoard.post('alarm', `Level ${level.levelId}: ${(err as Error).message}`);
      throw err;
    }
  }
  await shiftBoard.post('info', `Level ${level.levelId} ventilated at ${target} rpm across ${states.length} fans`);
  return states;
}
