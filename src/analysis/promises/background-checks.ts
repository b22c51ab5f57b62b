import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { isTestCode, runnerReportsUnhandledRejections } from '../scope/test-code.js';
import { variableOf } from '../scope/variables.js';
import { enclosingFunction, isFunctionNode, memberName, skipTypeWrappers } from '../syntax/nodes.js';
import { isListenerRegistration } from '../syntax/calls.js';
import { walk } from '../syntax/walk.js';
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

/** Methods by which background work tells the test it got somewhere: a deferred's `resolve`, a lock's `unlock`. */
const progressMethods = new Set(['resolve', 'unlock', 'release', 'notify', 'signal', 'done', 'set']);

/**
 * The functions handed to the object a dropped call is made on (`chat.sendMessage(…)`): written in
 * the call's arguments, in what the object's variable is made from or assigned (`chat = new
 * TestChat({ onFinish: () => finished.resolve() })`), or in a listener registered on it
 * (`chat.on('finish', …)`). The object calls them as its work goes on.
 */
function receiverCallbacks(analysis: Analysis, call: TSESTree.CallExpression): TSESTree.Node[] {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return [];
  const receiver = skipTypeWrappers(callee.object);
  const variable = receiver.type === AST_NODE_TYPES.Identifier ? variableOf(analysis, receiver) : undefined;
  const places: TSESTree.Node[] = [...call.arguments];
  for (const reference of variable?.references ?? []) {
    const parent = reference.identifier.parent;
    if (reference.writeExpr) places.push(reference.writeExpr);
    else if (
      parent?.type === AST_NODE_TYPES.MemberExpression &&
      parent.object === reference.identifier &&
      isListenerRegistration(memberName(parent) ?? '')
    ) {
      const registration = parent.parent;
      if (registration?.type === AST_NODE_TYPES.CallExpression && registration.callee === parent) places.push(...registration.arguments);
    }
  }
  const found: TSESTree.Node[] = [];
  for (const place of places)
    walk(
      place,
      (node) => {
        if (!isFunctionNode(node)) return undefined;
        found.push(node);
        return 'skip';
      },
      { nested: true },
    );
  return found;
}

/**
 * True when `target`, a dropped async IIFE in test code whose runner reports unhandled
 * rejections, tells the test it got somewhere through a local of the test (`d.resolve()`,
 * `lock.unlock()`) that the test awaits after starting it (`await d`, `await lock`): the test waits
 * for that work, so nothing in it runs past the test's end, and a rejection instead is reported by
 * the runner (with the timeout of the wait it left pending). A subscription or status watcher
 * (`(async () => { for await (const s of nc.status()) if (s.type === 'reconnect') d.resolve(); })()`)
 * is the usual shape.
 */
export function isWaitedThroughProgressInTest(analysis: Analysis, target: TSESTree.Node): boolean {
  if (target.type !== AST_NODE_TYPES.CallExpression || !isTestCode(analysis) || !runnerReportsUnhandledRejections(analysis)) return false;
  const iife = skipTypeWrappers(target.callee);
  const owner = enclosingFunction(target);
  if (!owner) return false;
  // The IIFE's own body, or for `chat.sendMessage(…)` the callbacks handed to `chat` itself.
  const sources = isFunctionNode(iife) ? (iife.async ? [iife] : []) : receiverCallbacks(analysis, target);
  const signalled = new Set<TSESLint.Scope.Variable>();
  for (const source of sources) {
    walk(
      source,
      (node) => {
        if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
        const callee = skipTypeWrappers(node.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression || !progressMethods.has(memberName(callee) ?? '')) return undefined;
        const object = skipTypeWrappers(callee.object);
        const variable = object.type === AST_NODE_TYPES.Identifier ? variableOf(analysis, object) : undefined;
        const declared = variable?.defs[0]?.name;
        if (variable && declared && (declared.range[0] < source.range[0] || declared.range[1] > source.range[1])) signalled.add(variable);
        return undefined;
      },
      { nested: true },
    );
  }
  return [...signalled].some((variable) =>
    variable.references.some((reference) => {
      const read = reference.identifier;
      if (read.range[0] < target.range[1] || enclosingFunction(read) !== owner) return false;
      // `await d`, `await d.promise`, `await Promise.all([d, …])`, `await lock`
      for (let node: TSESTree.Node | undefined = read.parent; node && node !== owner; node = node.parent) {
        if (node.type === AST_NODE_TYPES.AwaitExpression) return true;
        if (isFunctionNode(node) || node.type === AST_NODE_TYPES.ExpressionStatement) return false;
      }
      return false;
    }),
  );
}
