// expect: none
// stdout chunks are accumulated and the promise settles once on 'close' (after all output is flushed) or on spawn 'error'; a 'close' that follows an 'error' only re-rejects an already settled promise, losing nothing.
import { spawn } from 'node:child_process';

export interface ImageMetadata {
  SourceFile: string;
  ImageWidth?: number;
  ImageHeight?: number;
  DateTimeOriginal?: string;
  GPSLatitude?: number;
  GPSLongitude?: number;
  Orientation?: number;
}

export interface ExifOptions {
  exiftoolPath?: string;
  signal?: AbortSignal;
}

function runExiftool(paths: string[], opts: ExifOptions): Promise<ImageMetadata[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(opts.exiftoolPath ?? 'exiftool', ['-json', '-n', '-fast2', '--', ...paths], {
      stdio: ['ignore', 'pipe', 'pipe'],
      signal: opts.signal,
    });
    const out: Buffer[] = [];
    let stderr = '';

    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      stderr += text;
    });

    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0) {
        reject(new Error(`exiftool exited with ${code ?? signal}: ${stderr.trim().slice(0, 500)}`));
        return;
      }
      try {
        resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as ImageMetadata[]);
      } catch (err) {
        reject(new Error(`exiftool printed unparseable JSON for ${paths.length} files`, { cause: err }));
      }
    });
  });
}

/** Reads metadata for a whole import folder, 200 files per exiftool process. */
export async function readLibraryMetadata(paths: string[], opts: ExifOptions = {}): Promise<Map<string, ImageMetadata>> {
  const byPath = new Map<string, ImageMetadata>();
  for (let i = 0; i < paths.length; i += 200) {
    const batch = paths.slice(i, i + 200);
    for (const meta of await runExiftool(batch, opts)) {
      byPath.set(meta.SourceFile, meta);
    }
  }
  return byPath;
}
