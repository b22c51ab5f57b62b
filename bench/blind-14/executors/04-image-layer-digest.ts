// expect: none
// Correct: the compressor child is settled once through a guard on 'error' and 'close', and the input stream error also tears it down.
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';

export interface LayerBlob {
  digest: string;
  size: number;
  mediaType: string;
  data: Buffer;
}

const ZSTD = process.env.ZSTD_BIN ?? 'zstd';

export function compressLayer(tarPath: string, level = 3): Promise<LayerBlob> {
  return new Promise<LayerBlob>((resolve, reject) => {
    const child = spawn(ZSTD, [`-${level}`, '-q', '-c', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const input = createReadStream(tarPath);
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let settled = false;

    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      input.destroy();
      child.kill('SIGTERM');
      reject(err);
    };

    child.stdout.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      chunks.push(chunk);
      size += chunk.length;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });

    child.on('error', fail);
    input.on('error', (err) => fail(new Error(`cannot read layer ${tarPath}: ${err.message}`)));
    child.stdin.on('error', (err) => fail(err));

    child.on('close', (code, signal) => {
      if (settled) return;
      if (code !== 0) {
        fail(new Error(`zstd exited with ${code ?? signal}: ${stderr.trim()}`));
        return;
      }
      settled = true;
      resolve({
        digest: `sha256:${hash.digest('hex')}`,
        size,
        mediaType: 'application/vnd.oci.image.layer.v1.tar+zstd',
        data: Buffer.concat(chunks, size),
      });
    });

    input.pipe(child.stdin);
  });
}

export async function compressLayers(paths: string[]): Promise<LayerBlob[]> {
  const blobs: LayerBlob[] = [];
  for (const p of paths) {
    blobs.push(await compressLayer(p));
  }
  return blobs;
}
