// expect: no-multiple-settle
// On a cache hit the executor resolves but does not return, so it still reads the file and settles the promise a second time from the readFile callback.
import { readFile } from 'node:fs';
import { join } from 'node:path';

const templateCache = new Map<string, string>();

export function loadTemplate(dir: string, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const cached = templateCache.get(name);
    if (cached !== undefined) {
      resolve(cached);
    }
    readFile(join(dir, `${name}.html`), 'utf8', (err, text) => {
      if (err) {
        reject(err);
        return;
      }
      templateCache.set(name, text);
      resolve(text);
    });
  });
}

export async function renderPage(dir: string, name: string, vars: Record<string, string>): Promise<string> {
  const template = await loadTemplate(dir, name);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => vars[key] ?? '');
}

export function clearTemplateCache(): void {
  templateCache.clear();
}
