// expect: none
// Inventory promises are memoized per blood group and awaited by many callers on purpose; a rejected load is evicted so the next request starts a fresh fetch.
export type AboRh = 'O-' | 'O+' | 'A-' | 'A+' | 'B-' | 'B+' | 'AB-' | 'AB+';

export interface RedCellUnit {
  unitId: string;
  group: AboRh;
  expiresOn: string;
  irradiated: boolean;
  cmvNegative: boolean;
}

export interface Requirements {
  irradiated?: boolean;
  cmvNegative?: boolean;
}

declare function fetchUnits(group: AboRh, signal?: AbortSignal): Promise<RedCellUnit[]>;

const COMPATIBLE: Record<AboRh, AboRh[]> = {
  'O-': ['O-'],
  'O+': ['O+', 'O-'],
  'A-': ['A-', 'O-'],
  'A+': ['A+', 'A-', 'O+', 'O-'],
  'B-': ['B-', 'O-'],
  'B+': ['B+', 'B-', 'O+', 'O-'],
  'AB-': ['AB-', 'A-', 'B-', 'O-'],
  'AB+': ['AB+', 'AB-', 'A+', 'A-', 'B+', 'B-', 'O+', 'O-'],
};

export class InventoryCache {
  private readonly byGroup = new Map<AboRh, Promise<RedCellUnit[]>>();

  constructor(private readonly ttlMs = 60_000) {}

  units(group: AboRh): Promise<RedCellUnit[]> {
    let entry = this.byGroup.get(group);
    if (!entry) {
      entry = fetchUnits(group);
      this.byGroup.set(group, entry);
      entry.then(
        () => setTimeout(() => this.byGroup.delete(group), this.ttlMs).unref(),
        () => this.byGroup.delete(group),
      );
    }
    return entry;
  }

  invalidate(group?: AboRh): void {
    if (group) this.byGroup.delete(group);
    else this.byGroup.clear();
  }
}

export async function selectUnits(
  cache: InventoryCache,
  recipient: AboRh,
  count: number,
  req: Requirements = {},
): Promise<RedCellUnit[]> {
  const today = new Date().toISOString().slice(0, 10);
  const pools = await Promise.all(COMPATIBLE[recipient].map((g) => cache.units(g)));

  const candidates = pools
    .flat()
    .filter((u) => u.expiresOn >= today)
    .filter((u) => !req.irradiated || u.irradiated)
    .filter((u) => !req.cmvNegative || u.cmvNegative)
    // Prefer exact group, then shortest shelf life to reduce wastage.
    .sort((a, b) => {
      const exact = Number(b.group === recipient) - Number(a.group === recipient);
      return exact !== 0 ? exact : a.expiresOn.localeCompare(b.expiresOn);
    });

  if (candidates.length < count) {
    throw new Error(`only ${candidates.length} of ${count} compatible units for ${recipient}`);
  }
  return candidates.slice(0, count);
}
