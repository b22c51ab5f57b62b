// expect: none
// Both loaders are called inside the Promise.all array, so the plan waits for the real signature and cover data rather than for function references.
import { readFile } from 'node:fs/promises';

export interface SignatureSheet {
  index: number;
  pages: number;
  paper: string;
}

export interface CoverMaterial {
  kind: 'quarter-leather' | 'full-cloth' | 'paper-over-board';
  colour: string;
  stockMetres: number;
}

export interface BindingPlan {
  edition: string;
  copies: number;
  signaturesPerCopy: number;
  totalPages: number;
  cover: CoverMaterial;
  clothMetresNeeded: number;
  shortfallMetres: number;
}

const EDITION_DIR = process.env.EDITION_DIR ?? '/srv/bindery/editions';

async function loadSignatures(edition: string): Promise<SignatureSheet[]> {
  const text = await readFile(`${EDITION_DIR}/${edition}/signatures.json`, 'utf8');
  const sheets = JSON.parse(text) as SignatureSheet[];
  return sheets.sort((a, b) => a.index - b.index);
}

async function loadCover(edition: string): Promise<CoverMaterial> {
  const text = await readFile(`${EDITION_DIR}/${edition}/cover.json`, 'utf8');
  return JSON.parse(text) as CoverMaterial;
}

function clothPerCopy(cover: CoverMaterial, totalPages: number): number {
  // Thicker books need a wider turn-in; quarter bindings only use cloth on the sides.
  const base = 0.09 + totalPages * 0.00004;
  return cover.kind === 'quarter-leather' ? base * 0.7 : base;
}

export async function planEdition(edition: string, copies: number): Promise<BindingPlan> {
  const [signatures, cover] = await Promise.all([loadSignatures(edition), loadCover(edition)]);
  if (signatures.length === 0) {
    throw new Error(`edition ${edition} has no signatures folded yet`);
  }
  const totalPages = signatures.reduce((n, s) => n + s.pages, 0);
  const clothMetresNeeded = Number((clothPerCopy(cover, totalPages) * copies).toFixed(2));
  return {
    edition,
    copies,
    signaturesPerCopy: signatures.length,
    totalPages,
    cover,
    clothMetresNeeded,
    shortfallMetres: Math.max(0, Number((clothMetresNeeded - cover.stockMetres).toFixed(2))),
  };
}

export async function planAll(editions: Array<{ name: string; copies: number }>): Promise<BindingPlan[]> {
  return Promise.all(editions.map((e) => planEdition(e.name, e.copies)));
}
