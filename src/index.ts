import './typescript-guard.js';

import { readFileSync } from 'node:fs';

import type { TSESLint } from '@typescript-eslint/utils';

import type { ConfigName } from './configs.js';
import { buildConfig, buildTestsConfig } from './configs.js';
import { rules } from './rules.js';

/** The package manifest, found from `src/` (tests) or `dist/src/` (the published build). */
function readManifest(): { name: string; version: string } {
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const manifest = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'eslint-plugin-settle' && manifest.version) return { name: manifest.name, version: manifest.version };
    } catch {
      // not at this level; try the next
    }
  }
  return { name: 'eslint-plugin-settle', version: '0.0.0' };
}

const manifest = readManifest();

interface SettlePlugin {
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  configs: Record<ConfigName | 'tests', TSESLint.FlatConfig.Config>;
}

const plugin: SettlePlugin = {
  meta: { name: manifest.name, version: manifest.version, namespace: 'settle' },
  rules,
  configs: {} as Record<ConfigName | 'tests', TSESLint.FlatConfig.Config>,
};

for (const name of ['recommended', 'strict', 'all'] as const) {
  plugin.configs[name] = buildConfig(name, plugin as unknown as TSESLint.FlatConfig.Plugin);
}
plugin.configs.tests = buildTestsConfig(plugin as unknown as TSESLint.FlatConfig.Plugin);

export default plugin;
export { rules };
export type { SettleSettings } from './settings.js';
export type { Specifier } from './analysis/promises/allow-list.js';
