// expect: no-unobserved-promise
// Every file write is pushed into `writes`, but only the last one is awaited, so a rejection of any earlier write is never handled.
import { writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";

export interface Snapshot {
  name: string;
  files: Record<string, string>;
}

export async function writeSnapshot(rootDir: string, snapshot: Snapshot): Promise<string> {
  const dir = join(rootDir, snapshot.name);
  await mkdir(dir, { recursive: true });

  const writes: Promise<void>[] = [];
  for (const [relative, contents] of Object.entries(snapshot.files)) {
    writes.push(writeFile(join(dir, relative), contents, "utf8"));
  }

  if (writes.length > 0) {
    // the files are small, so the last write finishing means the rest are done too
    await writes[writes.length - 1];
  }

  const manifest = Object.keys(snapshot.files).sort().join("\n");
  await writeFile(join(dir, "MANIFEST"), manifest + "\n", "utf8");
  return dir;
}
