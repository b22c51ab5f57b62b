// expect: no-multiple-settle
// The before hook waits only for the "listening" stdout line; if the server exits during startup (bad entry, port clash, config error) the promise never settles.
import { before, after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

const SERVER_ENTRY = join(__dirname, '..', 'dist', 'recital-server.js');

interface Recital {
  id: string;
  carillonneur: string;
  startsAt: string;
  bells: number;
  programme: string[];
}

let server: ChildProcessWithoutNullStreams;
let baseUrl = '';

before(async () => {
  server = spawn(process.execPath, [SERVER_ENTRY], {
    env: { ...process.env, PORT: '0', TOWER_ID: 'test-tower', BELL_COUNT: '49' },
  });
  server.stdout.setEncoding('utf8');

  baseUrl = await new Promise<string>((resolve) => {
    let buffered = '';
    server.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const m = /listening on (http:\/\/[^\s]+)/.exec(buffered);
      if (m) resolve(m[1]);
    });
  });
});

after(() => {
  server.kill('SIGTERM');
});

async function postRecital(body: Omit<Recital, 'id'>): Promise<Response> {
  return fetch(`${baseUrl}/recitals`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('recital scheduling', () => {
  it('accepts a programme that fits the instrument', async () => {
    const res = await postRecital({
      carillonneur: 'A. de Vries',
      startsAt: '2025-06-14T18:00:00Z',
      bells: 49,
      programme: ['Prelude in G (van den Gheyn)', 'Suite Archaïque'],
    });
    assert.equal(res.status, 201);
    const created = (await res.json()) as Recital;
    assert.match(created.id, /^rc_/);
  });

  it('rejects a programme needing more bells than the tower has', async () => {
    const res = await postRecital({
      carillonneur: 'M. Lannoy',
      startsAt: '2025-06-15T18:00:00Z',
      bells: 77,
      programme: ['Fantasia for 6 octaves'],
    });
    assert.equal(res.status, 422);
  });

  it('refuses overlapping recitals on the same tower', async () => {
    const base = { carillonneur: 'J. Kim', bells: 47, programme: ['Sarabande'] };
    const first = await postRecital({ ...base, startsAt: '2025-07-01T12:00:00Z' });
    assert.equal(first.status, 201);
    const second = await postRecital({ ...base, startsAt: '2025-07-01T12:15:00Z' });
    assert.equal(second.status, 409);
  });

  it('lists upcoming recitals in start order', async () => {
    const res = await fetch(`${baseUrl}/recitals?from=2025-06-01T00:00:00Z`);
    const list = (await res.json()) as Recital[];
    const starts = list.map((r) => Date.parse(r.startsAt));
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
  });
});
