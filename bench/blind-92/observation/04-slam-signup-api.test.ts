// expect: no-unobserved-promise
// In the capacity test `overflow` is started before `await last` and has no handler until the expect after it; its 409 can arrive first and is then reported as an unhandled rejection.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Signup {
  poet: string;
  pieceTitle: string;
}

function startSignupServer(capacity: number): Promise<Server> {
  const list: Signup[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      let entry: Signup;
      try {
        entry = JSON.parse(body);
      } catch {
        res.writeHead(400).end(JSON.stringify({ error: 'bad json' }));
        return;
      }
      if (list.some((s) => s.poet === entry.poet)) {
        res.writeHead(409).end(JSON.stringify({ error: 'already signed up' }));
        return;
      }
      if (list.length >= capacity) {
        res.writeHead(409).end(JSON.stringify({ error: 'list full' }));
        return;
      }
      list.push(entry);
      res.writeHead(201).end(JSON.stringify({ slot: list.length }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function signUp(base: string, entry: Signup): Promise<number> {
  const res = await fetch(`${base}/signups`, { method: 'POST', body: JSON.stringify(entry) });
  if (!res.ok) throw new Error(`signup failed: ${res.status}`);
  const { slot } = (await res.json()) as { slot: number };
  return slot;
}

describe('open list signup', () => {
  let server: Server;
  let base: string;

  beforeEach(async () => {
    server = await startSignupServer(3);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('gives out slots in arrival order', async () => {
    expect(await signUp(base, { poet: 'Ines', pieceTitle: 'Salt & Static' })).toBe(1);
    expect(await signUp(base, { poet: 'Marcus', pieceTitle: 'Bus 44' })).toBe(2);
  });

  it('refuses a poet who is already on the list', async () => {
    await signUp(base, { poet: 'Dee', pieceTitle: 'Inventory of Hands' });
    await expect(signUp(base, { poet: 'Dee', pieceTitle: 'Encore' })).rejects.toThrow('409');
  });

  it('refuses signups past capacity', async () => {
    await signUp(base, { poet: 'Ines', pieceTitle: 'Salt & Static' });
    await signUp(base, { poet: 'Marcus', pieceTitle: 'Bus 44' });

    const last = signUp(base, { poet: 'Dee', pieceTitle: 'Inventory of Hands' });
    const overflow = signUp(base, { poet: 'Tomasz', pieceTitle: 'Weather Report' });

    expect(await last).toBe(3);
    await expect(overflow).rejects.toThrow('409');
  });

  it('rejects malformed bodies', async () => {
    const res = await fetch(`${base}/signups`, { method: 'POST', body: '{' });
    expect(res.status).toBe(400);
  });
});
