// expect: no-floating-promises
// The before hook enrols attendees with forEach(async ...), so the enrol promises are dropped and the hook finishes before they settle.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';

interface Attendee {
  email: string;
  name: string;
  ownsInstrument: boolean;
}

interface Enrolment {
  email: string;
  status: 'confirmed' | 'waitlisted';
  loanInstrument: boolean;
}

class WorkshopRegistry {
  private readonly enrolments = new Map<string, Enrolment[]>();

  constructor(
    private readonly capacity: number,
    private readonly loanInstruments: number,
  ) {}

  async enrol(workshopId: string, attendee: Attendee): Promise<Enrolment> {
    await Promise.resolve();
    const list = this.enrolments.get(workshopId) ?? [];
    if (list.some((e) => e.email === attendee.email)) {
      throw new Error(`${attendee.email} is already enrolled in ${workshopId}`);
    }
    const confirmed = list.filter((e) => e.status === 'confirmed');
    const loansTaken = confirmed.filter((e) => e.loanInstrument).length;
    const needsLoan = !attendee.ownsInstrument;
    const status =
      confirmed.length < this.capacity && (!needsLoan || loansTaken < this.loanInstruments) ? 'confirmed' : 'waitlisted';
    const enrolment: Enrolment = { email: attendee.email, status, loanInstrument: needsLoan && status === 'confirmed' };
    list.push(enrolment);
    this.enrolments.set(workshopId, list);
    return enrolment;
  }

  async roster(workshopId: string): Promise<Enrolment[]> {
    return [...(this.enrolments.get(workshopId) ?? [])];
  }
}

const WORKSHOP = 'intro-to-theremin-2024-03';

const attendees: Attendee[] = [
  { email: 'clara@example.org', name: 'Clara', ownsInstrument: true },
  { email: 'leon@example.org', name: 'Leon', ownsInstrument: false },
  { email: 'bob@example.org', name: 'Bob', ownsInstrument: false },
  { email: 'samira@example.org', name: 'Samira', ownsInstrument: true },
];

describe('WorkshopRegistry', () => {
  const registry = new WorkshopRegistry(3, 1);

  before(() => {
    attendees.forEach(async (attendee) => {
      await registry.enrol(WORKSHOP, attendee);
    });
  });

  it('confirms attendees up to capacity', async () => {
    const roster = await registry.roster(WORKSHOP);
    assert.equal(roster.filter((e) => e.status === 'confirmed').length, 3);
  });

  it('waitlists a second loan request once the loan theremin is taken', async () => {
    const roster = await registry.roster(WORKSHOP);
    const bob = roster.find((e) => e.email === 'bob@example.org');
    assert.equal(bob?.status, 'waitlisted');
  });

  it('allocates the loan instrument to the first attendee without one', async () => {
    const roster = await registry.roster(WORKSHOP);
    assert.deepEqual(
      roster.filter((e) => e.loanInstrument).map((e) => e.email),
      ['leon@example.org'],
    );
  });

  it('rejects duplicate enrolment', async () => {
    await assert.rejects(registry.enrol(WORKSHOP, attendees[0]), /already enrolled/);
  });
});
