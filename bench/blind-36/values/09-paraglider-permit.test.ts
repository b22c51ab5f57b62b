// expect: none
// Every promise handed to an assertion is awaited first, or goes to assert.rejects/doesNotReject, which take a promise by design.
import { describe, it, before, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Pilot {
  licence: string;
  name: string;
  rating: 'P2' | 'P3' | 'P4';
  insuranceUntil: string;
}

interface SitePermit {
  permitId: string;
  licence: string;
  site: string;
  validUntil: string;
}

interface PermitDesk {
  issue(pilot: Pilot, site: string, today: string): Promise<SitePermit>;
  isValid(permitId: string, on: string): Promise<boolean>;
  revoke(permitId: string, reason: string): Promise<void>;
  forPilot(licence: string): Promise<SitePermit[]>;
}

declare function openPermitDesk(options: { minRatingBySite: Record<string, Pilot['rating']> }): Promise<PermitDesk>;

const sites = { 'Ridge North': 'P2', 'Col de Vent': 'P3', 'Big Wall': 'P4' } as const;

const ana: Pilot = { licence: 'PG-1042', name: 'Ana Duarte', rating: 'P3', insuranceUntil: '2025-03-31' };
const ben: Pilot = { licence: 'PG-2210', name: 'Ben Okoro', rating: 'P2', insuranceUntil: '2024-06-30' };

describe('paragliding club site permits', () => {
  let desk: PermitDesk;
  let minRatingBySite: Record<string, Pilot['rating']>;

  before(() => {
    minRatingBySite = { ...sites };
  });

  beforeEach(async () => {
    desk = await openPermitDesk({ minRatingBySite });
  });

  it('issues a permit for a site within the pilot rating', async () => {
    const permit = await desk.issue(ana, 'Col de Vent', '2024-07-01');
    assert.equal(permit.licence, ana.licence);
    assert.ok(await desk.isValid(permit.permitId, '2024-07-02'));
  });

  it('refuses a site above the pilot rating', async () => {
    await assert.rejects(desk.issue(ben, 'Big Wall', '2024-05-01'), /requires P4/);
  });

  it('refuses pilots whose insurance has lapsed', async () => {
    await assert.rejects(desk.issue(ben, 'Ridge North', '2024-07-15'), /insurance/);
  });

  it('allows a P2 pilot on the training ridge', async () => {
    await assert.doesNotReject(desk.issue(ben, 'Ridge North', '2024-05-01'));
  });

  it('marks a revoked permit invalid', async () => {
    const permit = await desk.issue(ana, 'Ridge North', '2024-07-01');
    await desk.revoke(permit.permitId, 'unsafe launch reported by site marshal');
    const stillValid = await desk.isValid(permit.permitId, '2024-07-02');
    assert.equal(stillValid, false);
  });

  it('lists every permit held by a pilot', async () => {
    await desk.issue(ana, 'Ridge North', '2024-07-01');
    await desk.issue(ana, 'Col de Vent', '2024-07-01');
    const permits = await desk.forPilot(ana.licence);
    assert.deepEqual(permits.map((p) => p.site).sort(), ['Col de Vent', 'Ridge North']);
  });
});
