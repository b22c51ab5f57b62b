// expect: no-read-before-settle
// sizeBytes is assigned inside the fs.stat callback, which runs after the manifest entry has already been pushed, so every photograph in the archive manifest is recorded with a size of 0.
import { stat, readdir } from 'node:fs';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';

const readdirAsync = promisify(readdir);

export interface PhotoEntry {
  accession: string;
  file: string;
  sizeBytes: number;
  view: 'dorsal' | 'ventral' | 'lateral' | 'detail';
}

export interface Manifest {
  accession: string;
  generatedAt: string;
  photos: PhotoEntry[];
  totalBytes: number;
}

const VIEW_PATTERN = /_(dorsal|ventral|lateral|detail)(?:_\d+)?\.(?:tif|tiff|jpg|jpeg|dng)$/i;

function viewOf(file: string): PhotoEntry['view'] | null {
  const match = VIEW_PATTERN.exec(file);
  return match ? (match[1]!.toLowerCase() as PhotoEntry['view']) : null;
}

export async function buildManifest(archiveRoot: string, accession: string): Promise<Manifest> {
  const dir = join(archiveRoot, accession.replace(/[^A-Za-z0-9.-]/g, '_'), 'photos');
  const files = (await readdirAsync(dir)).filter((f) => ['.tif', '.tiff', '.jpg', '.jpeg', '.dng'].includes(extname(f).toLowerCase()));

  const photos: PhotoEntry[] = [];
  for (const file of files.sort()) {
    const view = viewOf(file);
    if (!view) {
      console.warn(`${accession}: skipping ${file}, no view suffix`);
      continue;
    }

    let sizeBytes = 0;
    stat(join(dir, file), (err, info) => {
      if (err) {
        console.warn(`${accession}: cannot stat ${file}: ${err.message}`);
        return;
      }
      sizeBytes = info.size;
    });

    photos.push({ accession, file, sizeBytes, view });
  }

  return {
    accession,
    generatedAt: new Date().toISOString(),
    photos,
    totalBytes: photos.reduce((sum, p) => sum + p.sizeBytes, 0),
  };
}

export function missingViews(manifest: Manifest): PhotoEntry['view'][] {
  const present = new Set(manifest.photos.map((p) => p.view));
  return (['dorsal', 'ventral', 'lateral'] as const).filter((v) => !present.has(v));
}
