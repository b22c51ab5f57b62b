import rule from '../../rules/no-promise-as-value.js';
import { typedRuleTester } from '../rule-tester.js';

// Holders of promises built where they are used: `bands.map((b) => ({ b, danger: rate(b) }))`
// written inside the literal given to `JSON.stringify`, and a local list of records nested in a
// literal handed to an `unknown` parameter. Awaited values, and a parameter typed to take the
// pending promises, are fine.
typedRuleTester().run('no-promise-as-value', rule, {
  valid: [
    // Each rating is awaited before the JSON is built.
    `declare function rateBand(zone: string, band: string): Promise<number>;
export async function bulletin(zone: string, bands: string[]): Promise<string> {
  return JSON.stringify({
    zone,
    bands: await Promise.all(bands.map(async (band) => ({ band, danger: await rateBand(zone, band) }))),
  });
}`,
    // The tracker's parameter is typed to take pending checksums.
    `declare function checksum(file: string): Promise<string>;
declare const tracker: { track(id: string, work: { files: { name: string; sha256: Promise<string> }[] }): void };
// The tracker's parameter is typed to take the pending checksums: handing them over is its contract.
export function trackReel(id: string, names: string[]): void {
  const files = names.map((name) => ({ name, sha256: checksum(name) }));
  tracker.track(id, { files });
}`,
  ],
  invalid: [
    // The ratings built inside the literal are written as `{}`.
    {
      code: `declare function rateBand(zone: string, band: string): Promise<number>;
export function bulletin(zone: string, bands: string[]): string {
  return JSON.stringify({
    zone,
    bands: bands.map((band) => ({ band, danger: rateBand(zone, band) })),
  });
}`,
      errors: [{ messageId: 'storedPromise', line: 5, column: 49, endLine: 5, endColumn: 69 }],
    },
    // The checksums of the listing reach the archive as promises.
    {
      code: `import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
declare function checksum(file: string): Promise<string>;
declare const archive: { submit(id: string, manifest: unknown): Promise<void> };
async function listing(dir: string) {
  const files = [];
  for (const name of await readdir(dir)) {
    const info = await stat(path.join(dir, name));
    files.push({ name, bytes: info.size, sha256: checksum(path.join(dir, name)) });
  }
  return files;
}
export async function submitReel(id: string, dir: string): Promise<void> {
  const files = await listing(dir);
  await archive.submit(id, { id, count: files.length, files });
}`,
      errors: [{ messageId: 'storedPromise', line: 9, column: 50, endLine: 9, endColumn: 80 }],
    },
  ],
});
