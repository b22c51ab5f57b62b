// expect: no-promise-as-value
// The 'keeps every section within tolerance' test asserts on section.isWithinTolerance() without awaiting it, so assert.ok receives a Promise and always passes.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface CanReading {
  can: number;
  surfaceTempC: number;
}

class DryerSection {
  private readonly readings: CanReading[] = [];

  constructor(
    readonly id: number,
    private readonly targetC: number,
    private readonly toleranceC: number,
  ) {}

  async record(reading: CanReading): Promise<void> {
    await Promise.resolve();
    if (reading.surfaceTempC < 0 || reading.surfaceTempC > 200) {
      throw new RangeError(`can ${reading.can}: implausible surface temperature ${reading.surfaceTempC}C`);
    }
    this.readings.push(reading);
  }

  async meanTemp(): Promise<number> {
    await Promise.resolve();
    if (this.readings.length === 0) return Number.NaN;
    return this.readings.reduce((sum, r) => sum + r.surfaceTempC, 0) / this.readings.length;
  }

  async isWithinTolerance(): Promise<boolean> {
    const mean = await this.meanTemp();
    return Math.abs(mean - this.targetC) <= this.toleranceC;
  }

  coldCans(thresholdC: number): number[] {
    return this.readings.filter((r) => r.surfaceTempC < thresholdC).map((r) => r.can);
  }
}

function buildDryerGroup(): DryerSection[] {
  return [new DryerSection(1, 105, 4), new DryerSection(2, 115, 4), new DryerSection(3, 120, 3)];
}

describe('paper mill dryer sections', () => {
  let sections: DryerSection[];

  beforeEach(() => {
    sections = buildDryerGroup();
  });

  it('averages can surface temperatures per section', async () => {
    await sections[0].record({ can: 1, surfaceTempC: 104 });
    await sections[0].record({ can: 2, surfaceTempC: 108 });
    assert.equal(await sections[0].meanTemp(), 106);
  });

  it('keeps every section within tolerance after warm-up', async () => {
    const warmUp = [
      [103, 106, 107],
      [112, 118, 131],
      [119, 121, 120],
    ];
    for (const [i, temps] of warmUp.entries()) {
      for (const [can, surfaceTempC] of temps.entries()) {
        await sections[i].record({ can: can + 1, surfaceTempC });
      }
    }
    for (const section of sections) {
      assert.ok(section.isWithinTolerance(), `section ${section.id} drifted out of tolerance`);
    }
  });

  it('flags cans that are flooding with condensate', async () => {
    await sections[1].record({ can: 1, surfaceTempC: 116 });
    await sections[1].record({ can: 2, surfaceTempC: 88 });
    assert.deepEqual(sections[1].coldCans(95), [2]);
  });

  it('rejects an implausible thermocouple reading', async () => {
    await assert.rejects(sections[2].record({ can: 4, surfaceTempC: 340 }), RangeError);
  });
});
