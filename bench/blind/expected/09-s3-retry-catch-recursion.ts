// expect: no-reused-settled-promise
// withRetry recurses on the same promise it was given, so each "retry" just re-observes the original rejected GetObject call.
declare class S3Client {
  getObject(params: { Bucket: string; Key: string }): Promise<{ Body: Uint8Array; ContentType?: string }>;
}

const s3 = new S3Client();

function withRetry<T>(task: Promise<T>, retriesLeft: number): Promise<T> {
  return task.catch((err: unknown) => {
    if (retriesLeft <= 0) throw err;
    console.warn(`S3 read failed, ${retriesLeft} retries left`);
    return withRetry(task, retriesLeft - 1);
  });
}

export async function readManifest(bucket: string, key: string): Promise<Record<string, string>> {
  const object = await withRetry(s3.getObject({ Bucket: bucket, Key: key }), 3);
  if (object.ContentType && object.ContentType !== 'application/json') {
    throw new Error(`unexpected content type ${object.ContentType}`);
  }
  return JSON.parse(new TextDecoder().decode(object.Body)) as Record<string, string>;
}
