// expect: no-uncalled-async-function
// The afterEach hook awaits the purgeRemote method reference instead of calling it, so uploaded fixtures are never removed between tests.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface RemoteEntry {
  path: string;
  size: number;
}

declare function connectSftp(opts: { host: string; port: number; username: string; privateKeyPath: string }): Promise<{
  put(localPath: string, remotePath: string): Promise<void>;
  list(remoteDir: string): Promise<RemoteEntry[]>;
  remove(remotePath: string): Promise<void>;
  end(): Promise<void>;
}>;

type SftpClient = Awaited<ReturnType<typeof connectSftp>>;

class DirectoryMirror {
  constructor(
    private readonly client: SftpClient,
    private readonly remoteRoot: string,
  ) {}

  async push(localDir: string, names: string[]): Promise<number> {
    for (const name of names) {
      await this.client.put(join(localDir, name), `${this.remoteRoot}/${name}`);
    }
    return names.length;
  }

  async listRemote(): Promise<string[]> {
    const entries = await this.client.list(this.remoteRoot);
    return entries.map((e) => e.path.slice(this.remoteRoot.length + 1)).sort();
  }

  async purgeRemote(): Promise<void> {
    const entries = await this.client.list(this.remoteRoot);
    await Promise.all(entries.map((e) => this.client.remove(e.path)));
  }
}

describe('DirectoryMirror', () => {
  let client: SftpClient;
  let mirror: DirectoryMirror;
  let localDir: string;

  before(async () => {
    client = await connectSftp({
      host: process.env.SFTP_TEST_HOST ?? '127.0.0.1',
      port: Number(process.env.SFTP_TEST_PORT ?? 2222),
      username: 'ci',
      privateKeyPath: process.env.SFTP_TEST_KEY ?? join(process.cwd(), 'fixtures/id_ed25519'),
    });
    mirror = new DirectoryMirror(client, '/upload/mirror-test');
    localDir = await mkdtemp(join(tmpdir(), 'mirror-'));
    await writeFile(join(localDir, 'a.csv'), 'id,name\n1,alpha\n');
    await writeFile(join(localDir, 'b.csv'), 'id,name\n2,beta\n');
  });

  afterEach(async () => {
    await mirror.purgeRemote;
  });

  after(async () => {
    await client.end();
    await rm(localDir, { recursive: true, force: true });
  });

  it('uploads every file', async () => {
    const count = await mirror.push(localDir, ['a.csv', 'b.csv']);
    assert.equal(count, 2);
    assert.deepEqual(await mirror.listRemote(), ['a.csv', 'b.csv']);
  });

  it('uploads a single file', async () => {
    await mirror.push(localDir, ['b.csv']);
    assert.ok((await mirror.listRemote()).includes('b.csv'));
  });
});
