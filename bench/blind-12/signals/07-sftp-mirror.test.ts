// expect: none
// mirrorDirectory hands its signal to every SFTP call and to the retry sleep, and rethrows instead of retrying once the signal is aborted.
import { setTimeout as sleep } from 'node:timers/promises';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toEqual(expected: unknown): void;
  toBe(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface RemoteEntry {
  name: string;
  size: number;
  isDirectory: boolean;
}

interface SftpClient {
  readdir(path: string, opts: { signal: AbortSignal }): Promise<RemoteEntry[]>;
  readFile(path: string, opts: { signal: AbortSignal }): Promise<Buffer>;
}

const TRANSIENT = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

async function mirrorDirectory(
  client: SftpClient,
  remoteDir: string,
  sink: Map<string, Buffer>,
  { signal, attempts = 3 }: { signal: AbortSignal; attempts?: number },
): Promise<number> {
  let copied = 0;
  for (const entry of await client.readdir(remoteDir, { signal })) {
    const path = `${remoteDir}/${entry.name}`;
    if (entry.isDirectory) {
      copied += await mirrorDirectory(client, path, sink, { signal, attempts });
      continue;
    }
    for (let attempt = 1; ; attempt++) {
      try {
        sink.set(path, await client.readFile(path, { signal }));
        copied++;
        break;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (signal.aborted || attempt >= attempts || !code || !TRANSIENT.has(code)) throw err;
        await sleep(50 * 2 ** attempt, undefined, { signal });
      }
    }
  }
  return copied;
}

function fakeClient(files: Record<string, string>, failures: Record<string, number> = {}): SftpClient {
  const delay = (signal: AbortSignal) => sleep(5, undefined, { signal });
  return {
    async readdir(path, { signal }) {
      await delay(signal);
      const names = new Set<string>();
      for (const f of Object.keys(files)) {
        if (f.startsWith(`${path}/`)) names.add(f.slice(path.length + 1).split('/')[0]);
      }
      return [...names].map((name) => ({
        name,
        size: files[`${path}/${name}`]?.length ?? 0,
        isDirectory: !(`${path}/${name}` in files),
      }));
    },
    async readFile(path, { signal }) {
      await delay(signal);
      if ((failures[path] ?? 0) > 0) {
        failures[path]--;
        throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      }
      return Buffer.from(files[path]);
    },
  };
}

describe('mirrorDirectory', () => {
  it('copies nested files', async () => {
    const sink = new Map<string, Buffer>();
    const client = fakeClient({ '/exports/a.csv': 'a', '/exports/2024/b.csv': 'bb' });
    const n = await mirrorDirectory(client, '/exports', sink, { signal: new AbortController().signal });
    expect(n).toBe(2);
    expect(sink.get('/exports/2024/b.csv')?.toString()).toBe('bb');
  });

  it('retries a transient reset', async () => {
    const sink = new Map<string, Buffer>();
    const client = fakeClient({ '/in/x.csv': 'x' }, { '/in/x.csv': 2 });
    await mirrorDirectory(client, '/in', sink, { signal: new AbortController().signal });
    expect([...sink.keys()]).toEqual(['/in/x.csv']);
  });

  it('stops when the caller aborts', async () => {
    const ac = new AbortController();
    const client = fakeClient({ '/in/x.csv': 'x' }, { '/in/x.csv': 2 });
    const run = mirrorDirectory(client, '/in', new Map(), { signal: ac.signal });
    setTimeout(() => ac.abort(), 8);
    await expect(run).rejects.toThrow(/abort/i);
  });
});
