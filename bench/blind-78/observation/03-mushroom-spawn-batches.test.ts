// expect: no-floating-promises
// beforeEach seeds the grain-spawn jars with jars.forEach(async ...), so the inserts are dropped and the tests can run (and the next reset can start) before the fixtures exist.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const afterEach: (fn: () => unknown) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
};

interface SpawnJar {
  jarId: string;
  strain: 'pleurotus-ostreatus' | 'hericium-erinaceus' | 'lentinula-edodes';
  substrate: 'rye' | 'millet' | 'sorghum';
  inoculatedAt: string;
  colonisationPct: number;
  contaminated: boolean;
}

declare const labDb: {
  truncate(table: 'spawn_jars' | 'transfers'): Promise<void>;
  insertJar(jar: SpawnJar): Promise<void>;
};
declare const spawnService: {
  readyForTransfer(minColonisationPct: number): Promise<SpawnJar[]>;
  quarantine(jarId: string): Promise<{ moved: boolean }>;
  contaminationRate(strain: SpawnJar['strain']): Promise<number>;
};

const jars: SpawnJar[] = [
  { jarId: 'PO-001', strain: 'pleurotus-ostreatus', substrate: 'rye', inoculatedAt: '2024-03-01', colonisationPct: 100, contaminated: false },
  { jarId: 'PO-002', strain: 'pleurotus-ostreatus', substrate: 'rye', inoculatedAt: '2024-03-01', colonisationPct: 85, contaminated: false },
  { jarId: 'HE-001', strain: 'hericium-erinaceus', substrate: 'millet', inoculatedAt: '2024-03-04', colonisationPct: 60, contaminated: false },
  { jarId: 'LE-001', strain: 'lentinula-edodes', substrate: 'sorghum', inoculatedAt: '2024-02-20', colonisationPct: 100, contaminated: true },
  { jarId: 'LE-002', strain: 'lentinula-edodes', substrate: 'sorghum', inoculatedAt: '2024-02-20', colonisationPct: 95, contaminated: false },
];

describe('spawn lab transfer planning', () => {
  beforeEach(async () => {
    await labDb.truncate('spawn_jars');
    jars.forEach(async (jar) => {
      await labDb.insertJar(jar);
    });
  });

  afterEach(async () => {
    await labDb.truncate('transfers');
  });

  it('offers only fully colonised, clean jars for transfer to bulk substrate', async () => {
    const ready = await spawnService.readyForTransfer(100);
    expect(ready.map((j) => j.jarId)).toEqual(['PO-001']);
  });

  it('lowers the bar for shiitake-style partial transfers', async () => {
    const ready = await spawnService.readyForTransfer(90);
    expect(ready).toHaveLength(2);
  });

  it('moves a contaminated jar to quarantine', async () => {
    const result = await spawnService.quarantine('LE-001');
    expect(result.moved).toBe(true);
  });

  it('reports contamination rate per strain', async () => {
    expect(await spawnService.contaminationRate('lentinula-edodes')).toBe(0.5);
    expect(await spawnService.contaminationRate('pleurotus-ostreatus')).toBe(0);
  });
});
