// expect: no-multiple-settle
// waitForHatchWindow uses an async executor whose awaited loadProfile() can reject before any listener is set, leaving the promise pending forever.
interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThanOrEqual(expected: number): void;
}
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => Matchers;

export interface BreedProfile {
  breed: string;
  hatchHumidityPct: number;
  hatchTempC: number;
  incubationDays: number;
}

export interface HatchWindow {
  trayId: string;
  openedAt: number;
  humidityPct: number;
  tempC: number;
}

interface ClimateReading {
  trayId: string;
  humidityPct: number;
  tempC: number;
}

declare function connectIncubator(cabinet: string): EventTarget & {
  loadProfile(breed: string): Promise<BreedProfile>;
  setLockdown(trayId: string, enabled: boolean): Promise<void>;
  replay(readings: readonly ClimateReading[], intervalMs: number): void;
  replayFault(trayId: string, message: string, afterMs: number): void;
  close(): Promise<void>;
};

type Incubator = ReturnType<typeof connectIncubator>;

function waitForHatchWindow(incubator: Incubator, trayId: string, breed: string): Promise<HatchWindow> {
  return new Promise<HatchWindow>(async (resolve, reject) => {
    const profile = await incubator.loadProfile(breed);

    const stop = () => {
      incubator.removeEventListener('climate', onClimate);
      incubator.removeEventListener('fault', onFault);
    };
    const onClimate = (event: Event) => {
      const reading = (event as CustomEvent<ClimateReading>).detail;
      if (reading.trayId !== trayId) return;
      if (reading.humidityPct < profile.hatchHumidityPct) return;
      if (Math.abs(reading.tempC - profile.hatchTempC) > 0.3) return;
      stop();
      resolve({ trayId, openedAt: Date.now(), humidityPct: reading.humidityPct, tempC: reading.tempC });
    };
    const onFault = (event: Event) => {
      const detail = (event as CustomEvent<{ trayId: string; message: string }>).detail;
      if (detail.trayId !== trayId) return;
      stop();
      reject(new Error(`tray ${trayId} fault: ${detail.message}`));
    };

    incubator.addEventListener('climate', onClimate);
    incubator.addEventListener('fault', onFault);
  });
}

describe('hatch window detection', () => {
  let incubator: Incubator;

  beforeEach(async () => {
    incubator = connectIncubator('cabinet-test-3');
    await incubator.setLockdown('tray-7', true);
  });

  it('opens once humidity and temperature reach the breed profile', async () => {
    const pending = waitForHatchWindow(incubator, 'tray-7', 'leghorn');
    incubator.replay(
      [
        { trayId: 'tray-7', humidityPct: 55, tempC: 37.5 },
        { trayId: 'tray-7', humidityPct: 68, tempC: 37.2 },
      ],
      20,
    );
    const window = await pending;
    expect(window.trayId).toBe('tray-7');
    expect(window.humidityPct).toBeGreaterThanOrEqual(65);
    await incubator.close();
  });

  it('ignores readings from neighbouring trays', async () => {
    const pending = waitForHatchWindow(incubator, 'tray-7', 'leghorn');
    incubator.replay(
      [
        { trayId: 'tray-8', humidityPct: 70, tempC: 37.2 },
        { trayId: 'tray-7', humidityPct: 66, tempC: 37.3 },
      ],
      20,
    );
    const window = await pending;
    expect(window.humidityPct).toBe(66);
    await incubator.close();
  });

  it('rejects when the tray reports a heater fault', async () => {
    const pending = waitForHatchWindow(incubator, 'tray-7', 'silkie');
    incubator.replayFault('tray-7', 'heater element open circuit', 50);
    let message = '';
    try {
      await pending;
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toEqual('tray tray-7 fault: heater element open circuit');
    await incubator.close();
  });
});
