// expect: none
// Every exit path of the executor (locked, fault, timeout) goes through done(), which clears the timer and removes both listeners before settling.
export interface DoorStatus {
  gondola: number;
  locked: boolean;
  sensorVoltage: number;
}

export interface DoorFault {
  gondola: number;
  code: 'SENSOR_OPEN' | 'MOTOR_STALL' | 'LOW_VOLTAGE';
}

declare const wheelBus: EventTarget & {
  command(action: 'lock-door' | 'hold-rotation' | 'resume-rotation', gondola?: number): void;
};

declare const opsConsole: {
  alert(message: string): void;
  recordBoarding(gondola: number, riders: number): Promise<void>;
};

export class DoorLockError extends Error {
  constructor(readonly gondola: number, readonly reason: string) {
    super(`gondola ${gondola}: ${reason}`);
    this.name = 'DoorLockError';
  }
}

export function lockDoor(gondola: number, timeoutMs = 4_000): Promise<DoorStatus> {
  return new Promise<DoorStatus>((resolve, reject) => {
    const done = (result: { status: DoorStatus } | { error: DoorLockError }) => {
      clearTimeout(timer);
      wheelBus.removeEventListener('door-status', onStatus);
      wheelBus.removeEventListener('door-fault', onFault);
      if ('status' in result) resolve(result.status);
      else reject(result.error);
    };

    const onStatus = (event: Event) => {
      const status = (event as CustomEvent<DoorStatus>).detail;
      if (status.gondola !== gondola || !status.locked) return;
      done({ status });
    };
    const onFault = (event: Event) => {
      const fault = (event as CustomEvent<DoorFault>).detail;
      if (fault.gondola !== gondola) return;
      done({ error: new DoorLockError(gondola, fault.code) });
    };

    const timer = setTimeout(() => {
      done({ error: new DoorLockError(gondola, `no lock confirmation after ${timeoutMs}ms`) });
    }, timeoutMs);

    wheelBus.addEventListener('door-status', onStatus);
    wheelBus.addEventListener('door-fault', onFault);
    wheelBus.command('lock-door', gondola);
  });
}

export interface BoardingGroup {
  gondola: number;
  riders: number;
  wheelchair: boolean;
}

export async function boardAndRelease(groups: BoardingGroup[]): Promise<number[]> {
  const boarded: number[] = [];
  wheelBus.command('hold-rotation');
  try {
    for (const group of groups) {
      if (group.riders === 0) continue;
      const timeout = group.wheelchair ? 9_000 : 4_000;
      try {
        const status = await lockDoor(group.gondola, timeout);
        if (status.sensorVoltage < 11.5) {
          opsConsole.alert(`gondola ${group.gondola} lock sensor voltage low (${status.sensorVoltage}V)`);
        }
        await opsConsole.recordBoarding(group.gondola, group.riders);
        boarded.push(group.gondola);
      } catch (err) {
        if (err instanceof DoorLockError) {
          opsConsole.alert(`${err.message}; group held at platform`);
          continue;
        }
        throw err;
      }
    }
  } finally {
    wheelBus.command('resume-rotation');
  }
  return boarded;
}
