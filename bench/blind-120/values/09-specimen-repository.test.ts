// expect: no-promise-as-value
// The "exists after save" test asserts toBeTruthy on the un-awaited promise from exists(), which is always truthy, so the assertion passes whatever exists resolves to.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Specimen {
  accession: string;
  taxon: string;
  substrate: 'bark' | 'rock' | 'soil' | 'moss' | 'wood';
  collectedOn: string;
  collector: string;
}

interface Storage {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<boolean>;
}

class SpecimenRepository {
  constructor(private readonly storage: Storage) {}

  private key(accession: string): string {
    return `specimen:${accession.toUpperCase()}`;
  }

  async save(specimen: Specimen): Promise<void> {
    if (!/^LICH-\d{6}$/i.test(specimen.accession)) {
      throw new Error(`malformed accession ${specimen.accession}`);
    }
    await this.storage.set(this.key(specimen.accession), JSON.stringify(specimen));
  }

  async find(accession: string): Promise<Specimen | null> {
    const raw = await this.storage.get(this.key(accession));
    return raw === undefined ? null : (JSON.parse(raw) as Specimen);
  }

  async exists(accession: string): Promise<boolean> {
    return (await this.storage.get(this.key(accession))) !== undefined;
  }

  async remove(accession: string): Promise<boolean> {
    return this.storage.delete(this.key(accession));
  }
}

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get: vi.fn(async (key: string) => data.get(key)),
    set: vi.fn(async (key: string, value: string) => {
      data.set(key, value);
    }),
    delete: vi.fn(async (key: string) => data.delete(key)),
  };
}

const xanthoria: Specimen = {
  accession: 'LICH-003318',
  taxon: 'Xanthoria parietina',
  substrate: 'bark',
  collectedOn: '1994-05-12',
  collector: 'M. Øvstedal',
};

describe('SpecimenRepository', () => {
  let storage: Storage;
  let repo: SpecimenRepository;

  beforeEach(() => {
    storage = memoryStorage();
    repo = new SpecimenRepository(storage);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('round-trips a specimen', async () => {
    await repo.save(xanthoria);
    await expect(repo.find('LICH-003318')).resolves.toEqual(xanthoria);
  });

  it('reports a saved specimen as existing', async () => {
    await repo.save(xanthoria);
    expect(repo.exists('lich-003318')).toBeTruthy();
  });

  it('returns null for unknown accessions', async () => {
    expect(await repo.find('LICH-999999')).toBeNull();
  });

  it('rejects malformed accession numbers without touching storage', async () => {
    await expect(repo.save({ ...xanthoria, accession: 'L-3318' })).rejects.toThrow('malformed accession');
    expect(storage.set).not.toHaveBeenCalled();
  });

  it('removes specimens', async () => {
    await repo.save(xanthoria);
    expect(await repo.remove('LICH-003318')).toBe(true);
    expect(await repo.exists('LICH-003318')).toBe(false);
  });
});
