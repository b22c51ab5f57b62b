// expect: no-promise-as-value
// The wrong-code test passes isDoorLocked's promise straight to assert.ok, which is always truthy, so it can never detect an unlocked vault.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

class RoomController {
  private readonly locked = new Map<string, boolean>();
  private readonly codes = new Map<string, string>();
  private attempts = 0;

  constructor(doors: Record<string, string>) {
    for (const [door, code] of Object.entries(doors)) {
      this.codes.set(door, code);
      this.locked.set(door, true);
    }
  }

  async isDoorLocked(door: string): Promise<boolean> {
    await sleep(1);
    const state = this.locked.get(door);
    if (state === undefined) throw new Error(`unknown door ${door}`);
    return state;
  }

  async unlock(door: string, code: string): Promise<void> {
    await sleep(1);
    this.attempts += 1;
    if (this.codes.get(door) !== code) throw new Error(`wrong code for ${door}`);
    this.locked.set(door, false);
  }

  async lockAll(): Promise<void> {
    await sleep(1);
    for (const door of this.locked.keys()) this.locked.set(door, true);
  }

  get failedOrTotalAttempts(): number {
    return this.attempts;
  }
}

describe('RoomController', () => {
  let room: RoomController;

  before(() => {
    room = new RoomController({ vault: '7391', exit: '0000', 'cellar-hatch': '2468' });
  });

  after(async () => {
    await room.lockAll();
  });

  test('all doors start locked', async () => {
    assert.equal(await room.isDoorLocked('vault'), true);
    assert.equal(await room.isDoorLocked('exit'), true);
  });

  test('the vault stays locked after a wrong code', async () => {
    await assert.rejects(room.unlock('vault', '1234'), /wrong code for vault/);
    assert.ok(room.isDoorLocked('vault'));
  });

  test('the right code opens the cellar hatch only', async () => {
    await room.unlock('cellar-hatch', '2468');
    assert.equal(await room.isDoorLocked('cellar-hatch'), false);
    assert.equal(await room.isDoorLocked('vault'), true);
  });

  test('unknown doors are reported', async () => {
    await assert.rejects(room.isDoorLocked('trapdoor'), /unknown door trapdoor/);
  });
});
