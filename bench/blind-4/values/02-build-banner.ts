// expect: no-read-before-settle
// execFile's callback runs only after git exits, but buildBanner() returns right after starting it, so `revision` is still 'unknown' and every bundle is stamped "(unknown)" instead of the commit.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BannerOptions {
  root: string;
  license?: string;
}

interface OutputChunk {
  fileName: string;
  isEntry: boolean;
}

interface Plugin {
  name: string;
  renderChunk?(code: string, chunk: OutputChunk): string | null;
}

function readPackage(root: string): { name: string; version: string; license?: string } {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
}

export function buildBanner({ root, license }: BannerOptions): string {
  const pkg = readPackage(root);
  let revision = 'unknown';
  execFile('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }, (err, stdout) => {
    if (err) {
      console.warn(`[banner] git rev-parse failed: ${err.message}`);
      return;
    }
    revision = stdout.trim();
  });
  const lines = [
    `${pkg.name} v${pkg.version} (${revision})`,
    `(c) ${new Date().getFullYear()} - ${license ?? pkg.license ?? 'UNLICENSED'}`,
  ];
  return `/*!\n${lines.map((l) => ` * ${l}`).join('\n')}\n */`;
}

export function bannerPlugin(options: BannerOptions): Plugin {
  let banner: string | undefined;
  return {
    name: 'build-banner',
    renderChunk(code, chunk) {
      if (!chunk.isEntry) return null;
      banner ??= buildBanner(options);
      return `${banner}\n${code}`;
    },
  };
}
