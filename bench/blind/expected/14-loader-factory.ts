// expect: none
// pickLoader is a plain factory whose declared job is to return a loader function; the caller invokes it and awaits the result.
import { readFile } from 'node:fs/promises';

export interface Translations {
  locale: string;
  messages: Record<string, string>;
}

type Loader = (locale: string) => Promise<Translations>;

async function loadFromDisk(locale: string): Promise<Translations> {
  const raw = await readFile(`./locales/${locale}.json`, 'utf8');
  return { locale, messages: JSON.parse(raw) as Record<string, string> };
}

async function loadFromCdn(locale: string): Promise<Translations> {
  const res = await fetch(`https://cdn.example.com/i18n/${locale}.json`);
  if (!res.ok) throw new Error(`i18n fetch failed: ${res.status}`);
  return { locale, messages: (await res.json()) as Record<string, string> };
}

export function pickLoader(env: string): Loader {
  if (env === 'development' || env === 'test') {
    return loadFromDisk;
  }
  return loadFromCdn;
}

export async function loadTranslations(locale: string): Promise<Translations> {
  const load = pickLoader(process.env.NODE_ENV ?? 'production');
  return load(locale);
}
