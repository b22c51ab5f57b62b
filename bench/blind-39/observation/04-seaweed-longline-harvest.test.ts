// expect: none
// Every allSettled result is narrowed on status before its value or reason is read, and started promises are combined in the same statement.
import { test } from 'node:test';
import assert from 'node:assert/strict';

interface Longline {
  lineId: string;
  species: 'sugar-kelp' | 'dulse' | 'oarweed';
  metres: number;
}

interface HarvestLot {
  lineId: string;
  wetKg: number;
  grade: 'A' | 'B' | 'reject';
}

interface HarvestSummary {
  lots: HarvestLot[];
  failed: Array<{ lineId: string; reason: string }>;
  totalWetKg: number;
}

type Cutter = (line: Longline) => Promise<HarvestLot>;

async function harvestLines(lines: Longline[], cut: Cutter): Promise<HarvestSummary> {
  const settled = await Promise.allSettled(lines.map((line) => cut(line)));
  const lots: HarvestLot[] = [];
  const failed: HarvestSummary['failed'] = [];

  settled.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      lots.push(result.value);
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      failed.push({ lineId: lines[i].lineId, reason });
    }
  });

  const totalWetKg = lots.filter((l) => l.grade !== 'reject').reduce((sum, l) => sum + l.wetKg, 0);
  return { lots, failed, totalWetKg };
}

function fakeCutter(yieldPerMetre: Record<Longline['species'], number>, snapped: Set<string>): Cutter {
  return async (line) => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (snapped.has(line.lineId)) {
      throw new Error(`line ${line.lineId} parted during lift`);
    }
    const wetKg = Math.round(line.metres * yieldPerMetre[line.species]);
    return { lineId: line.lineId, wetKg, grade: wetKg > 200 ? 'A' : 'B' };
  };
}

const LINES: Longline[] = [
  { lineId: 'N1', species: 'sugar-kelp', metres: 100 },
  { lineId: 'N2', species: 'sugar-kelp', metres: 80 },
  { lineId: 'S1', species: 'dulse', metres: 60 },
];

test('collects every lot when all lines come up', async () => {
  const cut = fakeCutter({ 'sugar-kelp': 3, dulse: 1.5, oarweed: 2 }, new Set());
  const summary = await harvestLines(LINES, cut);
  assert.equal(summary.failed.length, 0);
  assert.equal(summary.totalWetKg, 300 + 240 + 90);
});

test('reports a parted line without losing the others', async () => {
  const cut = fakeCutter({ 'sugar-kelp': 3, dulse: 1.5, oarweed: 2 }, new Set(['N2']));
  const summary = await harvestLines(LINES, cut);
  assert.deepEqual(summary.failed, [{ lineId: 'N2', reason: 'line N2 parted during lift' }]);
  assert.deepEqual(summary.lots.map((l) => l.lineId), ['N1', 'S1']);
});

test('grades small lots as B', async () => {
  const cut = fakeCutter({ 'sugar-kelp': 1, dulse: 1, oarweed: 1 }, new Set());
  const summary = await harvestLines(LINES, cut);
  assert.ok(summary.lots.every((l) => l.grade === 'B'));
});

test('two crews harvesting in parallel are summed independently', async () => {
  const cut = fakeCutter({ 'sugar-kelp': 3, dulse: 1.5, oarweed: 2 }, new Set(['S1']));
  const [north, south] = await Promise.all([
    harvestLines(LINES.slice(0, 2), cut),
    harvestLines(LINES.slice(2), cut),
  ]);
  assert.equal(north.totalWetKg, 540);
  assert.equal(south.failed.length, 1);
});
