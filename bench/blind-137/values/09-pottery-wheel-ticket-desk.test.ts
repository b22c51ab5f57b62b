// expect: none
// Every async desk method is awaited before its value is asserted, compared or placed into the ticket summary.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface WheelRecord {
  wheelId: string;
  model: string;
  openFaults: string[];
  lastServiced: string | null;
}

interface WheelRegistry {
  find(wheelId: string): Promise<WheelRecord | null>;
}

class TicketDesk {
  private nextId = 1;

  constructor(private readonly registry: WheelRegistry) {}

  async isWheelReady(wheelId: string): Promise<boolean> {
    const record = await this.registry.find(wheelId);
    return record !== null && record.openFaults.length === 0;
  }

  async openTicket(wheelId: string, fault: string): Promise<{ id: string; summary: string }> {
    const record = await this.registry.find(wheelId);
    if (!record) throw new Error(`unknown wheel ${wheelId}`);
    record.openFaults.push(fault);
    const id = `T-${String(this.nextId++).padStart(4, '0')}`;
    const serviced = record.lastServiced ?? 'never';
    return { id, summary: `${id} ${record.model} (${wheelId}): ${fault}; last serviced ${serviced}` };
  }
}

class MemoryRegistry implements WheelRegistry {
  readonly records = new Map<string, WheelRecord>();
  async find(wheelId: string): Promise<WheelRecord | null> {
    return this.records.get(wheelId) ?? null;
  }
}

describe('TicketDesk', () => {
  let registry: MemoryRegistry;
  let desk: TicketDesk;

  before(() => {
    registry = new MemoryRegistry();
    registry.records.set('w-3', { wheelId: 'w-3', model: 'Shimpo Whisper', openFaults: [], lastServiced: '2024-02-11' });
    registry.records.set('w-8', { wheelId: 'w-8', model: 'Brent CXC', openFaults: [], lastServiced: null });
    desk = new TicketDesk(registry);
  });

  after(() => {
    registry.records.clear();
  });

  test('a wheel without open faults is ready', async () => {
    assert.equal(await desk.isWheelReady('w-3'), true);
  });

  test('an unknown wheel is not ready', async () => {
    assert.equal(await desk.isWheelReady('w-404'), false);
  });

  test('opening a ticket marks the wheel as not ready', async () => {
    const ticket = await desk.openTicket('w-8', 'wobbling wheel head');
    assert.equal(ticket.id, 'T-0001');
    assert.match(ticket.summary, /Brent CXC \(w-8\): wobbling wheel head; last serviced never/);
    assert.equal(await desk.isWheelReady('w-8'), false);
  });

  test('opening a ticket for an unknown wheel fails', async () => {
    await assert.rejects(desk.openTicket('w-404', 'pedal slips'), /unknown wheel w-404/);
  });
});
