// expect: no-multiple-settle
// startGateway resolves only when stdout prints the listening banner; if the gateway crashes, fails to spawn or exits early, the promise never settles and before() hangs.
import { test, before, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

const PORT = 40000 + (process.pid % 1000);
const BASE = `http://127.0.0.1:${PORT}`;

interface DispatchResponse {
  incidentId: string;
  unitId: string | null;
  etaSeconds: number | null;
  priority: 'P1' | 'P2' | 'P3';
}

function startGateway(port: number): Promise<ChildProcessWithoutNullStreams> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(process.cwd(), 'dist/gateway/main.js')], {
      env: { ...process.env, PORT: String(port), DISPATCH_MODE: 'simulated', FLEET_FIXTURE: 'fixtures/fleet-small.json' },
    });
    child.stderr.pipe(process.stderr);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (chunk.includes(`listening on :${port}`)) {
        resolve(child);
      }
    });
  });
}

async function postIncident(body: Record<string, unknown>): Promise<DispatchResponse> {
  const res = await fetch(`${BASE}/incidents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(res.status, 201, `unexpected status ${res.status}`);
  return (await res.json()) as DispatchResponse;
}

let gateway: ChildProcessWithoutNullStreams;

before(async () => {
  gateway = await startGateway(PORT);
});

after(() => {
  gateway?.kill('SIGTERM');
});

test('cardiac arrest is dispatched as P1 with the nearest unit', async () => {
  const res = await postIncident({
    category: 'cardiac_arrest',
    location: { lat: 51.5072, lon: -0.1276 },
    callerPhone: '+447700900123',
  });
  assert.equal(res.priority, 'P1');
  assert.equal(res.unitId, 'ALS-07');
  assert.ok(res.etaSeconds !== null && res.etaSeconds < 480);
});

test('non-urgent transfer is queued when no unit is free', async () => {
  const res = await postIncident({
    category: 'hospital_transfer',
    location: { lat: 51.4545, lon: -2.5879 },
  });
  assert.equal(res.priority, 'P3');
  assert.equal(res.unitId, null);
});

test('rejects incidents without a location', async () => {
  const res = await fetch(`${BASE}/incidents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ category: 'fall' }),
  });
  assert.equal(res.status, 422);
});
