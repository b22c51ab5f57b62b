// expect: none
// The workflow stores method references on purpose and the runner calls each one with step.call(this, tree), so every async step actually runs and is awaited.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface Tree {
  tag: string;
  species: string;
  potCm: number;
}

type Step = (tree: Tree) => Promise<void>;

class RepottingWorkflow {
  readonly journal: string[] = [];
  private readonly steps: Array<[string, Step]> = [
    ['root-prune', this.rootPrune],
    ['soil-mix', this.mixSoil],
    ['wire', this.wireIn],
  ];

  async run(tree: Tree): Promise<string[]> {
    const done: string[] = [];
    for (const [name, step] of this.steps) {
      await step.call(this, tree);
      done.push(name);
    }
    return done;
  }

  private async rootPrune(tree: Tree): Promise<void> {
    await sleep(2);
    this.journal.push(`${tree.tag}: pruned roots by ${tree.species === 'pine' ? 'a quarter' : 'a third'}`);
  }

  private async mixSoil(tree: Tree): Promise<void> {
    await sleep(2);
    const mix = tree.species === 'pine' ? 'akadama/pumice/lava 1:1:1' : 'akadama/pumice 2:1';
    this.journal.push(`${tree.tag}: ${mix} for ${tree.potCm}cm pot`);
  }

  private async wireIn(tree: Tree): Promise<void> {
    await sleep(2);
    if (tree.potCm < 8) throw new Error(`${tree.tag}: pot too small to wire in`);
    this.journal.push(`${tree.tag}: wired into pot`);
  }
}

describe('RepottingWorkflow', () => {
  let workflow: RepottingWorkflow;

  before(() => {
    workflow = new RepottingWorkflow();
  });

  after(() => {
    workflow.journal.length = 0;
  });

  test('runs every step in order', async () => {
    const done = await workflow.run({ tag: 'JP-014', species: 'pine', potCm: 30 });
    assert.deepEqual(done, ['root-prune', 'soil-mix', 'wire']);
    assert.equal(workflow.journal.length, 3);
    assert.match(workflow.journal[1], /lava/);
  });

  test('stops at the failing step', async () => {
    await assert.rejects(workflow.run({ tag: 'MM-201', species: 'maple', potCm: 6 }), /pot too small/);
    assert.match(workflow.journal.at(-1) ?? '', /MM-201: akadama\/pumice 2:1/);
  });
});
