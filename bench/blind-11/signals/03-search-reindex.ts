// expect: require-signal-propagation
// reindexCollection receives ctx.signal and passes it to the page fetch, but the bulk-index POST to the search cluster is sent without it, so a cancelled reindex keeps writing.
export interface SourceDocument {
  id: string;
  title: string;
  body: string;
  updatedAt: string;
}

interface Page {
  items: SourceDocument[];
  nextCursor: string | null;
}

export interface ReindexContext {
  sourceBaseUrl: string;
  searchBaseUrl: string;
  indexName: string;
  apiKey: string;
  signal: AbortSignal;
  onProgress?: (indexed: number) => void;
}

function toBulkBody(index: string, docs: SourceDocument[]): string {
  const lines: string[] = [];
  for (const doc of docs) {
    lines.push(JSON.stringify({ index: { _index: index, _id: doc.id } }));
    lines.push(
      JSON.stringify({
        title: doc.title,
        body: doc.body,
        updated_at: doc.updatedAt,
      }),
    );
  }
  return lines.join('\n') + '\n';
}

async function fetchPage(ctx: ReindexContext, cursor: string | null): Promise<Page> {
  const url = new URL('/v1/documents', ctx.sourceBaseUrl);
  url.searchParams.set('limit', '500');
  if (cursor) url.searchParams.set('cursor', cursor);
  const res = await fetch(url, {
    headers: { authorization: `Bearer ${ctx.apiKey}` },
    signal: ctx.signal,
  });
  if (!res.ok) throw new Error(`source returned ${res.status} for ${url}`);
  return (await res.json()) as Page;
}

export async function reindexCollection(ctx: ReindexContext): Promise<number> {
  let cursor: string | null = null;
  let indexed = 0;

  do {
    const page = await fetchPage(ctx, cursor);
    if (page.items.length > 0) {
      const res = await fetch(`${ctx.searchBaseUrl}/_bulk`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson' },
        body: toBulkBody(ctx.indexName, page.items),
      });
      const result = (await res.json()) as { errors: boolean; items: unknown[] };
      if (!res.ok || result.errors) {
        throw new Error(`bulk indexing failed at offset ${indexed}`);
      }
      indexed += page.items.length;
      ctx.onProgress?.(indexed);
    }
    cursor = page.nextCursor;
  } while (cursor !== null);

  return indexed;
}
