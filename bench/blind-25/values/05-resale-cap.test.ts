// expect: no-promise-as-value
// Bug: the last test passes desk.isWithinCap(...) (a Promise<boolean>) straight to assert.ok, which is always truthy, so the cap check can never fail.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Ticket {
  id: string;
  eventId: string;
  faceValueCents: number;
  section: string;
}

interface Listing {
  listingId: string;
  ticketId: string;
  askCents: number;
  sellerId: string;
}

interface ResaleDesk {
  list(ticket: Ticket, sellerId: string, askCents: number): Promise<Listing>;
  isWithinCap(ticket: Ticket, askCents: number): Promise<boolean>;
  delist(listingId: string): Promise<void>;
  activeListings(eventId: string): Promise<Listing[]>;
}

interface CapPolicy {
  maxMarkupPercent(eventId: string): Promise<number>;
}

declare function createResaleDesk(deps: { policy: CapPolicy }): ResaleDesk;

const fixedPolicy = (percent: number): CapPolicy => ({
  maxMarkupPercent: async () => percent,
});

const ticket: Ticket = {
  id: 'TKT-88213',
  eventId: 'EVT-2024-ARENA-0412',
  faceValueCents: 12_500,
  section: '114',
};

describe('resale price cap', () => {
  let desk: ResaleDesk;

  beforeEach(() => {
    desk = createResaleDesk({ policy: fixedPolicy(10) });
  });

  it('accepts a listing at exactly the cap', async () => {
    const listing = await desk.list(ticket, 'seller-1', 13_750);
    assert.equal(listing.askCents, 13_750);
    const active = await desk.activeListings(ticket.eventId);
    assert.deepEqual(
      active.map((l) => l.listingId),
      [listing.listingId],
    );
  });

  it('rejects a listing above the cap', async () => {
    await assert.rejects(desk.list(ticket, 'seller-1', 13_751), /exceeds resale cap/);
    assert.equal((await desk.activeListings(ticket.eventId)).length, 0);
  });

  it('removes a listing when the seller delists', async () => {
    const listing = await desk.list(ticket, 'seller-2', 12_000);
    await desk.delist(listing.listingId);
    assert.deepEqual(await desk.activeListings(ticket.eventId), []);
  });

  it('treats below-face asks as within the cap', () => {
    for (const ask of [0, 5_000, 12_499, 12_500]) {
      assert.ok(desk.isWithinCap(ticket, ask), `ask ${ask} should be allowed`);
    }
  });
});
