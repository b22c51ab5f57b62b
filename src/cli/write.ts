import { chmodSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes `text` to `file` atomically: into a temporary file next to it, then renamed over it, so a
 * crash or a second reader never sees half a file. An existing file keeps its permissions.
 */
export function writeFileAtomic(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.settle-${process.pid}-${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, text);
    try {
      chmodSync(temporary, statSync(file).mode);
    } catch {
      // a new file: default permissions
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
