// expect: no-unobserved-promise
// listAllObjects requests the next page before yielding the current page's keys; while the consumer is suspended copying those objects the prefetch has no handler, so a throttling error on it becomes an unhandled rejection, and after the consumer breaks early it is never awaited at all.
interface ObjectSummary {
  key: string;
  size: number;
  etag: string;
}
interface ListPage {
  objects: ObjectSummary[];
  nextToken?: string;
}

declare const storage: {
  listObjects(
    bucket: string,
    opts: { prefix?: string; continuationToken?: string; maxKeys?: number; signal?: AbortSignal },
  ): Promise<ListPage>;
  copyObject(
    src: { bucket: string; key: string },
    dst: { bucket: string; key: string },
    opts?: { ifNoneMatch?: string; signal?: AbortSignal },
  ): Promise<{ etag: string }>;
};

export async function* listAllObjects(
  bucket: string,
  prefix: string,
  signal?: AbortSignal,
): AsyncGenerator<ObjectSummary, void, undefined> {
  let page = await storage.listObjects(bucket, { prefix, maxKeys: 1000, signal });
  for (;;) {
    const next = page.nextToken
      ? storage.listObjects(bucket, { prefix, continuationToken: page.nextToken, maxKeys: 1000, signal })
      : undefined;
    for (const obj of page.objects) {
      yield obj;
    }
    if (!next) return;
    page = await next;
  }
}

export interface MirrorReport {
  copied: number;
  skipped: number;
  bytes: number;
  truncated: boolean;
}

export async function mirrorBucket(
  src: string,
  dst: string,
  prefix: string,
  opts: { maxBytes?: number; signal?: AbortSignal } = {},
): Promise<MirrorReport> {
  const report: MirrorReport = { copied: 0, skipped: 0, bytes: 0, truncated: false };
  const budget = opts.maxBytes ?? Number.POSITIVE_INFINITY;

  for await (const obj of listAllObjects(src, prefix, opts.signal)) {
    if (obj.key.endsWith('/') || obj.size === 0) {
      report.skipped++;
      continue;
    }
    if (report.bytes + obj.size > budget) {
      report.truncated = true;
      break;
    }
    await storage.copyObject({ bucket: src, key: obj.key }, { bucket: dst, key: obj.key }, { ifNoneMatch: obj.etag, signal: opts.signal });
    report.copied++;
    report.bytes += obj.size;
  }
  return report;
}
