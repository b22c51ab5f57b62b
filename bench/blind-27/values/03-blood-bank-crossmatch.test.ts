// expect: no-promise-as-value
// The "reserved stock" test passes hasCompatibleUnit's Promise straight to assert.ok, which is always truthy, so the assertion can never fail.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

type AboRh = 'O-' | 'O+' | 'A-' | 'A+' | 'B-' | 'B+' | 'AB-' | 'AB+';

interface RedCellUnit {
  unitId: string;
  group: AboRh;
  expires: Date;
  reservedFor?: string;
}

const DONOR_COMPATIBILITY: Record<AboRh, AboRh[]> = {
  'O-': ['O-'],
  'O+': ['O-', 'O+'],
  'A-': ['O-', 'A-'],
  'A+': ['O-', 'O+', 'A-', 'A+'],
  'B-': ['O-', 'B-'],
  'B+': ['O-', 'O+', 'B-', 'B+'],
  'AB-': ['O-', 'A-', 'B-', 'AB-'],
  'AB+': ['O-', 'O+', 'A-', 'A+', 'B-', 'B+', 'AB-', 'AB+'],
};

class InMemoryInventory {
  private units: RedCellUnit[] = [];

  async add(unit: RedCellUnit): Promise<void> {
    this.units.push({ ...unit });
  }

  async reserve(unitId: string, patientId: string): Promise<void> {
    const unit = this.units.find((u) => u.unitId === unitId);
    if (!unit) throw new Error(`unknown unit ${unitId}`);
    if (unit.reservedFor) throw new Error(`unit ${unitId} already reserved`);
    unit.reservedFor = patientId;
  }

  async compatibleUnits(recipient: AboRh, now: Date): Promise<RedCellUnit[]> {
    const allowed = DONOR_COMPATIBILITY[recipient];
    return this.units
      .filter((u) => !u.reservedFor && u.expires > now && allowed.includes(u.group))
      .sort((a, b) => a.expires.getTime() - b.expires.getTime());
  }

  async hasCompatibleUnit(recipient: AboRh, now: Date): Promise<boolean> {
    return (await this.compatibleUnits(recipient, now)).length > 0;
  }
}

const NOW = new Date('2024-03-10T08:00:00Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

describe('red cell crossmatch', () => {
  let inventory: InMemoryInventory;

  beforeEach(async () => {
    inventory = new InMemoryInventory();
    await inventory.add({ unitId: 'U-100', group: 'O-', expires: days(3) });
    await inventory.add({ unitId: 'U-101', group: 'A+', expires: days(12) });
    await inventory.add({ unitId: 'U-102', group: 'B-', expires: days(-1) });
  });

  it('offers universal donor units to AB+ recipients first by expiry', async () => {
    const units = await inventory.compatibleUnits('AB+', NOW);
    assert.deepEqual(
      units.map((u) => u.unitId),
      ['U-100', 'U-101'],
    );
  });

  it('never offers expired units', async () => {
    const units = await inventory.compatibleUnits('B-', NOW);
    assert.deepEqual(units.map((u) => u.unitId), ['U-100']);
  });

  it('treats reserved stock as unavailable', async () => {
    await inventory.reserve('U-100', 'patient-77');
    assert.ok(!(await inventory.hasCompatibleUnit('O-', NOW)));
    assert.ok(inventory.hasCompatibleUnit('A+', NOW));
  });

  it('rejects double reservation', async () => {
    await inventory.reserve('U-101', 'patient-12');
    await assert.rejects(inventory.reserve('U-101', 'patient-13'), /already reserved/);
  });
});
