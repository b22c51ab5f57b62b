// expect: no-multiple-settle
// When the journal has no marker for the requested version the promise never settles: only 'line' is handled, so at EOF (and on a read error) nothing resolves or rejects and the deploy step hangs.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface MigrationMarker {
  version: number;
  appliedAt: Date;
  checksum: string;
  line: number;
}

const MARKER = /^-- migrated (\d+) at (\S+) sha256:([0-9a-f]{64})$/;

export function findMigrationMarker(journalPath: string, version: number): Promise<MigrationMarker | null> {
  return new Promise((resolve) => {
    const input = createReadStream(journalPath, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    let lineNo = 0;

    rl.on('line', (raw) => {
      lineNo++;
      const m = MARKER.exec(raw.trim());
      if (!m || Number(m[1]) !== version) return;

      const appliedAt = new Date(m[2]);
      if (Number.isNaN(appliedAt.getTime())) {
        console.warn(`${journalPath}:${lineNo}: unparseable timestamp ${m[2]}, ignoring marker`);
        return;
      }
      rl.close();
      input.destroy();
      resolve({ version, appliedAt, checksum: m[3], line: lineNo });
    });
  });
}

export async function assertMigrated(journalPath: string, versions: number[], expectedChecksums: Map<number, string>): Promise<void> {
  const missing: number[] = [];
  for (const version of versions) {
    const marker = await findMigrationMarker(journalPath, version);
    if (marker === null) {
      missing.push(version);
      continue;
    }
    const expected = expectedChecksums.get(version);
    if (expected && expected !== marker.checksum) {
      throw new Error(`migration ${version} was applied with checksum ${marker.checksum}, expected ${expected}`);
    }
  }
  if (missing.length > 0) {
    throw new Error(`migrations not applied: ${missing.join(', ')}`);
  }
}
