// expect: no-unobserved-promise
// plan() starts the anchor request first and only awaits it after awaiting the rope list, so an anchor failure that lands while ropes are still loading is an unhandled rejection.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface Rope {
  id: string;
  lastInspected: string;
  usageHours: number;
}

interface Anchor {
  id: string;
  ropeIds: string[];
  lastProofLoad: string;
}

interface SiteApi {
  listRopes(siteId: string): Promise<Rope[]>;
  listAnchors(siteId: string): Promise<Anchor[]>;
}

interface InspectionPlan {
  ropes: string[];
  anchors: string[];
}

const DAY = 86_400_000;

class InspectionPlanner {
  constructor(
    private readonly api: SiteApi,
    private readonly now: () => number = Date.now,
    private readonly ropeIntervalDays = 90,
    private readonly anchorIntervalDays = 180,
  ) {}

  private overdue(iso: string, days: number): boolean {
    return this.now() - Date.parse(iso) > days * DAY;
  }

  async plan(siteId: string): Promise<InspectionPlan> {
    const anchorsPending = this.api.listAnchors(siteId);
    const ropes = await this.api.listRopes(siteId);
    const dueRopes = ropes.filter((r) => r.usageHours > 200 || this.overdue(r.lastInspected, this.ropeIntervalDays));
    const dueIds = new Set(dueRopes.map((r) => r.id));

    const anchors = await anchorsPending;
    const dueAnchors = anchors.filter(
      (a) => this.overdue(a.lastProofLoad, this.anchorIntervalDays) || a.ropeIds.some((id) => dueIds.has(id)),
    );
    return { ropes: [...dueIds].sort(), anchors: dueAnchors.map((a) => a.id).sort() };
  }
}

describe('InspectionPlanner', () => {
  const now = Date.parse('2024-11-01T00:00:00Z');
  let ropes: Rope[];
  let anchors: Anchor[];

  before(() => {
    ropes = [
      { id: 'R1', lastInspected: '2024-10-01T00:00:00Z', usageHours: 40 },
      { id: 'R2', lastInspected: '2024-06-01T00:00:00Z', usageHours: 12 },
      { id: 'R3', lastInspected: '2024-10-20T00:00:00Z', usageHours: 260 },
    ];
    anchors = [
      { id: 'A1', ropeIds: ['R1'], lastProofLoad: '2024-09-01T00:00:00Z' },
      { id: 'A2', ropeIds: ['R2'], lastProofLoad: '2024-09-01T00:00:00Z' },
      { id: 'A3', ropeIds: [], lastProofLoad: '2024-01-15T00:00:00Z' },
    ];
  });

  after(() => {
    ropes = [];
    anchors = [];
  });

  test('schedules overdue and heavily used ropes, and the anchors they hang from', async () => {
    const api: SiteApi = {
      listRopes: async () => ropes,
      listAnchors: async () => anchors,
    };
    const plan = await new InspectionPlanner(api, () => now).plan('tower-7');
    assert.deepEqual(plan, { ropes: ['R2', 'R3'], anchors: ['A2', 'A3'] });
  });

  test('propagates a failure to load the rope list', async () => {
    const api: SiteApi = {
      listRopes: async () => {
        throw new Error('site database offline');
      },
      listAnchors: async () => anchors,
    };
    await assert.rejects(new InspectionPlanner(api, () => now).plan('tower-7'), /site database offline/);
  });

  test('returns an empty plan for a freshly certified site', async () => {
    const api: SiteApi = { listRopes: async () => [], listAnchors: async () => [] };
    const plan = await new InspectionPlanner(api, () => now).plan('new-build');
    assert.deepEqual(plan, { ropes: [], anchors: [] });
  });
});
