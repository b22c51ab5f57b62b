// expect: no-unobserved-promise
// The image listing is started alongside the specimen lookup but only awaited after it, so if listImages rejects while getSpecimen is still pending the rejection is unhandled.
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface SpecimenMeta {
  id: string;
  name: string;
  classification: string;
  massGrams: number;
  fallYear: number | null;
  findLocation: string;
}

export interface ImageRef {
  url: string;
  face: 'cut' | 'crust' | 'thin-section';
  photographer: string;
}

export interface CatalogueClient {
  getSpecimen(id: string): Promise<SpecimenMeta>;
  listImages(id: string): Promise<ImageRef[]>;
}

function renderSheet(meta: SpecimenMeta, images: ImageRef[]): string {
  const fall = meta.fallYear === null ? 'find' : `fell ${meta.fallYear}`;
  const lines = [
    `# ${meta.name} (${meta.id})`,
    '',
    `Classification: ${meta.classification}`,
    `Mass: ${meta.massGrams.toLocaleString('en-GB')} g`,
    `Origin: ${meta.findLocation}, ${fall}`,
    '',
    '## Images',
  ];
  for (const img of images) {
    lines.push(`- ${img.face}: ${img.url} (photo: ${img.photographer})`);
  }
  if (images.length === 0) lines.push('- none on file');
  return lines.join('\n') + '\n';
}

export async function exportSpecimenSheet(client: CatalogueClient, id: string, outDir: string): Promise<string> {
  const metaRequest = client.getSpecimen(id);
  const imagesRequest = client.listImages(id);

  const meta = await metaRequest;
  const images = await imagesRequest;

  await mkdir(outDir, { recursive: true });
  const file = join(outDir, `${meta.id.replace(/\s+/g, '_')}.md`);
  await writeFile(file, renderSheet(meta, images), 'utf8');
  return file;
}

export async function exportLoanPacket(client: CatalogueClient, ids: string[], outDir: string): Promise<string[]> {
  const files: string[] = [];
  for (const id of ids) {
    files.push(await exportSpecimenSheet(client, id, outDir));
  }
  return files;
}
