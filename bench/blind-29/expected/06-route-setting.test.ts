// expect: none
// Async functions are passed as callbacks to beforeEach/map (the runner and map invoke them), and every awaited value is an actual call result.
declare function describe(name: string, fn: () => void): void;
declare function test(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function afterAll(fn: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(message?: string): Promise<void> };
};

type Grade = 'V0' | 'V1' | 'V2' | 'V3' | 'V4' | 'V5' | 'V6';

interface BoulderRoute {
  wall: string;
  color: string;
  grade: Grade;
  setter: string;
}

declare const gymDb: {
  truncate(table: string): Promise<void>;
  insertRoute(route: BoulderRoute): Promise<{ id: number }>;
  routesOnWall(wall: string): Promise<(BoulderRoute & { id: number })[]>;
  retireRoute(id: number): Promise<void>;
  disconnect(): Promise<void>;
};

async function resetGym(): Promise<void> {
  await gymDb.truncate('ascents');
  await gymDb.truncate('routes');
}

async function setRoute(route: BoulderRoute): Promise<number> {
  if (!/^V[0-6]$/.test(route.grade)) throw new Error(`invalid grade ${route.grade}`);
  const { id } = await gymDb.insertRoute(route);
  return id;
}

const cave: BoulderRoute[] = [
  { wall: 'cave', color: 'yellow', grade: 'V2', setter: 'ines' },
  { wall: 'cave', color: 'black', grade: 'V5', setter: 'ines' },
  { wall: 'cave', color: 'pink', grade: 'V0', setter: 'tomas' },
];

describe('route setting', () => {
  beforeEach(resetGym);
  afterAll(() => gymDb.disconnect());

  test('sets a full wall in parallel', async () => {
    const ids = await Promise.all(cave.map(setRoute));
    expect(ids.length).toBe(3);
    const routes = await gymDb.routesOnWall('cave');
    expect(routes.map((r) => r.color).sort()).toEqual(['black', 'pink', 'yellow']);
  });

  test('retiring a route removes it from the wall', async () => {
    const [first, second] = await Promise.all([setRoute(cave[0]), setRoute(cave[1])]);
    await gymDb.retireRoute(first);
    const remaining = await gymDb.routesOnWall('cave');
    expect(remaining.map((r) => r.id)).toEqual([second]);
  });

  test('rejects routes with an unknown grade', async () => {
    const bogus = { ...cave[0], grade: 'V11' as Grade };
    await expect(setRoute(bogus)).rejects.toThrow('invalid grade V11');
  });

  test('reset leaves walls empty', async () => {
    await setRoute(cave[2]);
    await resetGym();
    const routes = await gymDb.routesOnWall('cave');
    expect(routes).toEqual([]);
  });
});
