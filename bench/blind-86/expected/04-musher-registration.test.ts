// expect: none
// The async functions passed by reference (beforeEach(resetStore), mockImplementation(lookupVet)) go to APIs that call them and await the result; every service call is invoked.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Registration {
  musher: string;
  kennel: string;
  dogs: string[];
  rookie: boolean;
}

interface VetLookup {
  (dog: string): Promise<{ chipped: boolean; vaccinated: boolean }>;
}

class RegistrationService {
  private entries = new Map<string, Registration>();

  constructor(private readonly vet: VetLookup, private readonly maxDogs = 14) {}

  async register(r: Registration): Promise<string> {
    if (r.dogs.length > this.maxDogs) throw new Error(`at most ${this.maxDogs} dogs may start`);
    if (r.rookie && r.dogs.length > 12) throw new Error('rookies start with at most 12 dogs');
    const checks = await Promise.all(r.dogs.map((d) => this.vet(d)));
    const bad = r.dogs.filter((_, i) => !checks[i].chipped || !checks[i].vaccinated);
    if (bad.length) throw new Error(`missing vet paperwork for ${bad.join(', ')}`);
    const bib = `B${String(this.entries.size + 1).padStart(3, '0')}`;
    this.entries.set(bib, r);
    return bib;
  }

  async clear(): Promise<void> {
    this.entries.clear();
  }
}

const lookupVet: VetLookup = async (dog) => ({ chipped: true, vaccinated: dog !== 'Tok' });

let service: RegistrationService;
const vet = vi.fn<VetLookup>();

async function resetStore(): Promise<void> {
  vet.mockReset();
  vet.mockImplementation(lookupVet);
  service = new RegistrationService(vet);
  await service.clear();
}

describe('RegistrationService', () => {
  beforeEach(resetStore);

  afterEach(() => service.clear());

  it('issues consecutive bibs', async () => {
    const first = await service.register({ musher: 'Aliy', kennel: 'SP', dogs: ['Juneau', 'Kobuk'], rookie: false });
    const second = await service.register({ musher: 'Pete', kennel: 'Nome', dogs: ['Sitka'], rookie: true });
    expect([first, second]).toEqual(['B001', 'B002']);
    expect(vet).toHaveBeenCalledTimes(3);
  });

  it('rejects a team with missing vaccinations', async () => {
    await expect(
      service.register({ musher: 'Jess', kennel: 'Twin', dogs: ['Juneau', 'Tok'], rookie: false }),
    ).rejects.toThrow(/Tok/);
  });

  it('limits rookies to twelve dogs', async () => {
    const dogs = Array.from({ length: 13 }, (_, i) => `dog${i}`);
    await expect(service.register({ musher: 'Sam', kennel: 'New', dogs, rookie: true })).rejects.toThrow(/12 dogs/);
    expect(vet).not.toHaveBeenCalled();
  });

  it('surfaces vet service outages', async () => {
    vet.mockRejectedValueOnce(new Error('vet registry down'));
    await expect(
      service.register({ musher: 'Aliy', kennel: 'SP', dogs: ['Juneau'], rookie: false }),
    ).rejects.toThrow('vet registry down');
  });
});
