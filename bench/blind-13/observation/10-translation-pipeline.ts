// expect: none
// Per-locale async work is collected with Promise.all(locales.map(async ...)) and awaited; the early return happens before any promise is created.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

type Catalog = Record<string, string>;

interface PipelineConfig {
  sourceLocale: string;
  targetLocales: string[];
  catalogDir: string;
  glossary?: Record<string, string>;
}

declare const machineTranslate: {
  batch(texts: string[], from: string, to: string, glossary?: Record<string, string>): Promise<string[]>;
};

async function loadCatalog(dir: string, locale: string): Promise<Catalog> {
  try {
    return JSON.parse(await readFile(join(dir, `${locale}.json`), 'utf8')) as Catalog;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw err;
  }
}

function missingKeys(source: Catalog, target: Catalog): string[] {
  return Object.keys(source).filter((k) => !(k in target) || target[k].trim() === '');
}

export interface SyncSummary {
  locale: string;
  translated: number;
}

export async function syncTranslations(cfg: PipelineConfig): Promise<SyncSummary[]> {
  const locales = cfg.targetLocales.filter((l) => l !== cfg.sourceLocale);
  if (locales.length === 0) {
    return [];
  }

  const source = await loadCatalog(cfg.catalogDir, cfg.sourceLocale);
  await mkdir(cfg.catalogDir, { recursive: true });

  return Promise.all(
    locales.map(async (locale): Promise<SyncSummary> => {
      const target = await loadCatalog(cfg.catalogDir, locale);
      const keys = missingKeys(source, target);
      if (keys.length === 0) {
        return { locale, translated: 0 };
      }

      const translated = await machineTranslate.batch(
        keys.map((k) => source[k]),
        cfg.sourceLocale,
        locale,
        cfg.glossary,
      );
      keys.forEach((k, i) => {
        target[k] = translated[i];
      });

      const sorted = Object.fromEntries(Object.entries(target).sort(([a], [b]) => a.localeCompare(b)));
      await writeFile(join(cfg.catalogDir, `${locale}.json`), JSON.stringify(sorted, null, 2) + '\n');
      return { locale, translated: keys.length };
    }),
  );
}
