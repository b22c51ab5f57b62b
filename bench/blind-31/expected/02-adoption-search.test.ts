// expect: none
// Functions are passed only where callbacks are expected (map, beforeEach, retry helper); every promise-returning function is called before being awaited.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  toHaveBeenCalledTimes(n: number): void;
};
declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): ((...args: A) => R) & { mock: { calls: A[] } };
};

interface Pet {
  id: string;
  species: 'dog' | 'cat' | 'rabbit';
  name: string;
  ageMonths: number;
  shelterId: string;
}

const shelters: Record<string, Pet[]> = {
  north: [
    { id: 'p1', species: 'dog', name: 'Biscuit', ageMonths: 14, shelterId: 'north' },
    { id: 'p2', species: 'cat', name: 'Nori', ageMonths: 40, shelterId: 'north' },
  ],
  harbour: [{ id: 'p3', species: 'rabbit', name: 'Clover', ageMonths: 8, shelterId: 'harbour' }],
};

async function retry<T>(attempt: () => Promise<T>, times: number): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < times; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

function createSearch(fetchShelter: (id: string) => Promise<Pet[]>) {
  return {
    async search(shelterIds: string[], species?: Pet['species']): Promise<Pet[]> {
      const perShelter = await Promise.all(shelterIds.map(fetchShelter));
      return perShelter.flat().filter((p) => !species || p.species === species);
    },
    async searchResilient(shelterIds: string[]): Promise<Pet[]> {
      const perShelter = await Promise.all(shelterIds.map((id) => retry(() => fetchShelter(id), 3)));
      return perShelter.flat().sort((a, b) => a.ageMonths - b.ageMonths);
    },
  };
}

describe('adoption portal search', () => {
  let failuresLeft: number;
  let fetchShelter: ReturnType<typeof vi.fn<[string], Promise<Pet[]>>>;

  async function resetFixtures(): Promise<void> {
    failuresLeft = 0;
    fetchShelter = vi.fn(async (id: string) => {
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new Error(`shelter ${id} temporarily unavailable`);
      }
      return shelters[id] ?? [];
    });
  }

  beforeEach(resetFixtures);

  it('merges listings from several shelters', async () => {
    const { search } = createSearch(fetchShelter);
    const pets = await search(['north', 'harbour']);
    expect(pets).toHaveLength(3);
    expect(fetchShelter).toHaveBeenCalledTimes(2);
  });

  it('filters by species', async () => {
    const { search } = createSearch(fetchShelter);
    const cats = await search(['north', 'harbour'], 'cat');
    expect(cats.map((p) => p.name)).toEqual(['Nori']);
  });

  it('retries flaky shelters with a fresh request each time', async () => {
    failuresLeft = 2;
    const { searchResilient } = createSearch(fetchShelter);
    const pets = await searchResilient(['harbour']);
    expect(pets[0]?.name).toBe('Clover');
    expect(fetchShelter).toHaveBeenCalledTimes(3);
  });
});
