// expect: none
// Every allSettled entry is inspected: rejected reasons are collected into the failures list and asserted on.
import { test } from 'node:test';
import assert from 'node:assert/strict';

interface VaultReading {
  vaultId: string;
  tempC: number;
  rh: number;
}

interface SweepReport {
  ok: VaultReading[];
  outOfRange: VaultReading[];
  failures: { vaultId: string; message: string }[];
}

type ReadVault = (vaultId: string) => Promise<VaultReading>;

// Conservation band for mixed-media collections.
const BAND = { minTemp: 18, maxTemp: 22, minRh: 45, maxRh: 55 };

async function sweepVaults(vaultIds: string[], read: ReadVault): Promise<SweepReport> {
  const results = await Promise.allSettled(vaultIds.map((id) => read(id)));
  const report: SweepReport = { ok: [], outOfRange: [], failures: [] };

  results.forEach((result, i) => {
    if (result.status === 'rejected') {
      const message = result.reason instanceof Error ? result.reason.message : String(result.reason);
      report.failures.push({ vaultId: vaultIds[i], message });
      return;
    }
    const r = result.value;
    const inBand = r.tempC >= BAND.minTemp && r.tempC <= BAND.maxTemp && r.rh >= BAND.minRh && r.rh <= BAND.maxRh;
    (inBand ? report.ok : report.outOfRange).push(r);
  });

  return report;
}

function fakeReader(table: Record<string, VaultReading | Error>): ReadVault {
  return async (vaultId) => {
    const entry = table[vaultId];
    if (entry === undefined) throw new Error(`unknown vault ${vaultId}`);
    if (entry instanceof Error) throw entry;
    return entry;
  };
}

test('sorts vaults into in-band and out-of-band readings', async () => {
  const read = fakeReader({
    textiles: { vaultId: 'textiles', tempC: 19.5, rh: 50 },
    paintings: { vaultId: 'paintings', tempC: 23.1, rh: 48 },
  });
  const report = await sweepVaults(['textiles', 'paintings'], read);
  assert.deepEqual(
    report.ok.map((r) => r.vaultId),
    ['textiles'],
  );
  assert.deepEqual(
    report.outOfRange.map((r) => r.vaultId),
    ['paintings'],
  );
  assert.equal(report.failures.length, 0);
});

test('reports vaults whose sensors fail instead of dropping them', async () => {
  const read = fakeReader({
    manuscripts: new Error('modbus timeout'),
    ceramics: { vaultId: 'ceramics', tempC: 20, rh: 46 },
  });
  const report = await sweepVaults(['manuscripts', 'ceramics', 'basement'], read);
  assert.deepEqual(report.failures, [
    { vaultId: 'manuscripts', message: 'modbus timeout' },
    { vaultId: 'basement', message: 'unknown vault basement' },
  ]);
  assert.equal(report.ok.length, 1);
});
