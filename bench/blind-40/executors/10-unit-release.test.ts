// expect: no-multiple-settle
// waitForStatus() resolves from a setInterval tick but only clears the interval in the timeout path, so it resolves again on every later tick.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

type UnitStatus = 'quarantined' | 'available' | 'crossmatched' | 'issued' | 'discarded';

interface BloodUnit {
  unitId: string;
  abo: 'A' | 'B' | 'AB' | 'O';
  rh: '+' | '-';
  component: 'RBC' | 'FFP' | 'PLT';
  status: UnitStatus;
}

const RBC_COMPATIBLE: Record<BloodUnit['abo'], ReadonlyArray<BloodUnit['abo']>> = {
  O: ['O'],
  A: ['A', 'O'],
  B: ['B', 'O'],
  AB: ['AB', 'A', 'B', 'O'],
};

class InMemoryInventory {
  private readonly units = new Map<string, BloodUnit>();

  put(unit: BloodUnit): void {
    this.units.set(unit.unitId, { ...unit });
  }

  get(unitId: string): BloodUnit | undefined {
    return this.units.get(unitId);
  }

  transitionLater(unitId: string, status: UnitStatus, delayMs: number): void {
    setTimeout(() => {
      const unit = this.units.get(unitId);
      if (unit) unit.status = status;
    }, delayMs);
  }
}

class ReleaseService {
  constructor(private readonly inventory: InMemoryInventory) {}

  async requestRelease(unitId: string, patientAbo: BloodUnit['abo']): Promise<void> {
    const unit = this.inventory.get(unitId);
    if (!unit) throw new Error(`unit ${unitId} not found`);
    if (unit.status !== 'available') throw new Error(`unit ${unitId} is ${unit.status}`);
    if (unit.component === 'RBC' && !RBC_COMPATIBLE[patientAbo].includes(unit.abo)) {
      throw new Error(`unit ${unitId} (${unit.abo}) incompatible with patient ${patientAbo}`);
    }
    // the lab analyser confirms the crossmatch asynchronously
    this.inventory.transitionLater(unitId, 'crossmatched', 20);
  }
}

function waitForStatus(
  inventory: InMemoryInventory,
  unitId: string,
  status: UnitStatus,
  timeoutMs = 500,
): Promise<BloodUnit> {
  return new Promise<BloodUnit>((resolve, reject) => {
    const poll = setInterval(() => {
      const unit = inventory.get(unitId);
      if (unit?.status !== status) return;
      clearTimeout(deadline);
      resolve(unit);
    }, 5);
    const deadline = setTimeout(() => {
      clearInterval(poll);
      reject(new Error(`unit ${unitId} did not reach ${status} within ${timeoutMs}ms`));
    }, timeoutMs);
  });
}

describe('blood bank unit release', () => {
  let inventory: InMemoryInventory;
  let service: ReleaseService;

  beforeEach(() => {
    inventory = new InMemoryInventory();
    inventory.put({ unitId: 'W1234-O-NEG', abo: 'O', rh: '-', component: 'RBC', status: 'available' });
    inventory.put({ unitId: 'W5678-A-POS', abo: 'A', rh: '+', component: 'RBC', status: 'available' });
    inventory.put({ unitId: 'W9012-B-POS', abo: 'B', rh: '+', component: 'RBC', status: 'quarantined' });
    service = new ReleaseService(inventory);
  });

  it('crossmatches a compatible unit', async () => {
    await service.requestRelease('W1234-O-NEG', 'A');
    const unit = await waitForStatus(inventory, 'W1234-O-NEG', 'crossmatched');
    expect(unit.status).toBe('crossmatched');
  });

  it('refuses an incompatible red cell unit', async () => {
    await expect(service.requestRelease('W5678-A-POS', 'O')).rejects.toThrow(/incompatible/);
    expect(inventory.get('W5678-A-POS')?.status).toBe('available');
  });

  it('refuses a quarantined unit', async () => {
    await expect(service.requestRelease('W9012-B-POS', 'AB')).rejects.toThrow(/quarantined/);
  });

  it('times out when the analyser never confirms', async () => {
    await expect(waitForStatus(inventory, 'W5678-A-POS', 'crossmatched', 40)).rejects.toThrow(/within 40ms/);
  });
});
