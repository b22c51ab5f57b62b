// expect: no-unobserved-promise
// The blob upload starts before the metadata headers are validated: when parseMetadata throws (bad date or language header) the function exits without ever observing putP, so if that upload also fails its rejection is unhandled, and a successful one leaves an orphaned blob.
import { createHash } from 'node:crypto';

interface DocumentMeta {
  title: string;
  language: string;
  publishedAt: Date;
  tags: string[];
}
declare const blobs: { put(key: string, body: Buffer, opts: { contentType: string }): Promise<{ etag: string }> };
declare const search: { index(doc: DocumentMeta & { id: string; blobKey: string; etag: string }): Promise<void> };

export class ValidationError extends Error {
  readonly status = 422;
}

const LANGS = new Set(['en', 'de', 'fr', 'es', 'it', 'nl', 'pt']);

function parseMetadata(headers: Record<string, string | undefined>): DocumentMeta {
  const title = headers['x-doc-title']?.trim();
  if (!title) throw new ValidationError('x-doc-title header is required');
  const language = (headers['x-doc-language'] ?? 'en').toLowerCase();
  if (!LANGS.has(language)) throw new ValidationError(`unsupported language ${language}`);
  const publishedAt = new Date(headers['x-doc-published-at'] ?? Date.now());
  if (Number.isNaN(publishedAt.getTime())) throw new ValidationError('x-doc-published-at is not a date');
  const tags = (headers['x-doc-tags'] ?? '').split(',').map((t) => t.trim()).filter(Boolean);
  return { title, language, publishedAt, tags };
}

export async function ingestDocument(
  body: Buffer,
  headers: Record<string, string | undefined>,
): Promise<{ id: string; etag: string }> {
  if (body.length === 0) throw new ValidationError('empty document');
  const id = createHash('sha256').update(body).digest('hex').slice(0, 24);
  const blobKey = `docs/${id.slice(0, 2)}/${id}.pdf`;

  const putP = blobs.put(blobKey, body, { contentType: headers['content-type'] ?? 'application/pdf' });
  const meta = parseMetadata(headers);

  const { etag } = await putP;
  await search.index({ ...meta, id, blobKey, etag });
  console.log(`[ingest] ${id} "${meta.title}" (${meta.language}, ${meta.tags.length} tags)`);
  return { id, etag };
}
