// expect: no-read-before-settle
// `digest` is assigned inside the execFile callback but read synchronously right after the call, so it is always empty.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

interface PushRecord {
  repository: string;
  tag: string;
  digest: string;
  sizeBytes: number;
  pushedAt: string;
}

declare const registryIndex: {
  record(entry: PushRecord): Promise<void>;
};

interface LayerEntry {
  mediaType: string;
  size: number;
  digest: string;
}

async function manifestSize(bundleDir: string): Promise<number> {
  const raw = await readFile(path.join(bundleDir, 'manifest.json'), 'utf8');
  const manifest = JSON.parse(raw) as { layers: LayerEntry[]; config: LayerEntry };
  return manifest.layers.reduce((sum, l) => sum + l.size, manifest.config.size);
}

export class ImagePublisher {
  constructor(
    private readonly craneBinary: string,
    private readonly registryHost: string,
  ) {}

  private reference(repository: string, tag: string): string {
    return `${this.registryHost}/${repository}:${tag}`;
  }

  async publish(bundleDir: string, repository: string, tag: string): Promise<PushRecord> {
    const ref = this.reference(repository, tag);
    const sizeBytes = await manifestSize(bundleDir);

    let digest = '';
    execFile(this.craneBinary, ['digest', '--tarball', path.join(bundleDir, 'image.tar'), ref], { timeout: 60_000 }, (err, stdout) => {
      if (err) {
        console.error(`crane digest failed for ${ref}: ${err.message}`);
        return;
      }
      digest = stdout.trim();
    });

    const record: PushRecord = {
      repository,
      tag,
      digest,
      sizeBytes,
      pushedAt: new Date().toISOString(),
    };
    await registryIndex.record(record);
    return record;
  }
}
