// expect: none
// Function references are passed only where functions are expected (hooks, map callbacks), and every seeder is invoked before Promise.all awaits it.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  rejects: { toThrow(pattern: RegExp | string): Promise<void> };
};

interface CopperPlate {
  id: string;
  widthMm: number;
  heightMm: number;
  engravedLayers: string[];
}

interface InkBatch {
  id: string;
  pigment: 'lamp-black' | 'prussian-blue' | 'sepia';
  viscosity: number;
}

interface StudioDb {
  plates: Map<string, CopperPlate>;
  inks: Map<string, InkBatch>;
}

function createDb(): StudioDb {
  return { plates: new Map(), inks: new Map() };
}

async function seedPlates(db: StudioDb): Promise<void> {
  await Promise.resolve();
  db.plates.set('coastal-1790', { id: 'coastal-1790', widthMm: 610, heightMm: 480, engravedLayers: ['coastline'] });
  db.plates.set('alpine-1821', { id: 'alpine-1821', widthMm: 520, heightMm: 400, engravedLayers: [] });
}

async function seedInks(db: StudioDb): Promise<void> {
  await Promise.resolve();
  db.inks.set('ink-7', { id: 'ink-7', pigment: 'lamp-black', viscosity: 42 });
}

class EngravingStudio {
  constructor(private readonly db: StudioDb) {}

  async engraveLayer(plateId: string, layer: string): Promise<CopperPlate> {
    await Promise.resolve();
    const plate = this.db.plates.get(plateId);
    if (!plate) throw new Error(`unknown plate ${plateId}`);
    if (plate.engravedLayers.includes(layer)) throw new Error(`layer ${layer} already cut on ${plateId}`);
    plate.engravedLayers.push(layer);
    return plate;
  }

  async proof(plateId: string, inkId: string): Promise<string> {
    const [plate, ink] = await Promise.all([this.lookupPlate(plateId), this.lookupInk(inkId)]);
    return `${plate.id}:${plate.engravedLayers.join('+')}@${ink.pigment}`;
  }

  private async lookupPlate(id: string): Promise<CopperPlate> {
    const plate = this.db.plates.get(id);
    if (!plate) throw new Error(`unknown plate ${id}`);
    return plate;
  }

  private async lookupInk(id: string): Promise<InkBatch> {
    const ink = this.db.inks.get(id);
    if (!ink) throw new Error(`unknown ink ${id}`);
    return ink;
  }
}

const seeders: Array<(db: StudioDb) => Promise<void>> = [seedPlates, seedInks];

describe('map engraving studio', () => {
  let db: StudioDb;
  let studio: EngravingStudio;

  beforeEach(async () => {
    db = createDb();
    await Promise.all(seeders.map((seed) => seed(db)));
    studio = new EngravingStudio(db);
  });

  function clearTables(): void {
    db.plates.clear();
    db.inks.clear();
  }

  afterEach(clearTables);

  it('cuts a new layer into a blank plate', async () => {
    const plate = await studio.engraveLayer('alpine-1821', 'contours');
    expect(plate.engravedLayers).toEqual(['contours']);
  });

  it('refuses to cut the same layer twice', async () => {
    await expect(studio.engraveLayer('coastal-1790', 'coastline')).rejects.toThrow(/already cut/);
  });

  it('pulls a proof with the chosen ink', async () => {
    await studio.engraveLayer('coastal-1790', 'soundings');
    const proof = await studio.proof('coastal-1790', 'ink-7');
    expect(proof).toBe('coastal-1790:coastline+soundings@lamp-black');
  });

  it('seeds every fixture table', () => {
    expect([...db.plates.keys()]).toHaveLength(2);
    expect(db.inks.size).toBe(1);
  });
});
