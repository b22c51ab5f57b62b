// expect: no-unobserved-promise
// The CDN uploads start before listing validation; if validation throws or rejects the listing, the upload promises are abandoned with nothing attached.
export interface PatternFile {
  name: string;
  mime: 'application/pdf' | 'image/jpeg' | 'image/png';
  bytes: Uint8Array;
}

export interface PatternBundle {
  sku: string;
  title: string;
  designer: string;
  difficulty: 'beginner' | 'intermediate' | 'advanced';
  priceCents: number;
  tags: string[];
  files: PatternFile[];
}

export interface PublishedBundle {
  sku: string;
  listingId: string;
  fileUrls: string[];
}

interface Manifest {
  sku: string;
  title: string;
  designer: string;
  difficulty: PatternBundle['difficulty'];
  priceCents: number;
  tags: string[];
  files: { name: string; mime: string; size: number }[];
}

declare const cdn: {
  upload(key: string, body: Uint8Array, contentType: string): Promise<{ url: string }>;
};

declare const storefront: {
  validateListing(manifest: Manifest): Promise<{ ok: boolean; reasons: string[] }>;
  publish(manifest: Manifest, fileUrls: string[]): Promise<{ listingId: string }>;
};

export class ListingRejectedError extends Error {
  constructor(
    readonly sku: string,
    readonly reasons: string[],
  ) {
    super(`listing ${sku} rejected: ${reasons.join('; ')}`);
    this.name = 'ListingRejectedError';
  }
}

function buildManifest(bundle: PatternBundle): Manifest {
  return {
    sku: bundle.sku,
    title: bundle.title.trim(),
    designer: bundle.designer,
    difficulty: bundle.difficulty,
    priceCents: bundle.priceCents,
    tags: [...new Set(bundle.tags.map((t) => t.toLowerCase()))],
    files: bundle.files.map((f) => ({ name: f.name, mime: f.mime, size: f.bytes.byteLength })),
  };
}

export async function publishPatternBundle(bundle: PatternBundle): Promise<PublishedBundle> {
  if (!bundle.files.some((f) => f.mime === 'application/pdf')) {
    throw new ListingRejectedError(bundle.sku, ['bundle must contain a PDF pattern']);
  }

  const uploads = bundle.files.map((f) => cdn.upload(`patterns/${bundle.sku}/${f.name}`, f.bytes, f.mime));

  const manifest = buildManifest(bundle);
  const verdict = await storefront.validateListing(manifest);
  if (!verdict.ok) {
    throw new ListingRejectedError(bundle.sku, verdict.reasons);
  }

  const stored = await Promise.all(uploads);
  const fileUrls = stored.map((s) => s.url);
  const { listingId } = await storefront.publish(manifest, fileUrls);
  return { sku: bundle.sku, listingId, fileUrls };
}
