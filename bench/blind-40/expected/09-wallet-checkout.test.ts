// expect: no-uncalled-async-function
// The beforeEach hook passes resetWallets itself to Promise.all instead of calling it, so card balances leak from one test into the next.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

type Program = 'quick' | 'normal' | 'heavy' | 'dry-40';

interface Machine {
  machineId: string;
  kind: 'washer' | 'dryer';
  busyUntil: number | null;
  outOfOrder: boolean;
}

const PRICES_CENTS: Record<Program, number> = { quick: 250, normal: 350, heavy: 475, 'dry-40': 200 };
const DEFAULT_BALANCES: ReadonlyArray<[string, number]> = [
  ['card-0001', 1_000],
  ['card-0002', 300],
];

const machines = new Map<string, Machine>();
const wallets = new Map<string, number>(DEFAULT_BALANCES);

async function seedMachines(): Promise<void> {
  machines.clear();
  for (const id of ['W1', 'W2', 'W3']) {
    machines.set(id, { machineId: id, kind: 'washer', busyUntil: null, outOfOrder: id === 'W3' });
  }
  machines.set('D1', { machineId: 'D1', kind: 'dryer', busyUntil: null, outOfOrder: false });
}

async function resetWallets(): Promise<void> {
  wallets.clear();
  for (const [card, cents] of DEFAULT_BALANCES) wallets.set(card, cents);
}

class CheckoutService {
  async startCycle(cardId: string, machineId: string, program: Program, now = Date.now()): Promise<number> {
    const machine = machines.get(machineId);
    if (!machine || machine.outOfOrder) throw new Error(`machine ${machineId} unavailable`);
    if (machine.busyUntil !== null && machine.busyUntil > now) throw new Error(`machine ${machineId} busy`);
    if ((machine.kind === 'dryer') !== program.startsWith('dry')) {
      throw new Error(`program ${program} not valid for a ${machine.kind}`);
    }
    const balance = wallets.get(cardId);
    if (balance === undefined) throw new Error(`unknown card ${cardId}`);
    const price = PRICES_CENTS[program];
    if (balance < price) throw new Error(`insufficient balance on ${cardId}`);

    wallets.set(cardId, balance - price);
    machine.busyUntil = now + (program === 'quick' ? 30 : 55) * 60_000;
    return balance - price;
  }
}

describe('laundromat checkout', () => {
  let checkout: CheckoutService;

  beforeEach(async () => {
    await Promise.all([seedMachines(), resetWallets]);
    checkout = new CheckoutService();
  });

  it('charges the card and marks the washer busy', async () => {
    const remaining = await checkout.startCycle('card-0001', 'W1', 'normal');
    assert.equal(remaining, 650);
    assert.ok((machines.get('W1')?.busyUntil ?? 0) > Date.now());
  });

  it('lets the same card pay for a dryer afterwards', async () => {
    const remaining = await checkout.startCycle('card-0001', 'D1', 'dry-40');
    assert.equal(remaining, 800);
  });

  it('rejects a card without enough credit for a heavy wash', async () => {
    await assert.rejects(checkout.startCycle('card-0002', 'W2', 'heavy'), /insufficient balance/);
    assert.equal(wallets.get('card-0002'), 300);
  });

  it('refuses an out-of-order machine without charging', async () => {
    await assert.rejects(checkout.startCycle('card-0001', 'W3', 'quick'), /unavailable/);
    assert.equal(wallets.get('card-0001'), 1_000);
  });

  it('refuses a dryer program on a washer', async () => {
    await assert.rejects(checkout.startCycle('card-0001', 'W2', 'dry-40'), /not valid for a washer/);
  });
});
