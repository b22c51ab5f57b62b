// expect: no-promise-as-value
// The 'lights a dressed set' test asserts assert.ok(studio.isSetLit(...)), which receives a Promise and passes whether or not the set is lit.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface SetDressing {
  setId: string;
  props: string[];
  lit: boolean;
  armatureChecked: boolean;
}

class StopMotionStudio {
  private readonly sets = new Map<string, SetDressing>();

  async dress(setId: string, props: string[]): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.sets.set(setId, { setId, props: [...props], lit: false, armatureChecked: false });
  }

  async light(setId: string): Promise<void> {
    const set = this.sets.get(setId);
    if (!set) throw new Error(`set ${setId} is not dressed`);
    if (set.props.length === 0) throw new Error(`set ${setId} has no props to light`);
    await new Promise<void>((resolve) => setImmediate(resolve));
    set.lit = true;
  }

  async checkArmatures(setId: string): Promise<void> {
    const set = this.sets.get(setId);
    if (!set) throw new Error(`set ${setId} is not dressed`);
    set.armatureChecked = true;
  }

  async isSetLit(setId: string): Promise<boolean> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return this.sets.get(setId)?.lit ?? false;
  }

  async readyToShoot(setId: string): Promise<boolean> {
    const set = this.sets.get(setId);
    return Boolean(set && set.lit && set.armatureChecked);
  }
}

describe('stop-motion set readiness', () => {
  let studio: StopMotionStudio;

  beforeEach(async () => {
    studio = new StopMotionStudio();
    await studio.dress('kitchen', ['table', 'kettle', 'cat-puppet']);
    await studio.dress('empty-attic', []);
  });

  it('does not consider a freshly dressed set lit', async () => {
    assert.equal(await studio.isSetLit('kitchen'), false);
  });

  it('lights a dressed set', async () => {
    await studio.light('kitchen');
    assert.ok(studio.isSetLit('kitchen'));
  });

  it('refuses to light a set without props', async () => {
    await assert.rejects(studio.light('empty-attic'), /no props to light/);
  });

  it('refuses to light a set that was never dressed', async () => {
    await assert.rejects(studio.light('garden'), /not dressed/);
  });

  it('requires both lighting and armature checks before shooting', async () => {
    await studio.light('kitchen');
    assert.equal(await studio.readyToShoot('kitchen'), false);
    await studio.checkArmatures('kitchen');
    assert.equal(await studio.readyToShoot('kitchen'), true);
  });
});
