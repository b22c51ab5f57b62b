// expect: no-swallowed-abort
// The per-image catch logs and continues on every error, so after the caller aborts each remaining fetch fails with AbortError and the function returns a normal, silently truncated result.

import { writeFile } from "node:fs/promises";
import path from "node:path";

export interface MirrorReport {
  saved: string[];
  failed: string[];
}

declare const logger: { warn(msg: string): void };

export async function mirrorImages(urls: string[], destDir: string, signal: AbortSignal): Promise<MirrorReport> {
  const report: MirrorReport = { saved: [], failed: [] };
  for (const url of urls) {
    const fileName = path.basename(new URL(url).pathname);
    try {
      const res = await fetch(url, { signal });
      if (!res.ok) {
        throw new Error(`HTTP ${res.status}`);
      }
      const bytes = new Uint8Array(await res.arrayBuffer());
      await writeFile(path.join(destDir, fileName), bytes, { signal });
      report.saved.push(fileName);
    } catch (err) {
      logger.warn(`skipping ${url}: ${(err as Error).message}`);
      report.failed.push(url);
    }
  }
  return report;
}
