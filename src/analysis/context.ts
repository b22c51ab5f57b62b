import type { ParserServicesWithTypeInformation, TSESLint } from '@typescript-eslint/utils';
import { ESLintUtils } from '@typescript-eslint/utils';

import { settleSettings } from '../settings.js';
import { mismatchMessage, sameTypeScript, SetupError } from '../typescript-support.js';
import { getOrCreate } from './memo.js';
import { programProbe } from './types/checker.js';

/*
 * The analysis context: what every analysis function takes first. It is built once per linted
 * file (`analysisOf(context)` in a rule's `create`) and shared by every rule that lints the file,
 * so per-file facts can be cached on it; Program-wide facts are cached on `services.program`
 * (see `types/checker.ts`).
 */
export interface Analysis {
  /** The parser services: the Program, and the maps between ESTree and TypeScript nodes. */
  readonly services: ParserServicesWithTypeInformation;
  /** The linted file: its AST, scopes and text. */
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** `settings.settle.testCode` for this file: declared test code (or not); unset, `scope/test-code.ts` detects it. */
  readonly testCode?: boolean;
}

const analyses = new WeakMap<object, Analysis>();
const verifiedPrograms = new WeakSet<object>();

/** The analysis context of the file a rule is linting; throws ESLint's usual error when type information is missing. */
export function analysisOf(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): Analysis {
  const sourceCode = context.sourceCode;
  return getOrCreate(analyses, sourceCode.ast, () => {
    const { testCode } = settleSettings(context);
    const services = ESLintUtils.getParserServices(context);
    // The first file of each Program: was it built by the plugin's copy of TypeScript?
    if (!verifiedPrograms.has(services.program)) {
      if (!sameTypeScript(programProbe(services.program))) throw new SetupError(mismatchMessage());
      verifiedPrograms.add(services.program);
    }
    return { services, sourceCode, ...(testCode === undefined ? {} : { testCode }) };
  });
}
