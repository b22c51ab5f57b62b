// expect: no-multiple-settle
// The executor is async: if presignPut (or stat) rejects, the error escapes the executor as an unhandled rejection and the promise returned by uploadArtifact never settles, so publishBuild hangs.
import { request } from 'node:https';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

declare const storage: {
  presignPut(
    bucket: string,
    key: string,
    opts: { contentType: string; expiresInSec: number; signal?: AbortSignal },
  ): Promise<{ url: string; headers: Record<string, string> }>;
};

export interface UploadedArtifact {
  key: string;
  etag: string;
  bytes: number;
}

const CONTENT_TYPES: Record<string, string> = {
  '.tgz': 'application/gzip',
  '.zip': 'application/zip',
  '.json': 'application/json',
};

export function uploadArtifact(bucket: string, key: string, filePath: string): Promise<UploadedArtifact> {
  const contentType = CONTENT_TYPES[path.extname(filePath)] ?? 'application/octet-stream';
  return new Promise(async (resolve, reject) => {
    const { size } = await stat(filePath);
    const signed = await storage.presignPut(bucket, key, { contentType, expiresInSec: 900 });

    const req = request(
      signed.url,
      {
        method: 'PUT',
        headers: { ...signed.headers, 'content-type': contentType, 'content-length': String(size) },
      },
      (res) => {
        res.resume();
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) {
          resolve({ key, etag: String(res.headers.etag ?? '').replace(/"/g, ''), bytes: size });
        } else {
          reject(new Error(`upload of ${key} failed: HTTP ${status}`));
        }
      },
    );
    req.on('error', reject);

    const body = createReadStream(filePath);
    body.on('error', (err) => req.destroy(err));
    body.pipe(req);
  });
}

export async function publishBuild(bucket: string, buildId: string, files: string[]): Promise<UploadedArtifact[]> {
  const uploaded: UploadedArtifact[] = [];
  for (const file of files) {
    const key = `builds/${buildId}/${path.basename(file)}`;
    const artifact = await uploadArtifact(bucket, key, file);
    console.log(`uploaded ${artifact.key} (${artifact.bytes} bytes, etag ${artifact.etag})`);
    uploaded.push(artifact);
  }
  return uploaded;
}
