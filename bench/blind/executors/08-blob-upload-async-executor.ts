// expect: no-multiple-settle
// The async executor awaits getSignedUrl before any settle call; if that await rejects, the rejection escapes the executor and the returned promise never settles.
export interface PutResult {
  etag: string;
  versionId?: string;
}

declare class BlobClient {
  getSignedUrl(bucket: string, key: string, ttlSeconds: number): Promise<string>;
  putObject(
    url: string,
    body: Uint8Array,
    cb: (err: Error | null, result?: PutResult) => void,
  ): void;
}

export function uploadObject(
  client: BlobClient,
  bucket: string,
  key: string,
  body: Uint8Array,
): Promise<PutResult> {
  return new Promise<PutResult>(async (resolve, reject) => {
    const url = await client.getSignedUrl(bucket, key, 300);
    client.putObject(url, body, (err, result) => {
      if (err || !result) {
        reject(err ?? new Error(`empty response for ${bucket}/${key}`));
        return;
      }
      resolve(result);
    });
  });
}

export async function uploadText(client: BlobClient, bucket: string, key: string, text: string): Promise<string> {
  const { etag } = await uploadObject(client, bucket, key, new TextEncoder().encode(text));
  return etag;
}
