// expect: none
// start() invokes every async initialiser inside Promise.all and the tests await the calls themselves, so each step really runs before the assertions.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface Heater {
  setTarget(celsius: number): Promise<void>;
  reachedTarget(): Promise<boolean>;
}

interface Uncapper {
  primeKnives(): Promise<number>;
}

interface SumpPump {
  selfCheck(): Promise<'ok' | 'airlock'>;
}

class ExtractionLineStartup {
  readonly steps: string[] = [];

  constructor(
    private readonly heater: Heater,
    private readonly uncapper: Uncapper,
    private readonly pump: SumpPump,
  ) {}

  async start(): Promise<void> {
    await Promise.all([this.warmSump(), this.primeUncapper(), this.checkPump()]);
  }

  private async warmSump(): Promise<void> {
    await this.heater.setTarget(35);
    if (!(await this.heater.reachedTarget())) throw new Error('sump heater did not reach 35°C');
    this.steps.push('sump');
  }

  private async primeUncapper(): Promise<void> {
    const knives = await this.uncapper.primeKnives();
    if (knives < 2) throw new Error(`only ${knives} uncapping knives primed`);
    this.steps.push('uncapper');
  }

  private async checkPump(): Promise<void> {
    const result = await this.pump.selfCheck();
    if (result !== 'ok') throw new Error(`sump pump reports ${result}`);
    this.steps.push('pump');
  }
}

describe('ExtractionLineStartup', () => {
  let targets: number[];
  let pumpResult: 'ok' | 'airlock';
  let startup: ExtractionLineStartup;

  before(() => {
    targets = [];
    pumpResult = 'ok';
  });

  after(() => {
    targets.length = 0;
  });

  const build = () =>
    new ExtractionLineStartup(
      {
        setTarget: async (c) => {
          targets.push(c);
        },
        reachedTarget: async () => true,
      },
      { primeKnives: async () => 2 },
      { selfCheck: async () => pumpResult },
    );

  test('runs every startup step', async () => {
    startup = build();
    await startup.start();
    assert.deepEqual([...startup.steps].sort(), ['pump', 'sump', 'uncapper']);
    assert.deepEqual(targets, [35]);
  });

  test('fails when the pump has an airlock', async () => {
    pumpResult = 'airlock';
    startup = build();
    await assert.rejects(startup.start(), /sump pump reports airlock/);
    pumpResult = 'ok';
  });
});
