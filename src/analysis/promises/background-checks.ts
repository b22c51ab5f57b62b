import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { isTestCode, runnerReportsUnhandledRejections } from '../scope/test-code.js';
import { isFunctionNode, skipTypeWrappers } from '../syntax/nodes.js';
import { declarationsAt, functionOfDeclaration, rejectsOnlyThroughAssertions } from './function-can-reject.js';

/*
 * Background checks in tests. A test often starts a timed check and lets it run beside the code
 * under test: `(async () => { await delay(500); assert.equal(queue.pending, 2); })();`. When the
 * only way that promise can reject is a failed assertion in its own body (its waits cannot
 * reject, nothing else in it can throw), and the file's runner reports an unhandled rejection as
 * a failure (`scope/test-code.ts`: node:test, vitest, mocha, ava, tap; not Jest), a failure is
 * not lost: the runner reports it, on the test or on the file. What breaks tests silently stays
 * reported: a dropped `delay(50)`, an `expect(p).rejects…` nobody waits for, a check whose waits
 * can reject (`await fetchStatus()`), and every file whose runner is not known to report.
 */

/**
 * True when `target`, a dropped promise in test code whose runner reports unhandled rejections,
 * is a call of an async function written in this file (an IIFE, or a local function called by
 * name) that can reject only through a failed assertion in its own body.
 */
export function isBackgroundCheckInTest(analysis: Analysis, target: TSESTree.Node): boolean {
  if (target.type !== AST_NODE_TYPES.CallExpression || !isTestCode(analysis) || !runnerReportsUnhandledRejections(analysis)) return false;
  const fn = calledFunction(analysis, target);
  return fn !== undefined && rejectsOnlyThroughAssertions(analysis, fn);
}

/** The async function of this file a call runs: the callee itself, or the function a local name declares. */
function calledFunction(analysis: Analysis, call: TSESTree.CallExpression): ts.FunctionLikeDeclaration | undefined {
  const callee = skipTypeWrappers(call.callee);
  const map = analysis.services;
  if (isFunctionNode(callee)) return map.esTreeNodeToTSNodeMap.get(callee) as ts.FunctionLikeDeclaration;
  if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const declarations = declarationsAt(analysis, map.esTreeNodeToTSNodeMap.get(callee));
  const [declaration] = declarations;
  if (declarations.length !== 1 || !declaration || !map.tsNodeToESTreeNodeMap.has(declaration)) return undefined;
  return functionOfDeclaration(declaration);
}
