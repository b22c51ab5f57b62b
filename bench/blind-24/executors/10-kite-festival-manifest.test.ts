// expect: none
// Correct: fetchManifest returns right after rejecting a bad status (draining the body), guards JSON.parse, and settles once on end/error/timeout.
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>): void;
declare function beforeAll(fn: () => Promise<void>): void;
declare function afterAll(fn: () => Promise<void>): void;
declare function expect(value: unknown): {
  toEqual(expected: unknown): void;
  rejects: { toThrow(pattern: RegExp | string): Promise<void> };
};

interface FlyingSlot {
  flier: string;
  kite: string;
  field: 'north' | 'south' | 'beach';
  startsAt: string;
}

function fetchManifest(url: string, timeoutMs = 2_000): Promise<FlyingSlot[]> {
  return new Promise<FlyingSlot[]>((resolve, reject) => {
    const req = get(url, { timeout: timeoutMs }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`manifest request failed with ${res.statusCode}`));
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as FlyingSlot[]);
        } catch (err) {
          reject(err);
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error(`manifest request timed out after ${timeoutMs}ms`)));
    req.on('error', reject);
  });
}

const slots: FlyingSlot[] = [
  { flier: 'Aiko', kite: 'rokkaku', field: 'north', startsAt: '10:00' },
  { flier: 'Bram', kite: 'delta', field: 'beach', startsAt: '10:30' },
];

describe('festival manifest client', () => {
  let server: Server;
  let base = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/manifest') {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(slots));
      } else if (req.url === '/garbled') {
        res.end('{"flier": "Aiko", ');
      } else {
        res.statusCode = 404;
        res.end('no such schedule');
      }
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  });

  it('loads the flying schedule', async () => {
    expect(await fetchManifest(`${base}/manifest`)).toEqual(slots);
  });

  it('reports missing schedules by status', async () => {
    await expect(fetchManifest(`${base}/day-3`)).rejects.toThrow(/404/);
  });

  it('rejects a truncated body', async () => {
    await expect(fetchManifest(`${base}/garbled`)).rejects.toThrow(/JSON/);
  });
});
