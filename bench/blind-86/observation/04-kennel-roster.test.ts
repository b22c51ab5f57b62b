// expect: no-floating-promises
// In 'loads the race roster' the expect(...).resolves assertion is neither awaited nor returned, so the test finishes before the assertion runs and its failure is lost.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Dog {
  name: string;
  position: 'lead' | 'swing' | 'team' | 'wheel';
  vetCleared: boolean;
}

interface RosterStore {
  fetchDogs(kennel: string): Promise<Dog[]>;
}

class RosterService {
  constructor(private readonly store: RosterStore) {}

  async raceRoster(kennel: string, teamSize: number): Promise<string[]> {
    const dogs = await this.store.fetchDogs(kennel);
    const cleared = dogs.filter((d) => d.vetCleared);
    if (cleared.length < teamSize) {
      throw new Error(`${kennel} has only ${cleared.length} cleared dogs for a team of ${teamSize}`);
    }
    const leads = cleared.filter((d) => d.position === 'lead');
    if (leads.length === 0) throw new Error(`${kennel} has no cleared lead dog`);
    const rest = cleared.filter((d) => d.position !== 'lead');
    return [...leads, ...rest].slice(0, teamSize).map((d) => d.name);
  }
}

const DOGS: Dog[] = [
  { name: 'Juneau', position: 'lead', vetCleared: true },
  { name: 'Kobuk', position: 'swing', vetCleared: true },
  { name: 'Tok', position: 'team', vetCleared: false },
  { name: 'Nome', position: 'team', vetCleared: true },
  { name: 'Sitka', position: 'wheel', vetCleared: true },
];

describe('RosterService', () => {
  let store: { fetchDogs: ReturnType<typeof vi.fn<RosterStore['fetchDogs']>> };
  let service: RosterService;

  beforeEach(() => {
    store = { fetchDogs: vi.fn<RosterStore['fetchDogs']>().mockResolvedValue(DOGS) };
    service = new RosterService(store);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('loads the race roster with the lead dog first', () => {
    expect(service.raceRoster('willow-creek', 4)).resolves.toEqual(['Juneau', 'Kobuk', 'Nome', 'Sitka']);
  });

  it('skips dogs without vet clearance', async () => {
    const roster = await service.raceRoster('willow-creek', 3);
    expect(roster).not.toContain('Tok');
    expect(store.fetchDogs).toHaveBeenCalledWith('willow-creek');
  });

  it('refuses a team larger than the cleared dogs', async () => {
    await expect(service.raceRoster('willow-creek', 6)).rejects.toThrow(/only 4 cleared dogs/);
  });

  it('refuses a team with no lead dog', async () => {
    store.fetchDogs.mockResolvedValueOnce(DOGS.filter((d) => d.position !== 'lead'));
    await expect(service.raceRoster('willow-creek', 2)).rejects.toThrow(/no cleared lead/);
  });
});
