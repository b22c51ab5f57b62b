// expect: none
// The lock and state requests start together and go straight into Promise.allSettled, whose results are checked before use.
export type SwitchPosition = 'normal' | 'reverse' | 'unknown';

export interface SwitchState {
  switchId: string;
  position: SwitchPosition;
  occupied: boolean;
  heaterOn: boolean;
}

export interface RouteLock {
  lockId: string;
  switchIds: string[];
  expiresAt: number;
}

declare const interlocking: {
  acquire(switchIds: string[], holder: string): Promise<RouteLock>;
  release(lockId: string): Promise<void>;
};
declare const switchBus: {
  readState(switchId: string): Promise<SwitchState>;
  command(switchId: string, position: Exclude<SwitchPosition, 'unknown'>): Promise<SwitchState>;
};
declare const depotLog: { info(msg: string): void; warn(msg: string): void };

export interface RouteStep {
  switchId: string;
  required: Exclude<SwitchPosition, 'unknown'>;
}

export async function setRoute(holder: string, steps: RouteStep[]): Promise<RouteLock> {
  const switchIds = steps.map((s) => s.switchId);
  const lockPromise = interlocking.acquire(switchIds, holder);
  const statesPromise = Promise.all(switchIds.map((id) => switchBus.readState(id)));

  const [lockResult, statesResult] = await Promise.allSettled([lockPromise, statesPromise]);
  if (lockResult.status === 'rejected') {
    throw lockResult.reason;
  }
  const lock = lockResult.value;
  if (statesResult.status === 'rejected') {
    await interlocking.release(lock.lockId);
    throw statesResult.reason;
  }
  const states = statesResult.value;

  try {
    const occupied = states.filter((s) => s.occupied);
    if (occupied.length > 0) {
      throw new Error(`Cannot route ${holder}: ${occupied.map((s) => s.switchId).join(', ')} occupied`);
    }

    for (const step of steps) {
      const current = states.find((s) => s.switchId === step.switchId);
      if (current?.position === step.required) continue;
      const after = await switchBus.command(step.switchId, step.required);
      if (after.position !== step.required) {
        throw new Error(`Switch ${step.switchId} stuck in ${after.position}`);
      }
      depotLog.info(`${step.switchId} thrown to ${step.required} for ${holder}`);
    }
    return lock;
  } catch (err) {
    await interlocking.release(lock.lockId);
    throw err;
  }
}

export function frozenSwitches(states: SwitchState[], airTempC: number): string[] {
  if (airTempC > 2) return [];
  const cold = states.filter((s) => !s.heaterOn);
  for (const s of cold) {
    depotLog.warn(`Switch ${s.switchId} heater off at ${airTempC}°C`);
  }
  return cold.map((s) => s.switchId);
}

export async function routeOutbound(tramId: string, track: number): Promise<RouteLock> {
  const throat: RouteStep[] = [
    { switchId: 'W1', required: track <= 4 ? 'normal' : 'reverse' },
    { switchId: `W${track + 10}`, required: 'reverse' },
    { switchId: 'W2', required: 'normal' },
  ];
  return setRoute(`tram-${tramId}`, throat);
}
