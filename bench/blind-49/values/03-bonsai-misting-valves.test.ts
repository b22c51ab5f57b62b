// expect: no-promise-as-value
// One test asserts assert.ok(bank.isOpen('shade-house')) without awaiting the async isOpen, so the assertion checks a Promise and always passes.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface MistingZone {
  zone: string;
  species: string[];
  humidityTarget: number;
}

type HumiditySensor = (zone: string) => Promise<number>;

class MistingValveBank {
  private readonly open = new Set<string>();
  readonly history: Array<{ zone: string; action: 'open' | 'close' }> = [];

  constructor(private readonly zones: MistingZone[], private readonly sensor: HumiditySensor) {}

  async isOpen(zone: string): Promise<boolean> {
    await Promise.resolve();
    return this.open.has(zone);
  }

  async regulate(): Promise<string[]> {
    const opened: string[] = [];
    for (const z of this.zones) {
      const humidity = await this.sensor(z.zone);
      if (humidity < z.humidityTarget - 5 && !this.open.has(z.zone)) {
        this.open.add(z.zone);
        this.history.push({ zone: z.zone, action: 'open' });
        opened.push(z.zone);
      } else if (humidity >= z.humidityTarget && this.open.has(z.zone)) {
        this.open.delete(z.zone);
        this.history.push({ zone: z.zone, action: 'close' });
      }
    }
    return opened;
  }
}

const ZONES: MistingZone[] = [
  { zone: 'shade-house', species: ['Acer palmatum', 'Satsuki azalea'], humidityTarget: 70 },
  { zone: 'sun-bench', species: ['Juniperus chinensis', 'Pinus thunbergii'], humidityTarget: 45 },
  { zone: 'propagation', species: ['cuttings'], humidityTarget: 90 },
];

describe('MistingValveBank', () => {
  let readings: Map<string, number>;
  let bank: MistingValveBank;

  beforeEach(() => {
    readings = new Map([
      ['shade-house', 52],
      ['sun-bench', 44],
      ['propagation', 88],
    ]);
    bank = new MistingValveBank(ZONES, async (zone) => readings.get(zone) ?? 0);
  });

  it('opens only zones well below their humidity target', async () => {
    const opened = await bank.regulate();
    assert.deepEqual(opened, ['shade-house']);
    assert.equal(await bank.isOpen('sun-bench'), false);
  });

  it('closes a zone once it reaches target', async () => {
    await bank.regulate();
    readings.set('shade-house', 71);
    await bank.regulate();
    assert.deepEqual(bank.history, [
      { zone: 'shade-house', action: 'open' },
      { zone: 'shade-house', action: 'close' },
    ]);
    assert.equal(await bank.isOpen('shade-house'), false);
  });

  it('keeps a dry zone misting across cycles', async () => {
    await bank.regulate();
    readings.set('shade-house', 60);
    const openedAgain = await bank.regulate();
    assert.deepEqual(openedAgain, []);
    assert.ok(bank.isOpen('shade-house'));
  });
});
