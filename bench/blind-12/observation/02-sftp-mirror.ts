// expect: none
// The listing promise gets both handlers via .then(ok, err) when it is created, so it cannot reject unobserved while the manifest is awaited.
import { mkdir, stat } from 'node:fs/promises';
import * as path from 'node:path';

interface RemoteEntry {
  filename: string;
  longname: string;
  attrs: { size: number; mtime: number; isDirectory: boolean };
}

interface SftpSession {
  readdir(dir: string): Promise<RemoteEntry[]>;
  readFile(file: string): Promise<Buffer>;
  fastGet(remote: string, local: string, opts?: { concurrency: number }): Promise<void>;
  end(): Promise<void>;
}

declare function openSftp(host: string, opts: { username: string; privateKey: Buffer }): Promise<SftpSession>;

type Manifest = Record<string, { size: number; mtime: number }>;

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface MirrorOptions {
  host: string;
  username: string;
  privateKey: Buffer;
  remoteDir: string;
  localDir: string;
}

async function loadManifest(session: SftpSession, remoteDir: string): Promise<Manifest> {
  try {
    const raw = await session.readFile(path.posix.join(remoteDir, '.manifest.json'));
    return JSON.parse(raw.toString('utf8')) as Manifest;
  } catch {
    return {};
  }
}

async function isFresh(localFile: string, remote: RemoteEntry): Promise<boolean> {
  try {
    const st = await stat(localFile);
    return st.size === remote.attrs.size && Math.floor(st.mtimeMs / 1000) >= remote.attrs.mtime;
  } catch {
    return false;
  }
}

export async function mirrorRemoteDirectory(opts: MirrorOptions): Promise<string[]> {
  const session = await openSftp(opts.host, { username: opts.username, privateKey: opts.privateKey });
  try {
    const listing: Promise<Settled<RemoteEntry[]>> = session.readdir(opts.remoteDir).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    const manifest = await loadManifest(session, opts.remoteDir);

    const result = await listing;
    if (!result.ok) {
      throw new Error(`cannot list ${opts.remoteDir} on ${opts.host}`, { cause: result.error });
    }

    await mkdir(opts.localDir, { recursive: true });
    const downloaded: string[] = [];
    for (const entry of result.value) {
      if (entry.attrs.isDirectory || entry.filename.startsWith('.')) continue;
      const expected = manifest[entry.filename];
      if (expected && expected.size !== entry.attrs.size) continue; // upload still in progress

      const localFile = path.join(opts.localDir, entry.filename);
      if (await isFresh(localFile, entry)) continue;

      await session.fastGet(path.posix.join(opts.remoteDir, entry.filename), localFile, { concurrency: 8 });
      downloaded.push(entry.filename);
    }
    return downloaded;
  } finally {
    await session.end();
  }
}
