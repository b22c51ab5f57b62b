// expect: none
// Both sides of ?? are promises and the result is returned as the Promise<CompiledTemplate> the signature promises, so no promise is used as a plain value.

import { readFile } from 'node:fs/promises';

export interface CompiledTemplate {
  render(vars: Record<string, string>): string;
}

declare function compile(source: string): CompiledTemplate;

const cache = new Map<string, Promise<CompiledTemplate>>();

async function loadAndCompile(file: string): Promise<CompiledTemplate> {
  const source = await readFile(file, 'utf8');
  return compile(source);
}

export function getTemplate(file: string): Promise<CompiledTemplate> {
  const cached = cache.get(file) ?? loadAndCompile(file);
  cache.set(file, cached);
  return cached;
}

export async function renderPage(file: string, vars: Record<string, string>): Promise<string> {
  const template = await getTemplate(file);
  return template.render(vars);
}
