import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { getOrCreate } from '../memo.js';
import { isFunctionNode } from '../syntax/nodes.js';
import { walk } from '../syntax/walk.js';
import { isGlobalIdentifier } from './globals.js';
import { packageRunsVitest } from './suite-setup.js';
import { variableOf } from './variables.js';

/*
 * Is this file test code? A test runner gives promises a watcher of its own: a test that fails or
 * rejects is reported by the runner, expected rejections are the point of many tests, and waiting
 * for work only to let it finish (`await Promise.allSettled([task])` as cleanup) is an idiom, not a
 * lost error. Rules that model what is watched ask here. No configuration is needed: a file is
 * test code when it imports a test runner (vitest, jest, mocha, node:test, ava, bun:test, tap,
 * uvu, Playwright), when its top level calls the runners' globals (`describe`, `it`, `test`,
 * `suite`) with a function and nothing in the file binds that name, or Deno's `Deno.test(…)`, or
 * when its name says so (`*.test.ts`, `*.spec.ts`, Deno's `*_test.ts`). A config can declare it instead (`settings.settle.testCode`, which
 * `configs.tests` sets for the usual test folders), for helpers that show no runner.
 */

const runnerModules = new Set([
  'vitest',
  '@jest/globals',
  'node:test',
  'test',
  'mocha',
  'ava',
  'bun:test',
  'tap',
  'uvu',
  '@playwright/test',
]);
const runnerGlobals = new Set(['describe', 'it', 'test', 'suite', 'context']);
/**
 * `*.test.ts`, `*.spec.tsx`, `*.e2e.mts`, and Deno's `*_test.ts`; folders alone (`test/`) do not
 * count: they also hold fixtures and helpers.
 */
const testFileName = /(\.(test|spec|e2e)|_test)\.[cm]?[jt]sx?$/;

const verdicts = new WeakMap<TSESTree.Program, boolean>();

/** True when the linted file is test code: it imports a test runner, calls a runner's globals at its top level, or is named as a test. */
export function isTestCode(analysis: Analysis): boolean {
  const program = analysis.sourceCode.ast;
  if (analysis.testCode !== undefined) return analysis.testCode; // declared by the config (`configs.tests`)
  return getOrCreate(verdicts, program, () => {
    const fileName = analysis.services.esTreeNodeToTSNodeMap.get(program).fileName;
    if (testFileName.test(fileName)) return true;
    return program.body.some(
      (statement) => importsRunner(statement) || callsRunnerGlobal(analysis, statement) || isDenoTest(analysis, statement),
    );
  });
}

/** Folders that hold tests and their helpers (the same as `configs.tests`). */
const testFolder = /[\\/](test|tests|__tests__|spec|e2e)[\\/]/;

/**
 * True when the linted file is test code or sits in a test folder (`tests/utils/client.ts`): a
 * helper of the tests, whose timers and processes live as long as the test run. For judgements
 * about holding the process only; what a file's promises mean follows `isTestCode`.
 */
export function isTestSupport(analysis: Analysis): boolean {
  if (isTestCode(analysis)) return true;
  return isInTestFolder(analysis.services.program, analysis.services.esTreeNodeToTSNodeMap.get(analysis.sourceCode.ast).fileName);
}

/** True when a file of the program sits in a test folder, relative to the project: the folders around a checkout (`/home/me/test/app`) say nothing. */
function isInTestFolder(program: ts.Program, fileName: string): boolean {
  const root = program.getCurrentDirectory();
  const relative = fileName.startsWith(root) ? fileName.slice(root.length) : fileName;
  return testFolder.test(relative.startsWith('/') ? relative : `/${relative}`);
}

/** True when a file of the program (not necessarily the linted one) is test code by name or imports, or sits in a test folder: a test or a helper of the tests. */
export function isTestSupportFile(program: ts.Program, file: ts.SourceFile): boolean {
  return isTestSourceFile(file) || isInTestFolder(program, file.fileName);
}

function importsRunner(statement: TSESTree.ProgramStatement): boolean {
  if (statement.type !== AST_NODE_TYPES.ImportDeclaration) return false;
  return runnerModules.has(statement.source.value);
}

/**
 * Runners that fail the run on an unhandled rejection, also one raised after its test ended:
 * node:test (the test, or the file), vitest ("Unhandled Rejection", exit code 1), ava, tap, Deno's
 * `Deno.test` ("Uncaught (in promise)" fails the test). Jest
 * is left out: depending on its version and environment it may only print the rejection, or lose
 * it when the test file's environment is torn down. So is mocha: its runner listens for
 * `unhandledRejection` and re-emits a rejection of user code on `process` with itself taken away,
 * which, with no other listener, nobody sees (mocha 11: the test passes), unless the suite adds
 * its own listener, which a file cannot tell.
 */
const rejectionReportingRunners = new Set(['vitest', 'node:test', 'test', 'ava', 'tap']);
const reportingVerdicts = new WeakMap<TSESTree.Program, boolean>();

/**
 * True when the linted file imports a test runner that reports an unhandled rejection as a
 * failure (see `rejectionReportingRunners`). A file that only calls a runner's globals could be
 * run by Jest as well, so it counts only when its package's scripts run vitest and not jest.
 */
export function runnerReportsUnhandledRejections(analysis: Analysis): boolean {
  const program = analysis.sourceCode.ast;
  return getOrCreate(
    reportingVerdicts,
    program,
    () =>
      program.body.some(
        (statement) => statement.type === AST_NODE_TYPES.ImportDeclaration && rejectionReportingRunners.has(statement.source.value),
      ) ||
      // Deno's runner fails a test on an uncaught rejection (`Deno.test("…", async () => …)` at the top level).
      program.body.some((statement) => isDenoTest(analysis, statement)) ||
      // Globals only: vitest's when the package runs vitest and not jest.
      (program.body.some((statement) => callsRunnerGlobal(analysis, statement)) && packageRunsVitest(analysis)),
  );
}

/**
 * True when the linted file imports AVA, whose worker tracks rejections (`currently-unhandled`)
 * and fails the file only for those still unhandled when the file's tests end: a handler attached
 * later in the test (`await t.throwsAsync(pending)`) is in time, so a rejection window is none.
 */
export function runnerToleratesLateHandlers(analysis: Analysis): boolean {
  return analysis.sourceCode.ast.body.some(
    (statement) => statement.type === AST_NODE_TYPES.ImportDeclaration && statement.source.value === 'ava',
  );
}

function isDenoTest(analysis: Analysis, statement: TSESTree.ProgramStatement): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression.type !== AST_NODE_TYPES.CallExpression) return false;
  let callee: TSESTree.Node = statement.expression.callee;
  // `Deno.test.ignore(…)`, `Deno.test.only(…)`
  if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.MemberExpression) callee = callee.object;
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Deno' &&
    isGlobalIdentifier(analysis, callee.object) &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    callee.property.name === 'test'
  );
}

function callsRunnerGlobal(analysis: Analysis, statement: TSESTree.ProgramStatement): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression.type !== AST_NODE_TYPES.CallExpression) return false;
  const call = statement.expression;
  let callee: TSESTree.Node = call.callee;
  // `describe.each(…)(…)`, `test.skip(…)`, `it.only(…)`
  while (callee.type === AST_NODE_TYPES.MemberExpression || callee.type === AST_NODE_TYPES.CallExpression) {
    callee = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : callee.callee;
  }
  return (
    callee.type === AST_NODE_TYPES.Identifier &&
    runnerGlobals.has(callee.name) &&
    isGlobalIdentifier(analysis, callee) &&
    call.arguments.some((argument) => isFunctionNode(argument))
  );
}

const sourceVerdicts = new WeakMap<ts.SourceFile, boolean>();

/**
 * True when a file of the program (not necessarily the linted one) is test code by its name or its
 * imports of a test runner (see `isTestCode`; the runners' globals and the config are not looked at).
 */
export function isTestSourceFile(file: ts.SourceFile): boolean {
  return getOrCreate(sourceVerdicts, file, () => {
    if (testFileName.test(file.fileName)) return true;
    return file.statements.some(
      (statement) =>
        ts.isImportDeclaration(statement) &&
        ts.isStringLiteral(statement.moduleSpecifier) &&
        runnerModules.has(statement.moduleSpecifier.text),
    );
  });
}

/** Names a test double goes by (`FakeSocket`, `MockServer`, `StubClock`, `TestHarness`, `InMemoryStore`). */
const doubleName = /^(Fake|Mock|Stub|Spy|Dummy|Test|InMemory)|(Fake|Mock|Stub|Double|Harness)$/;
/** Identifiers that belong to a test, not to the code it tests. */
const testApis = new Set(['expect', 'assert', 'should', 'vi', 'jest', 'sinon', 't', 'describe', 'it', 'test', 'mock']);

/**
 * True when `node` lies in a class declared at the top level of a test file that reads like the
 * code under test written there (`class TrailStartup { async start() { … } }` above the tests):
 * not named as a test double, and using no test API (`expect`, `assert`, `vi`, `jest`, a runner
 * function). Such a class is judged as the module it stands for, not as test code.
 */
export function isModuleCodeInTestFile(analysis: Analysis, node: TSESTree.Node): boolean {
  if (!isTestCode(analysis)) return false;
  if (isSubjectFunctionCode(analysis, node)) return true;
  let current: TSESTree.Node | undefined = node;
  while (current && current.type !== AST_NODE_TYPES.ClassDeclaration) current = current.parent;
  if (!current) return false;
  const holder = current.parent;
  const topLevel =
    holder?.type === AST_NODE_TYPES.Program ||
    ((holder?.type === AST_NODE_TYPES.ExportNamedDeclaration || holder?.type === AST_NODE_TYPES.ExportDefaultDeclaration) &&
      holder.parent?.type === AST_NODE_TYPES.Program);
  if (!topLevel || (current.id && doubleName.test(current.id.name))) return false;
  const cls = current;
  return getOrCreate(moduleClasses, cls, () => !usesTestApi(analysis, cls.body));
}

const moduleClasses = new WeakMap<TSESTree.ClassDeclaration, boolean>();

/**
 * True when `node` lies in a function declared at the top level of a test file that the file's
 * tests are about: a `describe` title starts with its name (`describe('waitForCure', …)`), or such a
 * function calls it (`assignWhenPresent` calling `waitForCheckIn`). It uses no test API. Helpers
 * of the tests (`waitForEvent(…)` used by tests about something else) stay test code.
 */
function isSubjectFunctionCode(analysis: Analysis, node: TSESTree.Node): boolean {
  let fn: TSESTree.Node | undefined;
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) if (isFunctionNode(current)) fn = current;
  if (!fn || !isFunctionNode(fn)) return false;
  const name = topLevelFunctionName(fn);
  if (!name) return false;
  const subjects = getOrCreate(subjectFunctions, analysis.sourceCode.ast, () => subjectFunctionsOf(analysis));
  return subjects.has(name) && !usesTestApi(analysis, fn);
}

const subjectFunctions = new WeakMap<TSESTree.Program, Set<string>>();

/** The name of a function declared at the top level of its file (`function f`, `const f = () => …`, also exported). */
function topLevelFunctionName(fn: TSESTree.Node): string | undefined {
  let holder = fn.parent;
  let name: string | undefined;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) name = fn.id?.name;
  else if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.id.type === AST_NODE_TYPES.Identifier) {
    name = holder.id.name;
    holder = holder.parent;
  } else return undefined;
  if (holder?.type === AST_NODE_TYPES.ExportNamedDeclaration) holder = holder.parent;
  return holder?.type === AST_NODE_TYPES.Program ? name : undefined;
}

/** Names of the file's top-level functions that a `describe` title names, and those they call. */
function subjectFunctionsOf(analysis: Analysis): Set<string> {
  const program = analysis.sourceCode.ast;
  const functions = new Map<string, TSESTree.Node>();
  for (const statement of program.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) functions.set(declaration.id.name, declaration);
    if (declaration?.type === AST_NODE_TYPES.VariableDeclaration)
      for (const declarator of declaration.declarations)
        if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.init && isFunctionNode(declarator.init))
          functions.set(declarator.id.name, declarator.init);
  }
  const subjects = new Set<string>();
  walk(
    program,
    (current) => {
      if (current.type !== AST_NODE_TYPES.CallExpression) return undefined;
      let callee: TSESTree.Node = current.callee;
      while (callee.type === AST_NODE_TYPES.MemberExpression) callee = callee.object;
      if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'describe') return undefined;
      const [title] = current.arguments;
      const text = title?.type === AST_NODE_TYPES.Literal && typeof title.value === 'string' ? title.value : undefined;
      const word = text?.match(/^[A-Za-z_$][\w$]*/)?.[0];
      if (word && functions.has(word)) subjects.add(word);
      return undefined;
    },
    { nested: true },
  );
  // One level of calls: what the subject runs is the code under test too.
  for (const subject of [...subjects]) {
    walk(
      functions.get(subject)!,
      (current) => {
        if (
          current.type === AST_NODE_TYPES.CallExpression &&
          current.callee.type === AST_NODE_TYPES.Identifier &&
          functions.has(current.callee.name)
        )
          subjects.add(current.callee.name);
        return undefined;
      },
      { nested: true },
    );
  }
  return subjects;
}

/** True when `root` reads a test API (`expect`, `assert`, `vi`, a runner function) as a global or an import. */
function usesTestApi(analysis: Analysis, root: TSESTree.Node): boolean {
  return walk(
    root,
    (child) =>
      child.type === AST_NODE_TYPES.Identifier && testApis.has(child.name) && isGlobalOrImported(analysis, child) ? 'stop' : undefined,
    { nested: true },
  );
}

/** True when `identifier` is read as a global or an import (not a local or a parameter named `t`). */
function isGlobalOrImported(analysis: Analysis, identifier: TSESTree.Identifier): boolean {
  const parent = identifier.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === identifier && !parent.computed) return false;
  if (parent?.type === AST_NODE_TYPES.Property && parent.key === identifier && !parent.computed) return false;
  const variable = variableOf(analysis, identifier);
  if (!variable || variable.defs.length === 0) return true;
  return variable.defs.every((def) => def.type === 'ImportBinding');
}

/** `isTestCode`, except in a class written at the top of a test file as the code under test (`isModuleCodeInTestFile`). */
export function isTestCodeAt(analysis: Analysis, node: TSESTree.Node): boolean {
  return isTestCode(analysis) && !isModuleCodeInTestFile(analysis, node);
}

/** `isTestSupport`, except in a class written at the top of a test file as the code under test. */
export function isTestSupportAt(analysis: Analysis, node: TSESTree.Node): boolean {
  return isTestSupport(analysis) && !isModuleCodeInTestFile(analysis, node);
}
