// expect: no-unobserved-promise
// The test starts winch.waitForRelease() before awaiting hookUp and pretension; if the weak link snaps during pretension the stored promise rejects with nothing attached.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

interface Pilot {
  name: string;
  weightKg: number;
  weakLinkDaN: number;
}

interface ReleaseInfo {
  altitudeM: number;
  peakDaN: number;
}

class TowWinch extends EventEmitter {
  pilot: Pilot | null = null;
  tensionDaN = 0;
  peakDaN = 0;

  async hookUp(pilot: Pilot): Promise<void> {
    await sleep(2);
    this.pilot = pilot;
  }

  async pretension(daN: number): Promise<void> {
    if (!this.pilot) throw new Error('no pilot hooked up');
    await sleep(2);
    this.tensionDaN = daN;
    this.peakDaN = Math.max(this.peakDaN, daN);
    if (daN > this.pilot.weakLinkDaN) {
      this.emit('weakLinkBreak', daN);
    }
  }

  launch(altitudeM: number): void {
    setTimeout(() => {
      this.peakDaN = Math.max(this.peakDaN, this.tensionDaN * 1.3);
      this.emit('release', { altitudeM, peakDaN: this.peakDaN } satisfies ReleaseInfo);
    }, 5);
  }

  waitForRelease(): Promise<ReleaseInfo> {
    return new Promise<ReleaseInfo>((resolve, reject) => {
      const onRelease = (info: ReleaseInfo) => {
        this.off('weakLinkBreak', onBreak);
        resolve(info);
      };
      const onBreak = (daN: number) => {
        this.off('release', onRelease);
        reject(new Error(`weak link broke at ${daN}daN`));
      };
      this.once('release', onRelease);
      this.once('weakLinkBreak', onBreak);
    });
  }
}

const pilot: Pilot = { name: 'Tomasz', weightKg: 84, weakLinkDaN: 140 };
let winch: TowWinch;

beforeEach(() => {
  winch = new TowWinch();
});

test('releases at the requested altitude', async () => {
  const released = winch.waitForRelease();
  await winch.hookUp(pilot);
  await winch.pretension(90);
  winch.launch(350);
  const info = await released;
  assert.equal(info.altitudeM, 350);
  assert.ok(info.peakDaN < pilot.weakLinkDaN);
});

test('pretension requires a pilot', async () => {
  await assert.rejects(winch.pretension(50), /no pilot/);
});

test('records the highest tension seen', async () => {
  await winch.hookUp(pilot);
  await winch.pretension(60);
  await winch.pretension(100);
  await winch.pretension(80);
  assert.equal(winch.peakDaN, 100);
});

test('weak link breaks above its rating', async () => {
  await winch.hookUp(pilot);
  const broke = once(winch, 'weakLinkBreak');
  await Promise.all([broke, winch.pretension(150)]);
  assert.equal(winch.tensionDaN, 150);
});
