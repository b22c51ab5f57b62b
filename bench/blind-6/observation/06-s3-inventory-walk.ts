// expect: none
// The prefetched listing gets a no-op rejection handler before the generator yields, so it can never become an unhandled rejection; awaiting it afterwards still rethrows the error to the consumer.
interface ObjectSummary {
  key: string;
  size: number;
  lastModified: Date;
  storageClass: 'STANDARD' | 'STANDARD_IA' | 'GLACIER';
}

interface ListResult {
  contents: ObjectSummary[];
  isTruncated: boolean;
  nextContinuationToken?: string;
}

declare const s3: {
  listObjectsV2(input: { Bucket: string; Prefix?: string; ContinuationToken?: string; MaxKeys?: number }): Promise<ListResult>;
};

export async function* walkBucket(bucket: string, prefix?: string): AsyncGenerator<ObjectSummary> {
  let page = await s3.listObjectsV2({ Bucket: bucket, Prefix: prefix, MaxKeys: 1000 });

  for (;;) {
    let prefetch: Promise<ListResult> | undefined;
    if (page.isTruncated && page.nextContinuationToken) {
      prefetch = s3.listObjectsV2({ Bucket: bucket, Prefix: prefix, ContinuationToken: page.nextContinuationToken, MaxKeys: 1000 });
      prefetch.catch(() => {});
    }

    for (const obj of page.contents) {
      yield obj;
    }

    if (!prefetch) return;
    page = await prefetch;
  }
}

export async function coldStorageCandidates(bucket: string, olderThanDays: number): Promise<{ keys: string[]; bytes: number }> {
  const cutoff = Date.now() - olderThanDays * 86_400_000;
  const keys: string[] = [];
  let bytes = 0;

  for await (const obj of walkBucket(bucket, 'exports/')) {
    if (obj.storageClass !== 'STANDARD') continue;
    if (obj.lastModified.getTime() >= cutoff) continue;
    keys.push(obj.key);
    bytes += obj.size;
    if (keys.length >= 50_000) break;
  }

  console.info(`[lifecycle] ${keys.length} objects (${(bytes / 2 ** 30).toFixed(2)} GiB) eligible in ${bucket}`);
  return { keys, bytes };
}
