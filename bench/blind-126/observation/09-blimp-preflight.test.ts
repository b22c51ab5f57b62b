// expect: none
// The ballonet and envelope checks are started together and combined with Promise.all before anything else is awaited, so neither can reject without a handler.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface BallonetCheck {
  inflationPct: number;
  valveOk: boolean;
}

interface EnvelopeCheck {
  superheatC: number;
  leakRatePct: number;
}

interface Sensors {
  ballonet(airshipId: string): Promise<BallonetCheck>;
  envelope(airshipId: string): Promise<EnvelopeCheck>;
}

interface PreflightVerdict {
  airshipId: string;
  go: boolean;
  reasons: string[];
}

class Preflight {
  constructor(private readonly sensors: Sensors) {}

  async run(airshipId: string): Promise<PreflightVerdict> {
    const [ballonet, envelope] = await Promise.all([this.sensors.ballonet(airshipId), this.sensors.envelope(airshipId)]);
    const reasons: string[] = [];
    if (!ballonet.valveOk) reasons.push('ballonet valve stuck');
    if (ballonet.inflationPct < 20 || ballonet.inflationPct > 90) reasons.push(`ballonet at ${ballonet.inflationPct}%`);
    if (envelope.leakRatePct > 1.5) reasons.push(`helium leak ${envelope.leakRatePct}%/day`);
    if (envelope.superheatC > 12) reasons.push(`superheat ${envelope.superheatC}°C`);
    return { airshipId, go: reasons.length === 0, reasons };
  }
}

function stubSensors(overrides: Partial<BallonetCheck & EnvelopeCheck> = {}, failEnvelope?: Error): Sensors {
  return {
    async ballonet() {
      return { inflationPct: overrides.inflationPct ?? 55, valveOk: overrides.valveOk ?? true };
    },
    async envelope() {
      if (failEnvelope) throw failEnvelope;
      return { superheatC: overrides.superheatC ?? 4, leakRatePct: overrides.leakRatePct ?? 0.3 };
    },
  };
}

describe('Preflight', () => {
  let started: number;

  before(() => {
    started = Date.now();
  });

  after(() => {
    assert.ok(Date.now() - started < 5_000, 'preflight suite should stay fast');
  });

  test('clears a healthy airship', async () => {
    const verdict = await new Preflight(stubSensors()).run('N-2ADV');
    assert.deepEqual(verdict, { airshipId: 'N-2ADV', go: true, reasons: [] });
  });

  test('collects every reason for a no-go', async () => {
    const verdict = await new Preflight(stubSensors({ valveOk: false, leakRatePct: 2.4 })).run('N-2ADV');
    assert.equal(verdict.go, false);
    assert.deepEqual(verdict.reasons, ['ballonet valve stuck', 'helium leak 2.4%/day']);
  });

  test('flags superheat after a sunny mast-out', async () => {
    const verdict = await new Preflight(stubSensors({ superheatC: 15 })).run('N-7SKY');
    assert.deepEqual(verdict.reasons, ['superheat 15°C']);
  });

  test('fails when the envelope sensor is offline', async () => {
    const preflight = new Preflight(stubSensors({}, new Error('envelope bus timeout')));
    await assert.rejects(preflight.run('N-7SKY'), /envelope bus timeout/);
  });
});
