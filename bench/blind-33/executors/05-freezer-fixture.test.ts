// expect: no-multiple-settle
// startSimulator uses an async executor that awaits freezerSim.reset() before settling, so a failed reset rejects the executor's own promise and the returned promise never settles.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface BatchStatus {
  id: string;
  flavour: string;
  litres: number;
  stage: 'mixing' | 'ageing' | 'freezing' | 'hardening' | 'done';
  coreTempC: number;
}

declare const freezerSim: {
  reset(profile: string): Promise<void>;
  handle(req: IncomingMessage, res: ServerResponse): void;
  forceCompressorTrip(): void;
};

declare function createBatchClient(baseUrl: string): {
  startBatch(flavour: string, litres: number): Promise<BatchStatus>;
  advance(batchId: string, minutes: number): Promise<BatchStatus>;
  status(batchId: string): Promise<BatchStatus>;
};

interface SimHandle {
  server: Server;
  baseUrl: string;
}

function startSimulator(profile: string): Promise<SimHandle> {
  return new Promise(async (resolve, reject) => {
    await freezerSim.reset(profile);
    const server = createServer((req, res) => freezerSim.handle(req, res));
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, baseUrl: `http://127.0.0.1:${port}` });
    });
  });
}

function stopSimulator(sim: SimHandle): Promise<void> {
  return new Promise((resolve, reject) => {
    sim.server.close((err) => (err ? reject(err) : resolve()));
  });
}

describe('hardening tunnel batches', () => {
  let sim: SimHandle;
  let client: ReturnType<typeof createBatchClient>;

  before(async () => {
    sim = await startSimulator('hardening-tunnel-v2');
    client = createBatchClient(sim.baseUrl);
  });

  after(async () => {
    await stopSimulator(sim);
  });

  it('moves a vanilla batch from mixing to ageing', async () => {
    const batch = await client.startBatch('vanilla', 400);
    assert.equal(batch.stage, 'mixing');

    const aged = await client.advance(batch.id, 45);
    assert.equal(aged.stage, 'ageing');
    assert.ok(aged.coreTempC <= 4, `ageing core temp ${aged.coreTempC}°C should be at or below 4°C`);
  });

  it('reaches hardening temperature within the cycle budget', async () => {
    const batch = await client.startBatch('pistachio', 250);
    await client.advance(batch.id, 240);
    const frozen = await client.advance(batch.id, 90);

    assert.equal(frozen.stage, 'hardening');
    assert.ok(frozen.coreTempC <= -18, `hardening core temp ${frozen.coreTempC}°C should be at or below -18°C`);
  });

  it('holds a batch in freezing when the compressor trips', async () => {
    const batch = await client.startBatch('strawberry', 300);
    await client.advance(batch.id, 240);
    freezerSim.forceCompressorTrip();

    const held = await client.advance(batch.id, 120);
    assert.equal(held.stage, 'freezing');

    const again = await client.status(batch.id);
    assert.deepEqual(again, held);
  });
});
