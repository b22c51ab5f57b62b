// expect: no-unobserved-promise
// walkPrefix requests the next listing page before yielding the current page's objects; if that request fails while the consumer is still copying (or the consumer breaks out on quota), the pending page rejects with no handler.
interface ObjectSummary {
  key: string;
  size: number;
  lastModified: Date;
  storageClass: 'STANDARD' | 'INFREQUENT' | 'ARCHIVE';
}

interface ListPage {
  contents: ObjectSummary[];
  nextContinuationToken?: string;
  isTruncated: boolean;
}

declare const storage: {
  listObjects(opts: {
    bucket: string;
    prefix?: string;
    continuationToken?: string;
    maxKeys?: number;
    signal?: AbortSignal;
  }): Promise<ListPage>;
  copyObject(opts: {
    from: { bucket: string; key: string };
    to: { bucket: string; key: string };
    storageClass: 'ARCHIVE';
    signal?: AbortSignal;
  }): Promise<void>;
};

export async function* walkPrefix(bucket: string, prefix: string, signal?: AbortSignal): AsyncGenerator<ObjectSummary> {
  let pending = storage.listObjects({ bucket, prefix, maxKeys: 1000, signal });
  for (;;) {
    const page = await pending;
    if (page.isTruncated && page.nextContinuationToken) {
      pending = storage.listObjects({ bucket, prefix, continuationToken: page.nextContinuationToken, maxKeys: 1000, signal });
    }
    for (const obj of page.contents) {
      yield obj;
    }
    if (!page.isTruncated) return;
  }
}

export interface ArchiveReport {
  copied: number;
  bytes: number;
  stoppedOnQuota: boolean;
}

export async function archiveColdObjects(
  source: string,
  target: string,
  opts: { prefix: string; olderThanDays: number; maxBytes: number; signal?: AbortSignal },
): Promise<ArchiveReport> {
  const cutoff = Date.now() - opts.olderThanDays * 86_400_000;
  const report: ArchiveReport = { copied: 0, bytes: 0, stoppedOnQuota: false };
  for await (const obj of walkPrefix(source, opts.prefix, opts.signal)) {
    if (obj.storageClass === 'ARCHIVE' || obj.lastModified.getTime() > cutoff) continue;
    if (report.bytes + obj.size > opts.maxBytes) {
      report.stoppedOnQuota = true;
      break;
    }
    await storage.copyObject({
      from: { bucket: source, key: obj.key },
      to: { bucket: target, key: `${source}/${obj.key}` },
      storageClass: 'ARCHIVE',
      signal: opts.signal,
    });
    report.copied++;
    report.bytes += obj.size;
  }
  console.info(`[archiver] ${source} -> ${target}: ${report.copied} objects, ${report.bytes} bytes`);
  return report;
}
