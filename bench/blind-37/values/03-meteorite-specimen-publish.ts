// expect: no-promise-as-value
// imageDigest() is async, so the posted record carries a Promise under "imageDigest", which serialises to {}.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export interface SpecimenDraft {
  catalogNumber: string;
  name: string;
  classification: string;
  massGrams: number;
  fall: boolean;
  foundYear: number;
  country: string;
  imagePaths: string[];
  curatorNotes?: string;
}

interface PublishResponse {
  id: string;
  url: string;
}

declare const collectionApi: {
  post(path: string, body: Record<string, unknown>): Promise<PublishResponse>;
};
declare const collectionSlug: string;

const CLASS_PATTERN = /^(H|L|LL|CI|CM|CO|CV|CK|CR|E[HL]|I{1,3}[A-G]+|Pallasite|Mesosiderite|Lunar|Martian)[0-9]?(-[0-9])?/;

async function imageDigest(paths: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const path of [...paths].sort()) {
    hash.update(await readFile(path));
  }
  return hash.digest('hex');
}

function validate(draft: SpecimenDraft): string[] {
  const problems: string[] = [];
  if (!CLASS_PATTERN.test(draft.classification)) {
    problems.push(`classification "${draft.classification}" is not a recognised group`);
  }
  if (draft.massGrams <= 0) {
    problems.push('mass must be positive');
  }
  if (draft.foundYear > new Date().getFullYear()) {
    problems.push('found year is in the future');
  }
  if (draft.imagePaths.length === 0) {
    problems.push('at least one photograph is required');
  }
  return problems;
}

function roundMass(grams: number): number {
  return grams >= 100 ? Math.round(grams) : Math.round(grams * 10) / 10;
}

export async function publishSpecimen(draft: SpecimenDraft): Promise<PublishResponse> {
  const problems = validate(draft);
  if (problems.length > 0) {
    throw new Error(`${draft.catalogNumber} cannot be published: ${problems.join('; ')}`);
  }

  const { curatorNotes, imagePaths, ...publicFields } = draft;
  return collectionApi.post(`/collections/${collectionSlug}/specimens`, {
    ...publicFields,
    massGrams: roundMass(draft.massGrams),
    imageCount: imagePaths.length,
    imageDigest: imageDigest(imagePaths),
    hasNotes: Boolean(curatorNotes && curatorNotes.trim()),
    publishedAt: new Date().toISOString(),
  });
}

export async function publishAll(drafts: SpecimenDraft[]): Promise<{ published: string[]; failed: string[] }> {
  const published: string[] = [];
  const failed: string[] = [];
  for (const draft of drafts) {
    try {
      const res = await publishSpecimen(draft);
      published.push(res.url);
    } catch (err) {
      failed.push(`${draft.catalogNumber}: ${(err as Error).message}`);
    }
  }
  return { published, failed };
}
