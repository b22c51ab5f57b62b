// expect: none
// The prefetched page gets a no-op rejection handler the moment it is created, so a failure while the consumer holds the generator at a yield is not unhandled; the same promise is still awaited on the next turn (rethrowing the error), and an early exit aborts the prefetch in finally.
declare const s3: {
  listObjectsV2(
    input: { Bucket: string; Prefix?: string; ContinuationToken?: string; MaxKeys?: number },
    opts: { abortSignal?: AbortSignal },
  ): Promise<{
    Contents?: Array<{ Key?: string; Size?: number; LastModified?: Date }>;
    IsTruncated?: boolean;
    NextContinuationToken?: string;
  }>;
};

export interface ObjectEntry {
  key: string;
  size: number;
  lastModified: Date;
}

type Page = Awaited<ReturnType<typeof s3.listObjectsV2>>;

export async function* listObjects(bucket: string, prefix: string, signal?: AbortSignal): AsyncGenerator<ObjectEntry> {
  const controller = new AbortController();
  const abortSignal = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;

  const fetchPage = (token?: string): Promise<Page> => {
    const page = s3.listObjectsV2({ Bucket: bucket, Prefix: prefix, ContinuationToken: token, MaxKeys: 1000 }, { abortSignal });
    page.catch(() => {});
    return page;
  };

  let next: Promise<Page> | null = fetchPage();
  try {
    while (next) {
      const page: Page = await next;
      next = page.IsTruncated && page.NextContinuationToken ? fetchPage(page.NextContinuationToken) : null;
      for (const obj of page.Contents ?? []) {
        if (!obj.Key) continue;
        yield { key: obj.Key, size: obj.Size ?? 0, lastModified: obj.LastModified ?? new Date(0) };
      }
    }
  } finally {
    controller.abort();
  }
}

export async function staleBytes(bucket: string, prefix: string, olderThanDays: number, signal?: AbortSignal) {
  const cutoff = Date.now() - olderThanDays * 86_400_000;
  let bytes = 0;
  let count = 0;
  for await (const obj of listObjects(bucket, prefix, signal)) {
    if (obj.lastModified.getTime() < cutoff) {
      bytes += obj.size;
      count++;
    }
  }
  return { bytes, count };
}
