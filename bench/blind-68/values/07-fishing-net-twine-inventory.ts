// expect: no-read-before-settle
// Bug: the constructor fills this.stock in a .then callback, but planMend constructs the inventory and calls available() synchronously, before the load can have completed.
export type TwineMaterial = 'nylon-mono' | 'nylon-multi' | 'polyethylene';

export interface TwineSpool {
  material: TwineMaterial;
  diameterMm: number;
  metres: number;
  loft: string;
}

export interface MendPlan {
  netId: string;
  material: TwineMaterial;
  diameterMm: number;
  metresNeeded: number;
  metresOnHand: number;
  order: number;
}

declare const stockApi: {
  spools(loft: string): Promise<TwineSpool[]>;
};

declare const netRegister: {
  describe(netId: string): { material: TwineMaterial; twineMm: number; meshMm: number };
};

declare const loftLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export class TwineInventory {
  private stock: TwineSpool[] = [];
  readonly ready: Promise<void>;

  constructor(readonly loft: string) {
    this.ready = stockApi.spools(loft).then(
      (spools) => {
        this.stock = spools;
      },
      (err: unknown) => {
        loftLog.warn('twine stock unavailable; treating loft as empty', { loft, err: String(err) });
      },
    );
  }

  available(material: TwineMaterial, diameterMm: number): number {
    return this.stock
      .filter((s) => s.material === material && Math.abs(s.diameterMm - diameterMm) < 0.05)
      .reduce((sum, s) => sum + s.metres, 0);
  }

  spoolsFor(material: TwineMaterial): TwineSpool[] {
    return this.stock.filter((s) => s.material === material).sort((a, b) => b.metres - a.metres);
  }
}

function metresForMeshes(meshes: number, meshMm: number): number {
  // Four bars per mesh plus ~30 mm per sheet-bend knot.
  return (meshes * (4 * meshMm + 30)) / 1000;
}

export function planMend(netId: string, loft: string, damagedMeshes: number): MendPlan {
  const net = netRegister.describe(netId);
  const inventory = new TwineInventory(loft);
  const metresNeeded = Math.ceil(metresForMeshes(damagedMeshes, net.meshMm) * 1.15);
  const metresOnHand = inventory.available(net.material, net.twineMm);
  return {
    netId,
    material: net.material,
    diameterMm: net.twineMm,
    metresNeeded,
    metresOnHand,
    order: Math.max(0, metresNeeded - metresOnHand),
  };
}
