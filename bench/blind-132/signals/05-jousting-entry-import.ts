// expect: none
// The catch rethrows AbortError untouched and only wraps other failures, keeping the original as cause, so cancellation still reaches the caller as an AbortError.
import { readFile } from 'node:fs/promises';

export interface EntryForm {
  knight: string;
  house: string;
  horse: string;
  lanceWeightKg: number;
  events: Array<'joust' | 'melee' | 'ring-tilt'>;
}

export interface TourneyRegistry {
  register(entry: EntryForm, opts: { signal?: AbortSignal }): Promise<{ entryNo: number }>;
}

export class EntryImportError extends Error {
  constructor(readonly file: string, message: string, options?: { cause?: unknown }) {
    super(`${file}: ${message}`, options);
    this.name = 'EntryImportError';
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

function validate(raw: unknown, file: string): EntryForm[] {
  if (!Array.isArray(raw)) throw new EntryImportError(file, 'expected an array of entries');
  return raw.map((item, i) => {
    const e = item as Partial<EntryForm>;
    if (!e.knight || !e.house || !e.horse || typeof e.lanceWeightKg !== 'number') {
      throw new EntryImportError(file, `entry ${i} is incomplete`);
    }
    if (e.lanceWeightKg > 9) throw new EntryImportError(file, `${e.knight}'s lance is over the 9 kg limit`);
    return { knight: e.knight, house: e.house, horse: e.horse, lanceWeightKg: e.lanceWeightKg, events: e.events ?? ['joust'] };
  });
}

export async function importEntries(
  registry: TourneyRegistry,
  file: string,
  signal?: AbortSignal,
): Promise<Map<string, number>> {
  try {
    const text = await readFile(file, { encoding: 'utf8', signal });
    const entries = validate(JSON.parse(text), file);
    const numbers = new Map<string, number>();
    for (const entry of entries) {
      const { entryNo } = await registry.register(entry, { signal });
      numbers.set(entry.knight, entryNo);
    }
    return numbers;
  } catch (err) {
    if (isAbort(err) || err instanceof EntryImportError) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    throw new EntryImportError(file, `import failed: ${reason}`, { cause: err });
  }
}

export async function importAll(
  registry: TourneyRegistry,
  files: readonly string[],
  signal?: AbortSignal,
): Promise<number> {
  let total = 0;
  for (const file of files) {
    total += (await importEntries(registry, file, signal)).size;
  }
  return total;
}
