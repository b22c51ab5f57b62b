// expect: require-signal-propagation
// exportDraft threads options.signal into the draft fetch and the file write but calls fetch for the yarn palette without it, so cancelling an export leaves that request running.
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface WeaveDraft {
  draftId: string;
  name: string;
  shafts: number;
  treadles: number;
  threading: number[];
  treadling: number[];
  tieUp: number[][];
  warpColors: string[];
  weftColors: string[];
}

export interface YarnPalette {
  [code: string]: { name: string; hex: string; denier: number };
}

export interface ExportOptions {
  outDir: string;
  format: 'wif' | 'json';
  signal?: AbortSignal;
}

function toWif(draft: WeaveDraft, palette: YarnPalette): string {
  const colorCodes = [...new Set([...draft.warpColors, ...draft.weftColors])];
  const lines = [
    '[WIF]', 'Version=1.1', 'Source Program=mill-export',
    '[WEAVING]', `Shafts=${draft.shafts}`, `Treadles=${draft.treadles}`,
    '[COLOR TABLE]',
    ...colorCodes.map((code, i) => `${i + 1}=${palette[code]?.hex ?? '#000000'}`),
    '[THREADING]',
    ...draft.threading.map((shaft, i) => `${i + 1}=${shaft}`),
    '[TREADLING]',
    ...draft.treadling.map((treadle, i) => `${i + 1}=${treadle}`),
    '[TIEUP]',
    ...draft.tieUp.map((shafts, i) => `${i + 1}=${shafts.join(',')}`),
  ];
  return lines.join('\r\n') + '\r\n';
}

export class WeaveDraftExporter {
  constructor(
    private readonly designApi: string,
    private readonly yarnApi: string,
  ) {}

  private async getJson<T>(url: string, init: RequestInit = {}): Promise<T> {
    const res = await fetch(url, { ...init, headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`GET ${url} failed with ${res.status}`);
    return (await res.json()) as T;
  }

  async exportDraft(draftId: string, options: ExportOptions): Promise<string> {
    const { outDir, format, signal } = options;

    const draft = await this.getJson<WeaveDraft>(`${this.designApi}/drafts/${encodeURIComponent(draftId)}`, { signal });
    const codes = [...new Set([...draft.warpColors, ...draft.weftColors])].join(',');
    const palette = await this.getJson<YarnPalette>(`${this.yarnApi}/palette?codes=${encodeURIComponent(codes)}`);

    const body = format === 'wif' ? toWif(draft, palette) : JSON.stringify({ draft, palette }, null, 2);
    await mkdir(outDir, { recursive: true });
    const path = join(outDir, `${draft.draftId}.${format}`);
    await writeFile(path, body, { encoding: 'utf8', signal });
    return path;
  }

  async exportCollection(draftIds: string[], options: ExportOptions): Promise<string[]> {
    const paths: string[] = [];
    for (const id of draftIds) {
      paths.push(await this.exportDraft(id, options));
    }
    return paths;
  }
}
