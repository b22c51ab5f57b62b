// expect: none
// The mocks are handed function implementations where the planner expects functions, and every promise is awaited before asserting.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;

interface Mock<A extends unknown[], R> {
  (...args: A): R;
  mock: { calls: A[] };
  mockImplementation(impl: (...args: A) => R): Mock<A, R>;
}

declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): Mock<A, R>;
};

declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledTimes(times: number): void;
  toHaveBeenCalledWith(...args: unknown[]): void;
  rejects: { toThrow(pattern: RegExp): Promise<void> };
};

interface FeedingSlot {
  tankId: string;
  food: 'pellets' | 'krill' | 'algae-wafer';
  grams: number;
  at: string;
}

interface TankProfile {
  tankId: string;
  biomassGrams: number;
  species: string[];
}

interface FeedingPlanner {
  nextFeeding(tankId: string, now: string): Promise<FeedingSlot | undefined>;
}

declare function createFeedingPlanner(deps: {
  loadSchedule: (tankId: string) => Promise<FeedingSlot[]>;
  loadProfile: (tankId: string) => Promise<TankProfile>;
}): FeedingPlanner;

const reefSchedule: FeedingSlot[] = [
  { tankId: 'reef-1', food: 'krill', grams: 6, at: '08:00' },
  { tankId: 'reef-1', food: 'pellets', grams: 4, at: '13:00' },
  { tankId: 'reef-1', food: 'algae-wafer', grams: 3, at: '18:30' },
];

async function loadReefSchedule(tankId: string): Promise<FeedingSlot[]> {
  return reefSchedule.filter((slot) => slot.tankId === tankId);
}

describe('feeding planner', () => {
  let loadSchedule: Mock<[string], Promise<FeedingSlot[]>>;
  let loadProfile: Mock<[string], Promise<TankProfile>>;
  let planner: FeedingPlanner;

  beforeEach(() => {
    loadSchedule = vi.fn(loadReefSchedule);
    loadProfile = vi.fn(async (tankId: string) => ({ tankId, biomassGrams: 1800, species: ['tang', 'clownfish'] }));
    planner = createFeedingPlanner({ loadSchedule, loadProfile });
  });

  it('picks the next slot after the current time', async () => {
    const slot = await planner.nextFeeding('reef-1', '09:15');
    expect(slot).toEqual(reefSchedule[1]);
    expect(loadSchedule).toHaveBeenCalledWith('reef-1');
  });

  it('returns undefined after the last feeding of the day', async () => {
    expect(await planner.nextFeeding('reef-1', '21:00')).toBe(undefined);
  });

  it('looks up the tank profile once per call', async () => {
    await planner.nextFeeding('reef-1', '07:00');
    expect(loadProfile).toHaveBeenCalledTimes(1);
  });

  it('surfaces schedule lookup failures', async () => {
    loadSchedule.mockImplementation(async () => {
      throw new Error('schedule store offline');
    });
    await expect(planner.nextFeeding('reef-1', '07:00')).rejects.toThrow(/offline/);
  });
});
