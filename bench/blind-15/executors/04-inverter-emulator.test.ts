// expect: none
// The startup helper settles once on the port line, on early exit, on spawn error or on timeout, and removes its timer and listeners each time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';

const EMULATOR = `
const http = require('node:http');
const strings = [{ id: 'A', vdc: 612.4, idc: 8.1 }, { id: 'B', vdc: 598.9, idc: 7.7 }];
const server = http.createServer((req, res) => {
  if (req.url === '/api/v1/strings') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ serial: 'INV-20417', strings }));
    return;
  }
  res.statusCode = 404;
  res.end();
});
server.listen(0, '127.0.0.1', () => console.log('emulator listening on ' + server.address().port));
`;

function waitForPort(child: ChildProcess, timeoutMs = 5_000): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const done = () => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      child.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (\d+)/.exec(output);
      if (!match) return;
      done();
      resolve(Number(match[1]));
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      done();
      reject(new Error(`emulator exited before listening (code=${code}, signal=${signal})\n${output}`));
    };
    const onError = (err: Error) => {
      done();
      reject(err);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`emulator did not start within ${timeoutMs}ms`));
    }, timeoutMs);

    child.stdout?.on('data', onData);
    child.on('exit', onExit);
    child.on('error', onError);
  });
}

interface StringReading {
  id: string;
  vdc: number;
  idc: number;
}

async function getStrings(port: number): Promise<{ serial: string; strings: StringReading[] }> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/strings`, { signal: AbortSignal.timeout(2_000) });
  assert.equal(res.status, 200);
  return (await res.json()) as { serial: string; strings: StringReading[] };
}

let emulator: ChildProcess;
let port: number;

before(async () => {
  emulator = spawn(process.execPath, ['-e', EMULATOR], { stdio: ['ignore', 'pipe', 'inherit'] });
  port = await waitForPort(emulator);
});

after(() => {
  emulator?.kill();
});

test('reports every MPPT string with its serial', async () => {
  const body = await getStrings(port);
  assert.equal(body.serial, 'INV-20417');
  assert.deepEqual(
    body.strings.map((s) => s.id),
    ['A', 'B'],
  );
});

test('string DC power stays within the inverter rating', async () => {
  const { strings } = await getStrings(port);
  const totalKw = strings.reduce((sum, s) => sum + (s.vdc * s.idc) / 1000, 0);
  assert.ok(totalKw > 0, 'expected some DC power');
  assert.ok(totalKw < 15, `total ${totalKw.toFixed(2)} kW exceeds 15 kW rating`);
});

test('unknown endpoints return 404', async () => {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/unknown`);
  assert.equal(res.status, 404);
  await res.body?.cancel();
});
