// expect: none
// The waitFor helper clears its timer and removes both listeners on every path, so the executor settles exactly once.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const afterEach: (fn: () => unknown) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

interface GoalDetail {
  net: 'home' | 'away';
  puckSpeedKmh: number;
  period: number;
}

declare function createPuckSensor(options: { rinkId: string; simulated: boolean }): EventTarget & {
  inject(kind: 'goal' | 'sensor-fault', detail?: unknown): void;
  close(): void;
};

function waitFor<T>(target: EventTarget, type: string, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onEvent = (event: Event) => {
      finish();
      resolve((event as CustomEvent<T>).detail);
    };
    const onFault = (event: Event) => {
      finish();
      const detail = (event as CustomEvent<{ reason: string }>).detail;
      reject(new Error(`sensor fault: ${detail?.reason ?? 'unknown'}`));
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`no ${type} event within ${timeoutMs}ms`));
    }, timeoutMs);

    function finish() {
      clearTimeout(timer);
      target.removeEventListener(type, onEvent);
      target.removeEventListener('sensor-fault', onFault);
    }

    target.addEventListener(type, onEvent);
    target.addEventListener('sensor-fault', onFault);
  });
}

describe('sled hockey puck sensor', () => {
  let sensor: ReturnType<typeof createPuckSensor>;

  beforeEach(() => {
    sensor = createPuckSensor({ rinkId: 'rink-north', simulated: true });
  });

  afterEach(() => {
    sensor.close();
  });

  it('reports a goal with net and speed', async () => {
    const goal = waitFor<GoalDetail>(sensor, 'goal', 500);
    sensor.inject('goal', { net: 'away', puckSpeedKmh: 61, period: 2 });
    const detail = await goal;
    expect(detail.net).toBe('away');
    expect(detail.puckSpeedKmh).toBeGreaterThan(0);
  });

  it('surfaces sensor faults as rejections', async () => {
    const goal = waitFor<GoalDetail>(sensor, 'goal', 500);
    sensor.inject('sensor-fault', { reason: 'ice glare' });
    await expect(goal).rejects.toThrow('sensor fault: ice glare');
  });

  it('times out when the puck never crosses the line', async () => {
    await expect(waitFor<GoalDetail>(sensor, 'goal', 20)).rejects.toThrow(/no goal event/);
  });

  it('ignores a fault that arrives after the goal', async () => {
    const goal = waitFor<GoalDetail>(sensor, 'goal', 500);
    sensor.inject('goal', { net: 'home', puckSpeedKmh: 48, period: 3 });
    sensor.inject('sensor-fault', { reason: 'late glare' });
    expect(await goal).toEqual({ net: 'home', puckSpeedKmh: 48, period: 3 });
  });
});
