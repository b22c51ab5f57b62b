// expect: none
// correct: each `once(...)` promise is created immediately before the synchronous call that triggers it and awaited with no other await in between.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface DyeStep {
  dye: string;
  grams: number;
  holdMinutes: number;
}

class KettleSimulator extends EventEmitter {
  celsius = 20;
  liquorLitres = 0;
  exhausted: string[] = [];

  fill(litres: number): void {
    setImmediate(() => {
      this.liquorLitres = litres;
      this.emit('filled', litres);
    });
  }

  heat(target: number): void {
    setImmediate(() => {
      if (this.liquorLitres === 0) {
        this.emit('error', new Error('element exposed: kettle is dry'));
        return;
      }
      this.celsius = target;
      this.emit('atTemperature', target);
    });
  }

  exhaust(step: DyeStep): void {
    setImmediate(() => {
      this.exhausted.push(step.dye);
      this.emit('exhausted', step.dye, step.grams * 0.92);
    });
  }

  drain(): void {
    setImmediate(() => {
      this.liquorLitres = 0;
      this.emit('drained');
    });
  }
}

test('a two-colour dye lot exhausts each bath in order', async () => {
  const kettle = new KettleSimulator();
  const steps: DyeStep[] = [
    { dye: 'madder', grams: 40, holdMinutes: 45 },
    { dye: 'weld', grams: 25, holdMinutes: 30 },
  ];

  const filled = once(kettle, 'filled');
  kettle.fill(60);
  const [litres] = await filled;
  assert.equal(litres, 60);

  const hot = once(kettle, 'atTemperature');
  kettle.heat(85);
  await hot;
  assert.equal(kettle.celsius, 85);

  for (const step of steps) {
    const exhausted = once(kettle, 'exhausted');
    kettle.exhaust(step);
    const [dye, uptake] = await exhausted;
    assert.equal(dye, step.dye);
    assert.ok(uptake < step.grams);
  }

  const drained = once(kettle, 'drained');
  kettle.drain();
  await drained;
  assert.deepEqual(kettle.exhausted, ['madder', 'weld']);
  assert.equal(kettle.liquorLitres, 0);
});

test('heating a dry kettle surfaces the element fault', async () => {
  const kettle = new KettleSimulator();
  const hot = once(kettle, 'atTemperature');
  kettle.heat(90);
  await assert.rejects(hot, /kettle is dry/);
  assert.equal(kettle.celsius, 20);
});
