// expect: none
// Every assertion, template string and comparison uses awaited values; the only promise handed to an assertion goes to assert.rejects, which expects one.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

interface Criterion {
  key: 'spacing' | 'rhythm' | 'stroke-weight' | 'layout';
  weight: number;
}

interface Marks {
  candidate: string;
  hand: 'italic' | 'foundational' | 'copperplate' | 'uncial';
  scores: Partial<Record<Criterion['key'], number>>;
}

interface RubricStore {
  criteria(hand: Marks['hand']): Promise<Criterion[]>;
}

class RubricExporter {
  constructor(private readonly store: RubricStore) {}

  async weightedScore(marks: Marks): Promise<number> {
    const criteria = await this.store.criteria(marks.hand);
    let total = 0;
    for (const c of criteria) {
      const score = marks.scores[c.key];
      if (score === undefined) throw new Error(`${marks.candidate} is missing a ${c.key} score`);
      total += score * c.weight;
    }
    return Math.round(total * 10) / 10;
  }

  async csvRow(marks: Marks): Promise<string> {
    const score = await this.weightedScore(marks);
    return `${marks.candidate},${marks.hand},${score.toFixed(1)}`;
  }

  async exportCsv(all: Marks[]): Promise<string> {
    const rows = await Promise.all(all.map((m) => this.csvRow(m)));
    return ['candidate,hand,weighted', ...rows].join('\n');
  }
}

const store: RubricStore = {
  async criteria(hand) {
    if (hand === 'copperplate') {
      return [
        { key: 'stroke-weight', weight: 0.4 },
        { key: 'rhythm', weight: 0.3 },
        { key: 'layout', weight: 0.3 },
      ];
    }
    return [
      { key: 'spacing', weight: 0.3 },
      { key: 'rhythm', weight: 0.3 },
      { key: 'stroke-weight', weight: 0.2 },
      { key: 'layout', weight: 0.2 },
    ];
  },
};

describe('RubricExporter', () => {
  const exporter = new RubricExporter(store);

  it('weights criteria per hand', async () => {
    const italic = await exporter.weightedScore({
      candidate: 'K-17',
      hand: 'italic',
      scores: { spacing: 8, rhythm: 7, 'stroke-weight': 9, layout: 6 },
    });
    assert.equal(italic, 7.5);
  });

  it('uses the copperplate rubric when the hand is copperplate', async () => {
    const marks: Marks = { candidate: 'K-22', hand: 'copperplate', scores: { 'stroke-weight': 9, rhythm: 8, layout: 7 } };
    assert.equal(await exporter.csvRow(marks), 'K-22,copperplate,8.1');
  });

  it('exports a header and one row per candidate', async () => {
    const csv = await exporter.exportCsv([
      { candidate: 'K-01', hand: 'uncial', scores: { spacing: 6, rhythm: 6, 'stroke-weight': 6, layout: 6 } },
      { candidate: 'K-02', hand: 'foundational', scores: { spacing: 9, rhythm: 9, 'stroke-weight': 9, layout: 9 } },
    ]);
    const lines = csv.split('\n');
    assert.equal(lines.length, 3);
    assert.ok(lines[2].endsWith(',9.0'), `unexpected row: ${lines[2]}`);
  });

  it('refuses to score incomplete marking sheets', async () => {
    const pending = exporter.weightedScore({ candidate: 'K-30', hand: 'italic', scores: { spacing: 7 } });
    await assert.rejects(pending, /missing a rhythm score/);
  });
});
