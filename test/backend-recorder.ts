import type { ESLint, Rule } from 'eslint';

import { backendOf } from '../src/analysis/types/checker.js';

/**
 * A plugin with one rule, `backend/record`, that reports nothing and pushes onto `seen` the
 * backend (`classic` or `tsgo`) that built the program of each file it lints.
 */
export function backendRecorder(seen: string[]): ESLint.Plugin {
  const record: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      const services = context.sourceCode.parserServices as { program?: Parameters<typeof backendOf>[0] };
      if (services.program) seen.push(backendOf(services.program));
      return {};
    },
  };
  return { rules: { record } };
}
