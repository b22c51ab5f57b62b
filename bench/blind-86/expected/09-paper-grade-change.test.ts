// expect: no-uncalled-async-function
// afterEach does `await line.stop` without calling it, so the machine line is never stopped between tests and its interval keeps running into the next test.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface Grade {
  name: string;
  basisWeightGsm: number;
  speedMpm: number;
  steamBar: number;
}

class MachineLine {
  grade: Grade | null = null;
  offSpecMetres = 0;
  private ticker: ReturnType<typeof setInterval> | null = null;
  private steamBar = 0;

  async start(grade: Grade): Promise<void> {
    await sleep(5);
    this.grade = grade;
    this.steamBar = grade.steamBar;
    this.ticker = setInterval(() => {
      if (this.grade && Math.abs(this.steamBar - this.grade.steamBar) > 0.2) {
        this.offSpecMetres += this.grade.speedMpm / 600;
      }
    }, 10);
  }

  async changeGrade(next: Grade, rampMs = 30): Promise<number> {
    const before = this.offSpecMetres;
    this.grade = next;
    await sleep(rampMs);
    this.steamBar = next.steamBar;
    return this.offSpecMetres - before;
  }

  async stop(): Promise<void> {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
    await sleep(5);
    this.grade = null;
  }
}

const NEWSPRINT: Grade = { name: 'newsprint-45', basisWeightGsm: 45, speedMpm: 1500, steamBar: 3.1 };
const SC_PAPER: Grade = { name: 'sc-56', basisWeightGsm: 56, speedMpm: 1350, steamBar: 3.6 };

describe('grade change on PM3', () => {
  let line: MachineLine;

  beforeEach(async () => {
    line = new MachineLine();
    await line.start(NEWSPRINT);
  });

  afterEach(async () => {
    await line.stop;
  });

  it('starts on the requested grade', () => {
    assert.equal(line.grade?.name, 'newsprint-45');
    assert.equal(line.offSpecMetres, 0);
  });

  it('produces some off-spec paper while steam ramps', async () => {
    const waste = await line.changeGrade(SC_PAPER, 40);
    assert.ok(waste > 0, 'expected off-spec metres during the ramp');
    assert.equal(line.grade?.name, 'sc-56');
  });

  it('makes no off-spec paper when changing to the same grade', async () => {
    const waste = await line.changeGrade(NEWSPRINT, 20);
    assert.equal(waste, 0);
  });
});
