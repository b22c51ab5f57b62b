import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type { Linter } from 'eslint';

import plugin from '../../index.js';
import type { Formatter, Report } from './report.js';

/** The pseudo rule parse errors are reported under. */
const parseErrorId = 'parse-error';

interface ReportingDescriptor {
  id: string;
  name?: string;
  shortDescription: { text: string };
  helpUri?: string;
  help?: { text: string; markdown?: string };
  defaultConfiguration: { level: 'error' | 'warning' };
  properties: { tags: string[]; precision?: string; 'problem.severity'?: string };
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: the rules with their descriptions and help URIs,
 * each finding's region relative to `%SRCROOT%` (the run's directory) and a line-shift-stable
 * partial fingerprint.
 */
export const sarif: Formatter = (report) => {
  const rules: ReportingDescriptor[] = Object.entries(plugin.rules).map(([id, rule]) => ({
    id: `settle/${id}`,
    name: pascalCase(id),
    shortDescription: { text: rule.meta.docs!.description },
    helpUri: rule.meta.docs!.url!,
    help: {
      text: `${rule.meta.docs!.description}. See ${rule.meta.docs!.url!}`,
      markdown: `${rule.meta.docs!.description}. [Documentation](${rule.meta.docs!.url!})`,
    },
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['async', 'promise', rule.meta.type], precision: 'high', 'problem.severity': 'error' },
  }));
  const index = (ruleId: string): number => {
    let found = rules.findIndex((rule) => rule.id === ruleId);
    if (found === -1) {
      rules.push(
        ruleId === parseErrorId
          ? {
              id: parseErrorId,
              shortDescription: { text: 'The file could not be parsed, so it was not linted' },
              defaultConfiguration: { level: 'error' },
              properties: { tags: ['parse'] },
            }
          : { id: ruleId, shortDescription: { text: ruleId }, defaultConfiguration: { level: 'error' }, properties: { tags: [] } },
      );
      found = rules.length - 1;
    }
    return found;
  };
  const occurrences = new Map<string, number>();
  const results = report.results.flatMap((result) =>
    result.messages.map((message) => {
      const ruleId = message.ruleId ?? parseErrorId;
      const fingerprint = report.fingerprints.get(message) ?? '';
      // Identical findings in one function get their occurrence appended, as GitHub does with line hashes.
      const occurrence = (occurrences.get(`${result.filePath}\0${fingerprint}`) ?? 0) + 1;
      occurrences.set(`${result.filePath}\0${fingerprint}`, occurrence);
      return {
        ruleId,
        ruleIndex: index(ruleId),
        level: message.severity === 2 ? 'error' : 'warning',
        message: { text: message.message },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(report, result.filePath), region: region(message) } }],
        partialFingerprints: { 'settleFingerprint/v1': `${fingerprint}:${occurrence}` },
        ...(report.baseline ? { baselineState: 'new' } : {}),
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'settle',
            fullName: 'settle (eslint-plugin-settle)',
            version: plugin.meta.version,
            semanticVersion: plugin.meta.version,
            informationUri: 'https://github.com/eslint-plugin-settle/eslint-plugin-settle',
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(report.cwd) } },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function artifactLocation(report: Report, file: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(report.cwd, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(file).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function region(message: Linter.LintMessage): Record<string, number> {
  const start = { startLine: Math.max(message.line, 1), startColumn: Math.max(message.column, 1) };
  if (message.endLine === undefined || message.endColumn === undefined) return start;
  return { ...start, endLine: message.endLine, endColumn: message.endColumn };
}

function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function pascalCase(id: string): string {
  return id.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
