// expect: no-unobserved-promise
// In the last-seat test `second` is already rejected with SoldOutError while the test is still awaiting `first` (which waits on the payment fake), so the rejection has no handler yet and node:test reports an unhandled rejection that fails or flakes the suite.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface Receipt {
  chargeId: string;
  cents: number;
}

interface Payments {
  charge(customer: string, cents: number): Promise<Receipt>;
}

interface Ticket {
  showId: string;
  customer: string;
  chargeId: string;
}

class SoldOutError extends Error {
  constructor(readonly showId: string) {
    super(`show ${showId} is sold out`);
    this.name = 'SoldOutError';
  }
}

class BoxOffice {
  private readonly capacity = new Map<string, number>();
  private readonly taken = new Map<string, number>();
  private closed = false;

  constructor(private readonly payments: Payments, private readonly priceCents = 1450) {}

  setCapacity(showId: string, seats: number): void {
    this.capacity.set(showId, seats);
  }

  remaining(showId: string): number {
    return (this.capacity.get(showId) ?? 0) - (this.taken.get(showId) ?? 0);
  }

  async buy(showId: string, customer: string): Promise<Ticket> {
    if (this.closed) throw new Error('box office closed');
    if (this.remaining(showId) <= 0) throw new SoldOutError(showId);
    this.taken.set(showId, (this.taken.get(showId) ?? 0) + 1);
    try {
      const receipt = await this.payments.charge(customer, this.priceCents);
      return { showId, customer, chargeId: receipt.chargeId };
    } catch (err) {
      this.taken.set(showId, (this.taken.get(showId) ?? 1) - 1);
      throw err;
    }
  }

  close(): void {
    this.closed = true;
  }
}

describe('BoxOffice', () => {
  let payments: { charge: ReturnType<typeof mock.fn<Payments['charge']>> };
  let office: BoxOffice;

  beforeEach(() => {
    payments = {
      charge: mock.fn<Payments['charge']>(async (customer, cents) => {
        await delay(5);
        return { chargeId: `ch_${customer}`, cents };
      }),
    };
    office = new BoxOffice(payments, 1450);
  });

  afterEach(() => {
    office.close();
    mock.reset();
  });

  it('charges the listed price', async () => {
    office.setCapacity('aurora-1930', 40);
    const ticket = await office.buy('aurora-1930', 'carol');
    assert.equal(ticket.chargeId, 'ch_carol');
    assert.deepEqual(payments.charge.mock.calls[0].arguments, ['carol', 1450]);
    assert.equal(office.remaining('aurora-1930'), 39);
  });

  it('gives the seat back when the payment fails', async () => {
    office.setCapacity('aurora-2100', 1);
    payments.charge.mock.mockImplementationOnce(async () => {
      throw new Error('card declined');
    });
    await assert.rejects(office.buy('aurora-2100', 'dave'), /card declined/);
    assert.equal(office.remaining('aurora-2100'), 1);
  });

  it('sells the last seat to exactly one buyer', async () => {
    office.setCapacity('eclipse-0900', 1);
    const first = office.buy('eclipse-0900', 'alice');
    const second = office.buy('eclipse-0900', 'bob');
    const ticket = await first;
    assert.equal(ticket.customer, 'alice');
    await assert.rejects(second, SoldOutError);
    assert.equal(payments.charge.mock.callCount(), 1);
  });
});
