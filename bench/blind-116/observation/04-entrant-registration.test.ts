// expect: no-unobserved-promise
// registerAll starts every registration up front and then awaits them one by one in a loop, so if a later registration rejects while an earlier one is still pending it has no handler attached yet.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Entrant {
  name: string;
  bib?: number;
  flipperSize: 'S' | 'M' | 'L';
  ageCategory: 'junior' | 'senior' | 'veteran';
}

interface RegistrationApi {
  register(entrant: Entrant): Promise<{ bib: number }>;
}

class ChampionshipRegistrar {
  constructor(private readonly api: RegistrationApi) {}

  async registerAll(entrants: Entrant[]): Promise<Entrant[]> {
    const pending = entrants.map((e) => this.api.register(e));
    const registered: Entrant[] = [];
    for (let i = 0; i < pending.length; i++) {
      const { bib } = await pending[i];
      registered.push({ ...entrants[i], bib });
    }
    return registered;
  }
}

describe('ChampionshipRegistrar', () => {
  let api: { register: ReturnType<typeof vi.fn> };
  let registrar: ChampionshipRegistrar;

  beforeEach(() => {
    let bib = 100;
    api = { register: vi.fn(async () => ({ bib: bib++ })) };
    registrar = new ChampionshipRegistrar(api as unknown as RegistrationApi);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('assigns bibs in entry order', async () => {
    const result = await registrar.registerAll([
      { name: 'Morag', flipperSize: 'M', ageCategory: 'senior' },
      { name: 'Dai', flipperSize: 'L', ageCategory: 'veteran' },
    ]);
    expect(result.map((e) => e.bib)).toEqual([100, 101]);
  });

  it('sends every entrant to the registration API', async () => {
    await registrar.registerAll([
      { name: 'Ffion', flipperSize: 'S', ageCategory: 'junior' },
      { name: 'Gareth', flipperSize: 'M', ageCategory: 'senior' },
      { name: 'Siân', flipperSize: 'L', ageCategory: 'senior' },
    ]);
    expect(api.register).toHaveBeenCalledTimes(3);
  });

  it('fails when the API rejects an entrant', async () => {
    api.register.mockRejectedValueOnce(new Error('bog closed for maintenance'));
    await expect(
      registrar.registerAll([{ name: 'Rhys', flipperSize: 'M', ageCategory: 'senior' }]),
    ).rejects.toThrow('bog closed');
  });
});
