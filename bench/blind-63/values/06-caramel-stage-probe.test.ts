// expect: no-promise-as-value
// assert.ok(kettle.isAtStage(...)) is handed the unawaited Promise<boolean>, which is always truthy, so the soft-ball assertion can never fail.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

type Stage = 'soft-ball' | 'firm-ball' | 'hard-crack';

interface ProbeSource {
  read(): Promise<number>;
}

interface CaramelKettle {
  addSugar(grams: number): void;
  addCream(ml: number): void;
  isAtStage(stage: Stage): Promise<boolean>;
  temperature(): Promise<number>;
  colour(): Promise<'pale' | 'amber' | 'mahogany'>;
}

declare function createKettle(probe: ProbeSource): CaramelKettle;

function scriptedProbe(readings: number[]): ProbeSource {
  let i = 0;
  return {
    async read() {
      const value = readings[Math.min(i, readings.length - 1)];
      i += 1;
      return value;
    },
  };
}

describe('caramel kettle stage detection', () => {
  let readings: number[];

  beforeEach(() => {
    readings = [];
  });

  it('reports soft ball between 112 and 116 °C', async () => {
    readings.push(98, 104, 109, 113);
    const kettle = createKettle(scriptedProbe(readings));
    kettle.addSugar(500);
    kettle.addCream(250);
    assert.equal(await kettle.temperature(), 98);
    assert.equal(await kettle.temperature(), 104);
    assert.equal(await kettle.temperature(), 109);
    assert.ok(kettle.isAtStage('soft-ball'));
  });

  it('is not at hard crack while still in the ball stages', async () => {
    readings.push(118);
    const kettle = createKettle(scriptedProbe(readings));
    kettle.addSugar(500);
    assert.equal(await kettle.isAtStage('hard-crack'), false);
  });

  it('colours to amber past 160 °C', async () => {
    readings.push(162);
    const kettle = createKettle(scriptedProbe(readings));
    kettle.addSugar(400);
    assert.equal(await kettle.colour(), 'amber');
  });

  it('rejects cream before any sugar is in the kettle', () => {
    const kettle = createKettle(scriptedProbe([20]));
    assert.throws(() => kettle.addCream(100), /sugar first/);
  });
});
