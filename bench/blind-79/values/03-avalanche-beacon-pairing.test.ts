// expect: no-promise-as-value
// Bug: isTransmitting() is async, so the per-member assert.ok receives a Promise, which is always truthy, and the send-mode precondition can never fail.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

type Mode = 'send' | 'search' | 'off';

class Beacon {
  private mode: Mode = 'off';
  private batteryPct: number;

  constructor(readonly serial: string, batteryPct: number) {
    this.batteryPct = batteryPct;
  }

  async switchTo(mode: Mode): Promise<void> {
    await sleep(1);
    if (mode !== 'off' && this.batteryPct < 20) throw new Error(`${this.serial}: battery too low for ${mode}`);
    this.mode = mode;
  }

  async isTransmitting(): Promise<boolean> {
    await sleep(1);
    return this.mode === 'send';
  }

  async distanceTo(other: Beacon, metres: number): Promise<number | null> {
    await sleep(1);
    if (this.mode !== 'search' || !(await other.isTransmitting())) return null;
    return metres > 60 ? null : Math.round(metres * 10) / 10;
  }
}

class GroupCheck {
  constructor(private readonly guide: Beacon) {}

  async run(members: readonly Beacon[]): Promise<string[]> {
    await this.guide.switchTo('search');
    const missing: string[] = [];
    for (const m of members) {
      const d = await this.guide.distanceTo(m, 2);
      if (d === null) missing.push(m.serial);
    }
    await this.guide.switchTo('send');
    return missing;
  }
}

describe('morning beacon group check', () => {
  let guide: Beacon;
  let members: Beacon[];

  beforeEach(async () => {
    guide = new Beacon('G-001', 90);
    members = [new Beacon('M-101', 80), new Beacon('M-102', 65), new Beacon('M-103', 70)];
    await Promise.all([guide.switchTo('send'), ...members.map((m) => m.switchTo('send'))]);
  });

  it('finds every member transmitting', async () => {
    for (const m of members) assert.ok(m.isTransmitting(), `${m.serial} should be in send mode`);
    assert.deepEqual(await new GroupCheck(guide).run(members), []);
  });

  it('reports a member whose beacon was left off', async () => {
    await members[1].switchTo('off');
    assert.deepEqual(await new GroupCheck(guide).run(members), ['M-102']);
  });

  it('puts the guide back into send mode afterwards', async () => {
    await new GroupCheck(guide).run(members);
    assert.equal(await guide.isTransmitting(), true);
  });

  it('lets a member switch to search for a companion rescue', async () => {
    await members[0].switchTo('search');
    assert.equal(await members[0].distanceTo(members[2], 12.34), 12.3);
  });

  it('refuses to transmit on a nearly flat battery', async () => {
    const weak = new Beacon('M-199', 12);
    await assert.rejects(weak.switchTo('send'), /battery too low/);
  });
});
