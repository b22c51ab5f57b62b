// expect: none
// Correct: the readFile callback returns after reject, and JSON parse errors are caught and turned into a rejection, so each load settles exactly once.
import { readFile } from 'node:fs';
import * as path from 'node:path';

export interface TemplateManifest {
  subject: string;
  from?: string;
  partials?: string[];
}

export interface EmailTemplate {
  name: string;
  manifest: TemplateManifest;
  html: string;
  text: string;
}

const cache = new Map<string, Promise<EmailTemplate>>();

function readText(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    readFile(file, 'utf8', (err, data) => {
      if (err) return reject(err);
      resolve(data);
    });
  });
}

function readManifest(file: string): Promise<TemplateManifest> {
  return new Promise((resolve, reject) => {
    readFile(file, 'utf8', (err, data) => {
      if (err) {
        reject(err);
        return;
      }
      try {
        const parsed = JSON.parse(data) as TemplateManifest;
        if (typeof parsed.subject !== 'string') {
          reject(new Error(`${file}: "subject" must be a string`));
          return;
        }
        resolve(parsed);
      } catch (parseErr) {
        reject(new Error(`${file}: invalid JSON (${(parseErr as Error).message})`));
      }
    });
  });
}

async function loadUncached(root: string, name: string): Promise<EmailTemplate> {
  const dir = path.join(root, name);
  const [manifest, html, text] = await Promise.all([
    readManifest(path.join(dir, 'manifest.json')),
    readText(path.join(dir, 'body.html')),
    readText(path.join(dir, 'body.txt')).catch((err: NodeJS.ErrnoException) => {
      // plain-text part is optional; fall back to a stripped HTML body
      if (err.code === 'ENOENT') return '';
      throw err;
    }),
  ]);

  let body = html;
  for (const partial of manifest.partials ?? []) {
    const content = await readText(path.join(root, '_partials', `${partial}.html`));
    body = body.replaceAll(`{{> ${partial}}}`, content);
  }

  return {
    name,
    manifest,
    html: body,
    text:
      text ||
      body
        .replace(/<[^>]+>/g, '')
        .replace(/\n{3,}/g, '\n\n')
        .trim(),
  };
}

export function loadTemplate(root: string, name: string): Promise<EmailTemplate> {
  const key = `${root}::${name}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = loadUncached(root, name);
    // don't keep failed loads around, so a fixed template is picked up on retry
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

export function render(template: EmailTemplate, vars: Record<string, string>) {
  const fill = (s: string) => s.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => vars[k] ?? '');
  return {
    subject: fill(template.manifest.subject),
    html: fill(template.html),
    text: fill(template.text),
  };
}
