// expect: none
// The step list deliberately holds function references, but each one is invoked (`await step(hive)`), and Promise.all gets `hives.map(inspect)` which calls inspect per hive, so every check really runs.
export interface Hive {
  id: string;
  apiary: string;
  frames: number;
  queenMarked: boolean;
}

export interface InspectionNotes {
  hiveId: string;
  broodPattern?: 'solid' | 'patchy' | 'none';
  varroaPer100?: number;
  stores?: 'low' | 'ok' | 'heavy';
  warnings: string[];
}

export interface HiveSensors {
  broodScan(hiveId: string): Promise<'solid' | 'patchy' | 'none'>;
  miteWash(hiveId: string): Promise<number>;
  weightKg(hiveId: string): Promise<number>;
}

export interface CoopLedger {
  save(notes: InspectionNotes): Promise<void>;
}

type Step = (hive: Hive, notes: InspectionNotes) => Promise<void>;

export function createInspector(sensors: HiveSensors, ledger: CoopLedger) {
  const brood: Step = async (hive, notes) => {
    notes.broodPattern = await sensors.broodScan(hive.id);
    if (notes.broodPattern !== 'solid') notes.warnings.push('check queen – brood pattern is not solid');
  };

  const mites: Step = async (hive, notes) => {
    notes.varroaPer100 = await sensors.miteWash(hive.id);
    if (notes.varroaPer100 >= 3) notes.warnings.push(`varroa load ${notes.varroaPer100}/100 bees – treat`);
  };

  const stores: Step = async (hive, notes) => {
    const kg = await sensors.weightKg(hive.id);
    notes.stores = kg < 18 ? 'low' : kg > 35 ? 'heavy' : 'ok';
    if (notes.stores === 'low') notes.warnings.push('feed 1:1 syrup');
  };

  const steps: Step[] = [brood, mites, stores];

  async function inspect(hive: Hive): Promise<InspectionNotes> {
    const notes: InspectionNotes = { hiveId: hive.id, warnings: [] };
    if (!hive.queenMarked) notes.warnings.push('queen unmarked');
    // order matters: the mite wash disturbs the colony, so brood is scanned first
    for (const step of steps) {
      await step(hive, notes);
    }
    await ledger.save(notes);
    return notes;
  }

  async function inspectApiary(hives: Hive[]): Promise<InspectionNotes[]> {
    return Promise.all(hives.map(inspect));
  }

  return { inspect, inspectApiary };
}
