// expect: none
// assert.rejects and assert.doesNotReject accept a function and call it themselves, so passing arrow functions that start the checkout is the intended usage, and the setup hooks call connect() and close().
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface WaiverStore {
  connect(): Promise<void>;
  hasSignedWaiver(customer: string): Promise<boolean>;
  close(): Promise<void>;
}

class CheckoutDesk {
  private readonly out = new Map<string, string>();

  constructor(private readonly waivers: WaiverStore, private readonly fleet: string[]) {}

  async checkout(customer: string, age: number): Promise<string> {
    if (age < 16) throw new Error(`${customer} is too young to drive`);
    if (!(await this.waivers.hasSignedWaiver(customer))) {
      throw new Error(`${customer} has not signed the dune waiver`);
    }
    const buggy = this.fleet.find((id) => !this.out.has(id));
    if (!buggy) throw new Error('no buggies left');
    this.out.set(buggy, customer);
    return buggy;
  }

  async checkIn(buggyId: string): Promise<void> {
    if (!this.out.delete(buggyId)) throw new Error(`${buggyId} was not out`);
  }
}

class MemoryWaivers implements WaiverStore {
  connected = false;
  constructor(private readonly signed: Set<string>) {}
  async connect(): Promise<void> {
    this.connected = true;
  }
  async hasSignedWaiver(customer: string): Promise<boolean> {
    if (!this.connected) throw new Error('waiver store not connected');
    return this.signed.has(customer);
  }
  async close(): Promise<void> {
    this.connected = false;
  }
}

describe('CheckoutDesk', () => {
  const waivers = new MemoryWaivers(new Set(['amira', 'jonas']));
  const desk = new CheckoutDesk(waivers, ['DB-1', 'DB-2']);

  before(async () => {
    await waivers.connect();
  });

  after(async () => {
    await waivers.close();
  });

  test('hands out the first free buggy', async () => {
    assert.equal(await desk.checkout('amira', 31), 'DB-1');
  });

  test('refuses customers without a waiver', async () => {
    await assert.rejects(() => desk.checkout('pat', 40), /not signed the dune waiver/);
  });

  test('refuses under-age drivers before touching the waiver store', async () => {
    await assert.rejects(() => desk.checkout('jonas', 14), /too young/);
  });

  test('runs out of buggies and recovers after a check-in', async () => {
    assert.equal(await desk.checkout('jonas', 22), 'DB-2');
    await assert.rejects(() => desk.checkout('amira', 31), /no buggies left/);
    await desk.checkIn('DB-1');
    await assert.doesNotReject(() => desk.checkout('amira', 31));
  });
});
