// expect: no-multiple-settle
// The executor is async: if assumeRole or the checksum read rejects, that rejection escapes the executor as an unhandled rejection and the returned promise never settles, so the release pipeline hangs.
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

interface Credentials { accessKeyId: string; secretAccessKey: string; sessionToken: string }
interface ManagedUpload {
  on(event: 'httpUploadProgress', cb: (p: { loaded: number; total?: number }) => void): void;
  send(cb: (err: Error | null, data: { Location: string; ETag: string }) => void): void;
}
declare const sts: { assumeRole(roleArn: string, sessionName: string): Promise<Credentials> };
declare function createUploader(
  creds: Credentials,
  params: { Bucket: string; Key: string; Body: NodeJS.ReadableStream; ContentMD5: string },
): ManagedUpload;

export interface PublishOptions {
  bucket: string;
  roleArn: string;
  onProgress?: (pct: number) => void;
}

export function publishArtifact(path: string, key: string, opts: PublishOptions): Promise<string> {
  return new Promise(async (resolve, reject) => {
    const creds = await sts.assumeRole(opts.roleArn, `release-${Date.now()}`);
    const { size } = await stat(path);
    const md5 = createHash('md5').update(await readFile(path)).digest('base64');

    const upload = createUploader(creds, {
      Bucket: opts.bucket,
      Key: key,
      Body: createReadStream(path),
      ContentMD5: md5,
    });
    upload.on('httpUploadProgress', ({ loaded, total }) => {
      opts.onProgress?.(Math.round((loaded / (total ?? size)) * 100));
    });
    upload.send((err, data) => {
      if (err) {
        reject(new Error(`upload of ${key} to ${opts.bucket} failed: ${err.message}`));
        return;
      }
      console.log(`published ${key} (${size} bytes) etag=${data.ETag}`);
      resolve(data.Location);
    });
  });
}
