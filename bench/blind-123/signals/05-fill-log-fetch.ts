// expect: none
// The fallback to the on-disk copy only happens for non-abort failures; when the caller's signal fired the error is rethrown unchanged, and the signal is passed to both fetch and readFile.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface FillRecord {
  cylinderSerial: string;
  filledAt: string;
  o2Pct: number;
  hePct: number;
  pressureBar: number;
  blender: string;
}

export interface FillLogSource {
  stationUrl: string;
  cacheDir: string;
}

function isAbort(err: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (err instanceof Error && err.name === 'AbortError');
}

function validate(records: FillRecord[]): FillRecord[] {
  return records.filter(
    (r) =>
      r.o2Pct > 0 &&
      r.o2Pct + r.hePct <= 100 &&
      r.pressureBar > 0 &&
      r.pressureBar <= 300 &&
      /^[A-Z0-9-]+$/.test(r.cylinderSerial),
  );
}

export class FillLogClient {
  constructor(private readonly source: FillLogSource) {}

  async fillsFor(cylinderSerial: string, signal: AbortSignal): Promise<{ records: FillRecord[]; fromCache: boolean }> {
    const url = `${this.source.stationUrl}/fills?cylinder=${encodeURIComponent(cylinderSerial)}`;
    try {
      const res = await fetch(url, { signal });
      if (!res.ok) throw new Error(`fill station answered ${res.status}`);
      return { records: validate((await res.json()) as FillRecord[]), fromCache: false };
    } catch (err) {
      if (isAbort(err, signal)) throw err;
      const cached = await this.readCache(cylinderSerial, signal);
      if (!cached) throw new Error(`no fill log for ${cylinderSerial} and station unreachable`, { cause: err });
      return { records: cached, fromCache: true };
    }
  }

  async lastAnalysedMix(cylinderSerial: string, signal: AbortSignal): Promise<string> {
    const { records, fromCache } = await this.fillsFor(cylinderSerial, signal);
    const last = records.at(-1);
    if (!last) return `${cylinderSerial}: never filled`;
    const mix = last.hePct > 0 ? `Tx ${last.o2Pct}/${last.hePct}` : last.o2Pct === 21 ? 'Air' : `EAN${last.o2Pct}`;
    return `${cylinderSerial}: ${mix} @ ${last.pressureBar} bar by ${last.blender}${fromCache ? ' (cached)' : ''}`;
  }

  private async readCache(cylinderSerial: string, signal: AbortSignal): Promise<FillRecord[] | undefined> {
    try {
      const text = await readFile(join(this.source.cacheDir, `${cylinderSerial}.json`), { encoding: 'utf8', signal });
      return validate(JSON.parse(text) as FillRecord[]);
    } catch (err) {
      if (isAbort(err, signal)) throw err;
      return undefined;
    }
  }
}
