// expect: none
// pollUntil receives a probe function and calls it on each round; the bound readHall and the alarm spy are handed over as functions on purpose.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toBeLessThan(n: number): void;
  toHaveBeenCalledWith(...args: unknown[]): void;
  resolves: { toBe(expected: unknown): Promise<void>; toMatchObject(expected: object): Promise<void> };
};
declare const vi: {
  fn<A extends unknown[], R>(impl?: (...args: A) => R): (...args: A) => R;
};

interface HallReading {
  hall: string;
  tempC: number;
  relHumidity: number;
}

class MuseumClimate {
  private temps = new Map<string, number>();
  private alarm: (hall: string, tempC: number) => void = () => {};

  constructor(halls: Record<string, number>) {
    for (const [hall, t] of Object.entries(halls)) this.temps.set(hall, t);
  }

  onAlarm(handler: (hall: string, tempC: number) => void): void {
    this.alarm = handler;
  }

  async readHall(hall: string): Promise<HallReading> {
    await Promise.resolve();
    const tempC = this.temps.get(hall);
    if (tempC === undefined) throw new Error(`unknown hall ${hall}`);
    // wax figures start to slump above 24C, so alarm early
    if (tempC > 22.5) this.alarm(hall, tempC);
    return { hall, tempC, relHumidity: 0.45 };
  }

  async coolStep(hall: string): Promise<void> {
    await Promise.resolve();
    this.temps.set(hall, (this.temps.get(hall) ?? 20) - 0.5);
  }
}

async function pollUntil<T>(probe: () => Promise<T>, done: (value: T) => boolean, rounds: number): Promise<T> {
  let value = await probe();
  for (let i = 1; i < rounds && !done(value); i++) {
    value = await probe();
  }
  return value;
}

describe('wax museum hall climate', () => {
  let climate: MuseumClimate;

  beforeEach(() => {
    climate = new MuseumClimate({ royals: 23.5, 'film-stars': 21, musicians: 20.5 });
  });

  it('reads all halls in parallel', async () => {
    const read = climate.readHall.bind(climate);
    const [royals, stars] = await Promise.all([read('royals'), read('film-stars')]);
    expect(royals.tempC).toBe(23.5);
    expect(stars.tempC).toBe(21);
  });

  it('raises an alarm for a warm hall', async () => {
    const alarm = vi.fn((_hall: string, _t: number) => {});
    climate.onAlarm(alarm);
    await climate.readHall('royals');
    expect(alarm).toHaveBeenCalledWith('royals', 23.5);
  });

  it('cools a hall until it is under the alarm threshold', async () => {
    const reading = await pollUntil(
      async () => {
        await climate.coolStep('royals');
        return climate.readHall('royals');
      },
      (r) => r.tempC <= 22,
      10,
    );
    expect(reading.tempC).toBeLessThan(22.5);
  });

  it('resolves readings with humidity attached', async () => {
    await expect(climate.readHall('musicians')).resolves.toMatchObject({ relHumidity: 0.45 });
  });

  it('does not alarm for a cool hall', async () => {
    let alarms = 0;
    climate.onAlarm(() => {
      alarms += 1;
    });
    await expect(climate.readHall('musicians').then((r) => r.tempC)).resolves.toBe(20.5);
    expect(alarms).toBe(0);
  });
});
