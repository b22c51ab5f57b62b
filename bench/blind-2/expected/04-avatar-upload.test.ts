// expect: none
// The cleanup list deliberately holds async function references, and afterEach invokes each one (`cleanup()`) inside map before Promise.all awaits them, so the temp dir and server really are torn down.
import { once } from 'node:events';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function afterEach(fn: () => Promise<unknown> | void): void;
declare function expect(actual: unknown): { toBe(expected: unknown): void; toEqual(expected: unknown): void };

declare function avatarUploadHandler(opts: { storageDir: string; maxBytes: number }): Parameters<typeof createServer>[1];

const cleanups: Array<() => Promise<unknown>> = [];

async function startServer(storageDir: string): Promise<string> {
  const server: Server = createServer(avatarUploadHandler({ storageDir, maxBytes: 64 * 1024 }));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const stop = async (): Promise<void> => {
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  };
  cleanups.push(stop);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'avatars-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe('avatar upload', () => {
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
  });

  it('stores a PNG under the user id', async () => {
    const dir = await tempDir();
    const base = await startServer(dir);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const res = await fetch(`${base}/users/u_42/avatar`, { method: 'PUT', headers: { 'content-type': 'image/png' }, body: png });
    expect(res.status).toBe(201);
    expect(await readdir(dir)).toEqual(['u_42.png']);
  });

  it('rejects uploads above the size limit without writing a file', async () => {
    const dir = await tempDir();
    const base = await startServer(dir);
    const res = await fetch(`${base}/users/u_7/avatar`, {
      method: 'PUT',
      headers: { 'content-type': 'image/png' },
      body: new Uint8Array(70 * 1024),
    });
    expect(res.status).toBe(413);
    expect(await readdir(dir)).toEqual([]);
  });
});
