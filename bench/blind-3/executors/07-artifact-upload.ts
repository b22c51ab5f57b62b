// expect: no-multiple-settle
// The executor is async: if stat() fails (artifact missing) or the token fetch rejects, that rejection escapes the executor as an unhandled rejection and the returned promise never settles, so the CI publish step hangs.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import https from 'node:https';
import { basename } from 'node:path';

declare const credentials: {
  getAccessToken(scope: string): Promise<string>;
};

const BUCKET_HOST = 'storage.internal.example.com';
const BUCKET = 'ci-artifacts';

export interface UploadResult {
  key: string;
  size: number;
  etag: string;
}

export function uploadArtifact(filePath: string, prefix: string): Promise<UploadResult> {
  const key = `${prefix}/${basename(filePath)}`;
  return new Promise(async (resolve, reject) => {
    const { size } = await stat(filePath);
    const token = await credentials.getAccessToken('storage.write');

    const req = https.request(
      {
        method: 'PUT',
        host: BUCKET_HOST,
        path: `/${BUCKET}/${key.split('/').map(encodeURIComponent).join('/')}`,
        headers: {
          authorization: `Bearer ${token}`,
          'content-length': size,
          'content-type': 'application/octet-stream',
        },
      },
      (res) => {
        res.resume();
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) {
          resolve({ key, size, etag: String(res.headers.etag ?? '') });
        } else {
          reject(new Error(`upload of ${key} failed with HTTP ${status}`));
        }
      },
    );
    req.on('error', reject);
    createReadStream(filePath)
      .on('error', (err) => req.destroy(err))
      .pipe(req);
  });
}

export async function publishBuild(files: string[], commitSha: string): Promise<UploadResult[]> {
  const results: UploadResult[] = [];
  for (const file of files) {
    const result = await uploadArtifact(file, `builds/${commitSha}`);
    console.log(`uploaded ${result.key} (${result.size} bytes, etag ${result.etag})`);
    results.push(result);
  }
  return results;
}
