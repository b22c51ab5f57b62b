// expect: none
// Every promise is awaited before it is compared, interpolated or asserted on, and the one promise given to assert.rejects is exactly what that API expects.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface SurfaceObs {
  windKnots: number;
  gustKnots: number;
  dustVisibilityKm: number;
  lightning: boolean;
}

interface WindowDecision {
  open: boolean;
  reasons: string[];
}

class LaunchPlanner {
  constructor(private readonly observe: (site: string) => Promise<SurfaceObs>) {}

  async decide(site: string): Promise<WindowDecision> {
    const obs = await this.observe(site);
    const reasons: string[] = [];
    if (obs.windKnots > 15) reasons.push(`wind ${obs.windKnots}kn`);
    if (obs.gustKnots - obs.windKnots > 10) reasons.push(`gust spread ${obs.gustKnots - obs.windKnots}kn`);
    if (obs.dustVisibilityKm < 2) reasons.push(`dust, ${obs.dustVisibilityKm}km visibility`);
    if (obs.lightning) reasons.push('lightning within 30km');
    return { open: reasons.length === 0, reasons };
  }

  async isOpen(site: string): Promise<boolean> {
    return (await this.decide(site)).open;
  }

  async launchTicket(site: string, sondeSerial: string): Promise<string> {
    const decision = await this.decide(site);
    if (!decision.open) throw new Error(`launch window closed at ${site}: ${decision.reasons.join('; ')}`);
    return `${site}/${sondeSerial}/${new Date(0).toISOString().slice(0, 10)}`;
  }
}

const CALM: SurfaceObs = { windKnots: 6, gustKnots: 9, dustVisibilityKm: 20, lightning: false };
const HABOOB: SurfaceObs = { windKnots: 28, gustKnots: 45, dustVisibilityKm: 0.4, lightning: false };

describe('desert balloon launch window', () => {
  let conditions: Record<string, SurfaceObs>;
  let planner: LaunchPlanner;

  beforeEach(() => {
    conditions = { 'salt-flat': CALM, 'dune-camp': HABOOB };
    planner = new LaunchPlanner(async (site) => {
      const obs = conditions[site];
      if (!obs) throw new Error(`no station at ${site}`);
      return obs;
    });
  });

  it('opens the window in calm air', async () => {
    assert.equal(await planner.isOpen('salt-flat'), true);
    assert.ok(await planner.isOpen('salt-flat'));
  });

  it('lists every reason a haboob closes the window', async () => {
    const decision = await planner.decide('dune-camp');
    assert.equal(decision.open, false);
    assert.deepEqual(decision.reasons, ['wind 28kn', 'gust spread 17kn', 'dust, 0.4km visibility']);
  });

  it('issues a ticket only when open', async () => {
    const ticket = await planner.launchTicket('salt-flat', 'RS41-N2231');
    assert.equal(ticket, 'salt-flat/RS41-N2231/1970-01-01');
    await assert.rejects(planner.launchTicket('dune-camp', 'RS41-N2232'), /window closed at dune-camp/);
  });

  it('closes on lightning even in calm wind', async () => {
    conditions['salt-flat'] = { ...CALM, lightning: true };
    const open = await planner.isOpen('salt-flat');
    assert.equal(`salt-flat open=${open}`, 'salt-flat open=false');
  });

  it('fails loudly for unknown sites', async () => {
    await assert.rejects(() => planner.decide('nowhere'), /no station at nowhere/);
  });
});
