// expect: no-multiple-settle
// A non-200 response is drained and logged but settles nothing, so downloadPricking() hangs forever on 404 or 500.
import https from 'node:https';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface PrickingMeta {
  guildId: string;
  patternId: string;
  title: string;
  url: string;
}

const USER_AGENT = 'lace-guild-archive/2.3 (+https://example.org/guild)';

export function downloadPricking(url: string, timeoutMs = 15_000): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const req = https.get(url, { headers: { 'user-agent': USER_AGENT }, timeout: timeoutMs }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        console.warn(`pricking ${url} returned HTTP ${res.statusCode}`);
        return;
      }

      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('end', () => resolve(Buffer.concat(chunks)));
      res.once('error', reject);
    });

    req.once('timeout', () => req.destroy(new Error(`timed out fetching ${url}`)));
    req.once('error', reject);
  });
}

export async function archivePatterns(patterns: PrickingMeta[], outDir: string): Promise<Map<string, string>> {
  const digests = new Map<string, string>();
  await mkdir(outDir, { recursive: true });

  for (const pattern of patterns) {
    const pdf = await downloadPricking(pattern.url);
    const digest = createHash('sha256').update(pdf).digest('hex');
    const file = path.join(outDir, `${pattern.guildId}-${pattern.patternId}.pdf`);
    await writeFile(file, pdf);
    digests.set(pattern.patternId, digest);
  }

  await writeFile(
    path.join(outDir, 'MANIFEST.json'),
    JSON.stringify(Object.fromEntries(digests), null, 2),
  );
  return digests;
}
