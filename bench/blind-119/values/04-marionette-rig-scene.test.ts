// expect: none
// Each assertion awaits the async rig methods first, so the tests compare the resolved scene names and levels rather than promises.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface ChannelStore {
  read(channel: number): Promise<number>;
  write(channel: number, level: number): Promise<void>;
}

interface Scene {
  name: string;
  levels: Record<number, number>;
}

class PuppetRig {
  private active: string | null = null;

  constructor(
    private readonly store: ChannelStore,
    private readonly scenes: Scene[],
  ) {}

  async recall(name: string): Promise<void> {
    const scene = this.scenes.find((s) => s.name === name);
    if (!scene) throw new Error(`no scene called ${name}`);
    for (const [channel, level] of Object.entries(scene.levels)) {
      await this.store.write(Number(channel), level);
    }
    this.active = name;
  }

  async currentScene(): Promise<string | null> {
    if (!this.active) return null;
    const scene = this.scenes.find((s) => s.name === this.active)!;
    for (const [channel, level] of Object.entries(scene.levels)) {
      if ((await this.store.read(Number(channel))) !== level) return null;
    }
    return this.active;
  }

  async isDark(): Promise<boolean> {
    for (let ch = 1; ch <= 12; ch++) {
      if ((await this.store.read(ch)) > 0) return false;
    }
    return true;
  }
}

describe('PuppetRig', () => {
  const levels = new Map<number, number>();
  let rig: PuppetRig;

  before(() => {
    const store: ChannelStore = {
      read: async (ch) => levels.get(ch) ?? 0,
      write: async (ch, level) => {
        levels.set(ch, level);
      },
    };
    rig = new PuppetRig(store, [
      { name: 'act1-market', levels: { 1: 180, 2: 120, 7: 255 } },
      { name: 'act2-storm', levels: { 1: 40, 3: 200, 9: 90 } },
    ]);
  });

  after(() => {
    levels.clear();
  });

  test('starts dark with no scene', async () => {
    assert.equal(await rig.isDark(), true);
    assert.equal(await rig.currentScene(), null);
  });

  test('recalls a scene and reports it as current', async () => {
    await rig.recall('act1-market');
    assert.equal(await rig.currentScene(), 'act1-market');
    assert.equal(await rig.isDark(), false);
  });

  test('reports no scene once a channel is nudged by hand', async () => {
    levels.set(7, 200);
    assert.equal(await rig.currentScene(), null);
  });

  test('rejects unknown scenes', async () => {
    await assert.rejects(rig.recall('act3-wedding'), /no scene called act3-wedding/);
  });
});
