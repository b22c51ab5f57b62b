// expect: none
// Loader functions are deliberately handled as values: ids.map(loadVendor) calls each, and loaderFor returns a function its callers invoke.
export type StallCategory = 'produce' | 'bakery' | 'dairy' | 'crafts' | 'hot-food';

export interface Vendor {
  id: string;
  name: string;
  category: StallCategory;
  organicCertified: boolean;
  pitch?: string;
}

export interface MarketDayPlan {
  date: string;
  pitches: Array<{ pitch: string; vendorId: string; category: StallCategory }>;
  unplaced: string[];
}

declare const vendorRegistry: {
  byId(id: string): Promise<Vendor>;
  produceGrowers(date: string): Promise<string[]>;
  craftMakers(date: string): Promise<string[]>;
  foodTrucks(date: string): Promise<string[]>;
};

declare const pitchMap: {
  freePitches(date: string, category: StallCategory): Promise<string[]>;
};

type RosterLoader = (date: string) => Promise<string[]>;

const loaders: Record<'produce' | 'crafts' | 'hot-food', RosterLoader> = {
  produce: (date) => vendorRegistry.produceGrowers(date),
  crafts: (date) => vendorRegistry.craftMakers(date),
  'hot-food': (date) => vendorRegistry.foodTrucks(date),
};

export function loaderFor(category: StallCategory): RosterLoader {
  if (category === 'produce' || category === 'crafts' || category === 'hot-food') {
    return loaders[category];
  }
  return loaders.produce;
}

function loadVendor(id: string): Promise<Vendor> {
  return vendorRegistry.byId(id);
}

export async function planMarketDay(date: string, categories: StallCategory[]): Promise<MarketDayPlan> {
  const rosterLoaders = [...new Set(categories.map(loaderFor))];
  const rosters = await Promise.all(rosterLoaders.map((load) => load(date)));
  const ids = [...new Set(rosters.flat())];
  const vendors = await Promise.all(ids.map(loadVendor));

  const plan: MarketDayPlan = { date, pitches: [], unplaced: [] };
  const freeByCategory = new Map<StallCategory, string[]>();
  for (const category of new Set(vendors.map((v) => v.category))) {
    freeByCategory.set(category, await pitchMap.freePitches(date, category));
  }

  const ordered = vendors.slice().sort((a, b) => Number(b.organicCertified) - Number(a.organicCertified));
  for (const vendor of ordered) {
    const free = freeByCategory.get(vendor.category) ?? [];
    const preferred = vendor.pitch && free.includes(vendor.pitch) ? vendor.pitch : free[0];
    if (!preferred) {
      plan.unplaced.push(vendor.id);
      continue;
    }
    free.splice(free.indexOf(preferred), 1);
    plan.pitches.push({ pitch: preferred, vendorId: vendor.id, category: vendor.category });
  }
  return plan;
}
