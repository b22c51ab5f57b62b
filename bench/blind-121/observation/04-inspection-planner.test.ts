// expect: no-unobserved-promise
// planInspection() starts the crew lookup, then awaits the unit registry and may return early, so a crew-rota rejection meanwhile has no handler attached.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface EscalatorUnit {
  id: string;
  station: string;
  outOfService: boolean;
  lastInspection: Date;
}

interface Crew {
  lead: string;
  techs: string[];
}

interface UnitRegistry {
  get(unitId: string): Promise<EscalatorUnit>;
}

interface CrewRota {
  nextAvailable(station: string): Promise<Crew>;
}

type InspectionPlan =
  | { status: 'skipped'; unitId: string; reason: string }
  | { status: 'planned'; unitId: string; crew: Crew; dueInDays: number };

class InspectionPlanner {
  constructor(
    private readonly registry: UnitRegistry,
    private readonly rota: CrewRota,
    private readonly intervalDays = 30,
  ) {}

  async planInspection(unitId: string, station: string): Promise<InspectionPlan> {
    const crewRequest = this.rota.nextAvailable(station);
    const unit = await this.registry.get(unitId);
    if (unit.outOfService) {
      return { status: 'skipped', unitId, reason: 'unit is out of service' };
    }
    const crew = await crewRequest;
    const ageDays = (Date.now() - unit.lastInspection.getTime()) / 86_400_000;
    return { status: 'planned', unitId, crew, dueInDays: Math.max(0, Math.round(this.intervalDays - ageDays)) };
  }
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

describe('InspectionPlanner', () => {
  let units: Map<string, EscalatorUnit>;
  let rotaCalls: string[];

  before(() => {
    units = new Map([
      ['ESC-3', { id: 'ESC-3', station: 'Central', outOfService: false, lastInspection: daysAgo(20) }],
      ['ESC-7', { id: 'ESC-7', station: 'Harbour', outOfService: true, lastInspection: daysAgo(90) }],
    ]);
    rotaCalls = [];
  });

  after(() => {
    units.clear();
  });

  const registry: UnitRegistry = {
    async get(unitId) {
      const unit = units.get(unitId);
      if (!unit) throw new Error(`unknown unit ${unitId}`);
      return unit;
    },
  };

  const rota: CrewRota = {
    async nextAvailable(station) {
      rotaCalls.push(station);
      return { lead: 'R. Okafor', techs: ['L. Ng', 'P. Sousa'] };
    },
  };

  test('plans an in-service unit with the days remaining', async () => {
    const planner = new InspectionPlanner(registry, rota);
    const plan = await planner.planInspection('ESC-3', 'Central');
    assert.equal(plan.status, 'planned');
    if (plan.status === 'planned') {
      assert.equal(plan.dueInDays, 10);
      assert.equal(plan.crew.lead, 'R. Okafor');
    }
  });

  test('skips a unit that is out of service', async () => {
    const planner = new InspectionPlanner(registry, rota);
    const plan = await planner.planInspection('ESC-7', 'Harbour');
    assert.deepEqual(plan, { status: 'skipped', unitId: 'ESC-7', reason: 'unit is out of service' });
  });

  test('rejects for an unknown unit', async () => {
    const planner = new InspectionPlanner(registry, rota);
    await assert.rejects(planner.planInspection('ESC-99', 'Central'), /unknown unit ESC-99/);
  });

  test('asks the rota for the right station', async () => {
    const planner = new InspectionPlanner(registry, rota);
    await planner.planInspection('ESC-3', 'Central');
    assert.ok(rotaCalls.includes('Central'));
  });
});
