// expect: no-unobserved-promise
// The next ListObjectsV2 page is requested before the current page's keys are yielded and is only awaited after the consumer has processed them all; if that request fails (or is aborted) meanwhile, or the consumer stops early, it has no handler and Node crashes with an unhandled rejection.
export interface S3Object {
  Key: string;
  Size: number;
  LastModified: Date;
  StorageClass?: string;
}

interface ListPage {
  Contents?: S3Object[];
  IsTruncated: boolean;
  NextContinuationToken?: string;
}

declare const s3: {
  listObjectsV2(
    input: { Bucket: string; Prefix?: string; ContinuationToken?: string; MaxKeys?: number },
    opts?: { abortSignal?: AbortSignal },
  ): Promise<ListPage>;
  deleteObject(input: { Bucket: string; Key: string }, opts?: { abortSignal?: AbortSignal }): Promise<void>;
};
declare const log: { info(msg: string, meta?: object): void };

export async function* listObjects(bucket: string, prefix: string, signal?: AbortSignal): AsyncGenerator<S3Object> {
  let page = await s3.listObjectsV2({ Bucket: bucket, Prefix: prefix, MaxKeys: 1000 }, { abortSignal: signal });
  for (;;) {
    const nextPage = page.IsTruncated
      ? s3.listObjectsV2(
          { Bucket: bucket, Prefix: prefix, MaxKeys: 1000, ContinuationToken: page.NextContinuationToken },
          { abortSignal: signal },
        )
      : null;
    for (const obj of page.Contents ?? []) yield obj;
    if (!nextPage) return;
    page = await nextPage;
  }
}

/** Deletes tmp uploads older than maxAgeDays; stops after `limit` deletions. */
export async function sweepStaleUploads(bucket: string, maxAgeDays: number, limit: number, signal?: AbortSignal): Promise<number> {
  const cutoff = Date.now() - maxAgeDays * 86_400_000;
  let deleted = 0;
  for await (const obj of listObjects(bucket, 'tmp/uploads/', signal)) {
    if (obj.LastModified.getTime() >= cutoff) continue;
    await s3.deleteObject({ Bucket: bucket, Key: obj.Key }, { abortSignal: signal });
    if (++deleted >= limit) break;
  }
  log.info('swept stale uploads', { bucket, deleted });
  return deleted;
}
