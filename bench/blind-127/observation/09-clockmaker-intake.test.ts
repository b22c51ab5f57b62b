// expect: none
// Concurrent submissions are awaited together with Promise.all and the failing submission is handed straight to assert.rejects, so every promise the tests create is observed.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface RepairTicket {
  owner: string;
  movement: 'longcase' | 'bracket' | 'carriage' | 'cuckoo';
  fault: string;
}

interface IntakeReceipt {
  ticketNo: number;
  owner: string;
  estimateDays: number;
}

interface PartsCatalog {
  leadTimeDays(movement: RepairTicket['movement']): Promise<number>;
}

class RepairIntake {
  private next = 100;
  readonly received: IntakeReceipt[] = [];

  constructor(private readonly parts: PartsCatalog) {}

  async submit(ticket: RepairTicket): Promise<IntakeReceipt> {
    if (!ticket.fault.trim()) throw new Error(`ticket for ${ticket.owner} has no fault description`);
    const leadTime = await this.parts.leadTimeDays(ticket.movement);
    const receipt = { ticketNo: this.next++, owner: ticket.owner, estimateDays: 3 + leadTime };
    this.received.push(receipt);
    return receipt;
  }
}

describe('RepairIntake', () => {
  let catalog: PartsCatalog;
  let lookups: string[];

  before(() => {
    lookups = [];
    catalog = {
      async leadTimeDays(movement) {
        lookups.push(movement);
        return movement === 'longcase' ? 10 : 2;
      },
    };
  });

  after(() => {
    lookups.length = 0;
  });

  test('numbers concurrent submissions uniquely', async () => {
    const intake = new RepairIntake(catalog);
    const receipts = await Promise.all([
      intake.submit({ owner: 'Okafor', movement: 'bracket', fault: 'strike train stuck' }),
      intake.submit({ owner: 'Lindqvist', movement: 'longcase', fault: 'pendulum suspension spring broken' }),
    ]);

    assert.deepEqual(new Set(receipts.map((r) => r.ticketNo)).size, 2);
    assert.equal(receipts[1]?.estimateDays, 13);
  });

  test('rejects tickets without a fault description', async () => {
    const intake = new RepairIntake(catalog);
    await assert.rejects(intake.submit({ owner: 'Brandt', movement: 'cuckoo', fault: '   ' }), /no fault description/);
    assert.equal(intake.received.length, 0);
  });

  test('keeps intake order for sequential walk-ins', async () => {
    const intake = new RepairIntake(catalog);
    const walkIns: RepairTicket[] = [
      { owner: 'Moreau', movement: 'carriage', fault: 'mainspring set' },
      { owner: 'Tanaka', movement: 'bracket', fault: 'bushings worn' },
    ];
    for (const ticket of walkIns) {
      await intake.submit(ticket);
    }
    assert.deepEqual(
      intake.received.map((r) => r.owner),
      ['Moreau', 'Tanaka'],
    );
    assert.ok(lookups.includes('carriage'));
  });
});
