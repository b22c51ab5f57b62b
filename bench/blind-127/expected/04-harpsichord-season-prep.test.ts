// expect: none
// The prep steps are method references bound to the instance and each one is called with the instrument before being awaited, so every step really runs in order.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface Instrument {
  id: string;
  manuals: 1 | 2;
  stringsBroken: number;
  quillsWorn: number;
}

interface Workshop {
  restring(instrumentId: string, count: number): Promise<void>;
  revoice(instrumentId: string, quills: number): Promise<void>;
  tune(instrumentId: string, temperament: string): Promise<number>;
}

class SeasonPrep {
  readonly log: string[] = [];

  constructor(
    private readonly workshop: Workshop,
    private readonly temperament = 'Werckmeister III',
  ) {}

  async run(instrument: Instrument): Promise<string[]> {
    const steps = [this.replaceStrings, this.revoiceQuills, this.tuneAll].map((step) => step.bind(this));
    for (const step of steps) {
      await step(instrument);
    }
    return this.log;
  }

  private async replaceStrings(instrument: Instrument): Promise<void> {
    if (instrument.stringsBroken === 0) return;
    await this.workshop.restring(instrument.id, instrument.stringsBroken);
    this.log.push(`restrung ${instrument.stringsBroken}`);
  }

  private async revoiceQuills(instrument: Instrument): Promise<void> {
    if (instrument.quillsWorn === 0) return;
    await this.workshop.revoice(instrument.id, instrument.quillsWorn);
    this.log.push(`revoiced ${instrument.quillsWorn}`);
  }

  private async tuneAll(instrument: Instrument): Promise<void> {
    const cents = await this.workshop.tune(instrument.id, this.temperament);
    this.log.push(`tuned ${instrument.manuals} manual(s), max deviation ${cents}c`);
  }
}

describe('SeasonPrep', () => {
  const calls: string[] = [];
  let workshop: Workshop;

  before(() => {
    workshop = {
      async restring(id, count) {
        calls.push(`restring:${id}:${count}`);
      },
      async revoice(id, quills) {
        calls.push(`revoice:${id}:${quills}`);
      },
      async tune(id, temperament) {
        calls.push(`tune:${id}:${temperament}`);
        return 2;
      },
    };
  });

  after(() => {
    calls.length = 0;
  });

  test('runs every step in workshop order', async () => {
    const prep = new SeasonPrep(workshop);
    const log = await prep.run({ id: 'ruckers-1638', manuals: 2, stringsBroken: 3, quillsWorn: 11 });

    assert.deepEqual(log, ['restrung 3', 'revoiced 11', 'tuned 2 manual(s), max deviation 2c']);
    assert.deepEqual(calls.slice(-3), [
      'restring:ruckers-1638:3',
      'revoice:ruckers-1638:11',
      'tune:ruckers-1638:Werckmeister III',
    ]);
  });

  test('skips steps that are not needed but always tunes', async () => {
    const prep = new SeasonPrep(workshop, 'quarter-comma meantone');
    const log = await prep.run({ id: 'virginal-7', manuals: 1, stringsBroken: 0, quillsWorn: 0 });

    assert.deepEqual(log, ['tuned 1 manual(s), max deviation 2c']);
    assert.equal(calls.at(-1), 'tune:virginal-7:quarter-comma meantone');
  });
});
