// expect: no-uncalled-async-function
// run() lists this.verifyChainOfCustody in the Promise.all array without calling it, so the custody check never executes and a broken chain of custody still passes preflight.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface Shipment {
  id: string;
  organ: 'kidney' | 'liver' | 'heart' | 'lung';
  boxCelsius: number;
  sealId: string;
  custodySignatures: string[];
  flightSlot: string | null;
}

interface CourierSystems {
  readSeal(shipmentId: string): Promise<string>;
  custodyChain(shipmentId: string): Promise<string[]>;
  confirmSlot(slot: string): Promise<boolean>;
}

class PreflightChecklist {
  constructor(private readonly shipment: Shipment, private readonly systems: CourierSystems) {}

  async verifyCoolerTemp(): Promise<void> {
    const { boxCelsius } = this.shipment;
    if (boxCelsius < 2 || boxCelsius > 8) throw new Error(`cooler at ${boxCelsius}°C`);
  }

  async verifySealIntact(): Promise<void> {
    const seal = await this.systems.readSeal(this.shipment.id);
    if (seal !== this.shipment.sealId) throw new Error(`seal ${seal} does not match ${this.shipment.sealId}`);
  }

  async verifyChainOfCustody(): Promise<void> {
    const recorded = await this.systems.custodyChain(this.shipment.id);
    const missing = this.shipment.custodySignatures.filter((s) => !recorded.includes(s));
    if (missing.length > 0) throw new Error(`custody gap: ${missing.join(', ')}`);
  }

  async verifyFlightSlot(): Promise<void> {
    const slot = this.shipment.flightSlot;
    if (slot === null) return; // ground transport
    if (!(await this.systems.confirmSlot(slot))) throw new Error(`flight slot ${slot} not confirmed`);
  }

  async run(): Promise<'cleared'> {
    const checks = [
      this.verifyCoolerTemp(),
      this.verifySealIntact(),
      this.verifyChainOfCustody,
      this.verifyFlightSlot(),
    ];
    await Promise.all(checks);
    return 'cleared';
  }
}

describe('PreflightChecklist', () => {
  let shipment: Shipment;
  let systems: CourierSystems;
  let sealReads = 0;

  before(() => {
    systems = {
      readSeal: async () => {
        sealReads++;
        return 'SEAL-5531';
      },
      custodyChain: async () => ['procurement:RN-12', 'courier:C-07'],
      confirmSlot: async (slot) => slot.startsWith('LN'),
    };
  });

  after(() => {
    assert.ok(sealReads >= 4, `seal reader exercised only ${sealReads} times`);
  });

  const fresh = (overrides: Partial<Shipment> = {}): Shipment => ({
    id: 'LIV-1177',
    organ: 'liver',
    boxCelsius: 4.2,
    sealId: 'SEAL-5531',
    custodySignatures: ['procurement:RN-12', 'courier:C-07'],
    flightSlot: 'LN-0412',
    ...overrides,
  });

  test('clears a shipment that passes every check', async () => {
    shipment = fresh();
    assert.equal(await new PreflightChecklist(shipment, systems).run(), 'cleared');
  });

  test('fails a warm cooler', async () => {
    shipment = fresh({ boxCelsius: 11.5 });
    await assert.rejects(new PreflightChecklist(shipment, systems).run(), /cooler at 11.5°C/);
  });

  test('fails a tampered seal', async () => {
    shipment = fresh({ sealId: 'SEAL-9999' });
    await assert.rejects(new PreflightChecklist(shipment, systems).run(), /does not match SEAL-9999/);
  });

  test('does not need a flight slot for ground transport', async () => {
    shipment = fresh({ flightSlot: null });
    assert.equal(await new PreflightChecklist(shipment, systems).run(), 'cleared');
  });
});
