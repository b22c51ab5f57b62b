// expect: none
// assert.rejects and assert.doesNotReject are documented to take an async function, so passing inspectWithoutCertificate/loadFixtures uncalled is correct.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Seesaw {
  id: string;
  beamLengthM: number;
  pivotHeightMm: number;
  groundClearanceMm: number;
  certificateNo?: string;
}

interface InspectionReport {
  seesawId: string;
  passed: boolean;
  findings: string[];
}

class CertificateMissingError extends Error {
  constructor(id: string) {
    super(`seesaw ${id} has no manufacturer certificate`);
    this.name = 'CertificateMissingError';
  }
}

class Inspector {
  private readonly known = new Map<string, Seesaw>();

  async register(seesaw: Seesaw): Promise<void> {
    await Promise.resolve();
    this.known.set(seesaw.id, seesaw);
  }

  async inspect(id: string): Promise<InspectionReport> {
    const seesaw = this.known.get(id);
    if (!seesaw) throw new Error(`unknown seesaw ${id}`);
    if (!seesaw.certificateNo) throw new CertificateMissingError(id);

    const findings: string[] = [];
    // EN 1176-6: at most 1 m seat height, and at least 230 mm ground clearance at the low end
    if (seesaw.pivotHeightMm > 1000) findings.push('pivot too high');
    if (seesaw.groundClearanceMm < 230) findings.push('insufficient ground clearance');
    if (seesaw.beamLengthM > 4.5) findings.push('beam longer than certified maximum');
    return { seesawId: id, passed: findings.length === 0, findings };
  }
}

let inspector: Inspector;

async function loadFixtures(): Promise<void> {
  await inspector.register({ id: 'park-7', beamLengthM: 3.6, pivotHeightMm: 640, groundClearanceMm: 260, certificateNo: 'C-2291' });
  await inspector.register({ id: 'school-2', beamLengthM: 4.8, pivotHeightMm: 700, groundClearanceMm: 210, certificateNo: 'C-3310' });
  await inspector.register({ id: 'garden-1', beamLengthM: 2.9, pivotHeightMm: 520, groundClearanceMm: 300 });
}

beforeEach(() => {
  inspector = new Inspector();
});

test('fixtures load without errors', async () => {
  await assert.doesNotReject(loadFixtures);
});

test('a compliant seesaw passes', async () => {
  await loadFixtures();
  const report = await inspector.inspect('park-7');
  assert.deepEqual(report, { seesawId: 'park-7', passed: true, findings: [] });
});

test('clearance and beam length are both reported', async () => {
  await loadFixtures();
  const report = await inspector.inspect('school-2');
  assert.equal(report.passed, false);
  assert.deepEqual(report.findings, ['insufficient ground clearance', 'beam longer than certified maximum']);
});

test('a seesaw without a certificate cannot be inspected', async () => {
  await loadFixtures();
  const inspectWithoutCertificate = () => inspector.inspect('garden-1');
  await assert.rejects(inspectWithoutCertificate, CertificateMissingError);
  await assert.rejects(inspectWithoutCertificate, /no manufacturer certificate/);
});

test('unknown ids are rejected', async () => {
  await assert.rejects(inspector.inspect('nowhere-9'), { message: 'unknown seesaw nowhere-9' });
});
