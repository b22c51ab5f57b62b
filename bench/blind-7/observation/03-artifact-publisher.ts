// expect: no-unobserved-promise
// The upload session promise is created in the constructor but only awaited after each file is hashed; if createSession rejects while hashing (or stat throws first), nothing handles it and Node reports an unhandled rejection.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';

interface UploadSession {
  id: string;
  uploadUrl: string;
  expiresAt: number;
}

interface ManifestEntry {
  name: string;
  etag: string;
  sha256: string;
  size: number;
}

declare const artifactApi: {
  createSession(opts: { project: string; kind: 'build' | 'coverage' }): Promise<UploadSession>;
  putObject(session: UploadSession, body: { path: string; name: string; size: number; sha256: string }): Promise<{ etag: string }>;
  commit(sessionId: string, manifest: ManifestEntry[]): Promise<void>;
};

export class ArtifactPublisher {
  private readonly session: Promise<UploadSession>;
  private readonly uploaded: ManifestEntry[] = [];

  constructor(
    private readonly project: string,
    private readonly log: (msg: string) => void = console.log,
  ) {
    this.session = artifactApi.createSession({ project, kind: 'build' });
  }

  private async digest(path: string): Promise<string> {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) {
      hash.update(chunk as Buffer);
    }
    return hash.digest('hex');
  }

  async add(path: string, name = basename(path)): Promise<void> {
    const [{ size }, sha256] = await Promise.all([stat(path), this.digest(path)]);
    const session = await this.session;
    if (Date.now() > session.expiresAt) {
      throw new Error(`upload session ${session.id} expired before ${name} was sent`);
    }
    const { etag } = await artifactApi.putObject(session, { path, name, size, sha256 });
    this.uploaded.push({ name, etag, sha256, size });
    this.log(`[${this.project}] uploaded ${name} (${size} bytes)`);
  }

  async finish(): Promise<string> {
    const session = await this.session;
    await artifactApi.commit(session.id, this.uploaded);
    this.log(`[${this.project}] committed ${this.uploaded.length} artifacts to ${session.id}`);
    return session.id;
  }
}

export async function publishBuild(project: string, files: string[]): Promise<string> {
  const publisher = new ArtifactPublisher(project);
  for (const file of files) {
    await publisher.add(file);
  }
  return publisher.finish();
}
