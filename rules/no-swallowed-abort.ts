import type { TSESLint,TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES,ASTUtils,ESLintUtils } from '@typescript-eslint/utils';

import type { AbortLeak } from '../src/analysis/cancellation/abort-handlers.js';
import { abortLeaks } from '../src/analysis/cancellation/abort-handlers.js';
import { awaitedInitializers, signalUsesIn, suspendsOrChecks } from '../src/analysis/cancellation/signal-uses.js';
import type { FunctionNode } from '../src/analysis/syntax/nodes.js';
import { enclosingLoop, isFunctionNode, memberName, skipTypeWrappers } from '../src/analysis/syntax/nodes.js';
import { typeOf } from '../src/analysis/types/checker.js';
import { includesNullish } from '../src/analysis/types/thenables.js';
import { createRule } from '../src/create-rule.js';
import { freeName, indentOf, isTypeScriptFile, replaceWith } from '../src/fix.js';
import type { Suggestion } from '../src/settings.js';
import { offer } from '../src/settings.js';

export type Options = [];
export type MessageId = 'swallowedAbort' | 'swallowedAbortInLoop' | 'suggestRethrowAbort' | 'suggestThrowIfAborted';

type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

const consoleMethods = new Set(['error', 'warn', 'log', 'info', 'debug']);

export default createRule<Options, MessageId>({
  name: 'no-swallowed-abort',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow error handlers that let an abort of AbortSignal-aware work end normally',
      recommended: 'recommended',
      requiresTypeChecking: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      swallowedAbort:
        'This handler catches the abort of signal-aware work and carries on: an aborted operation looks like a success. Rethrow aborts.',
      swallowedAbortInLoop:
        'This handler catches the abort of signal-aware work and lets the loop go on: after an abort it keeps retrying work that can only fail again. Rethrow aborts.',
      suggestThrowIfAborted: 'Start the handler with `{{signal}}.throwIfAborted()`.',
      suggestRethrowAbort: "Rethrow the error when it is an `'AbortError'`.",
    },
    schema: [],
  },
  create(context) {
    const services = ESLintUtils.getParserServices(context);
    const { sourceCode } = context;

    /** The signal to check in the handler: a plain reference handed to the guarded work that means the same at `at`. */
    const signalAt = (region: TSESTree.Node[], at: TSESTree.Node): { text: string; check: string } | undefined => {
      for (const use of region.flatMap((node) => signalUsesIn(services, sourceCode, node))) {
        const root = referenceRoot(use.node);
        if (!root) continue;
        if (root.type === AST_NODE_TYPES.Identifier) {
          const there = ASTUtils.findVariable(sourceCode.getScope(use.node), root);
          if (!there || ASTUtils.findVariable(sourceCode.getScope(at), root.name) !== there) continue;
        } else if (thisOwner(use.node) !== thisOwner(at)) {
          continue;
        }
        const text = sourceCode.getText(use.node);
        const access = includesNullish(services, typeOf(services, use.node)) ? '?.' : '.';
        return { text, check: `${text}${access}throwIfAborted();` };
      }
      return undefined;
    };

    /** Inserts `statement` as the first statement of `block`. */
    const prepend = (block: TSESTree.BlockStatement, statement: string) => (fixer: Fixer): Fix => {
      const open = sourceCode.getFirstToken(block)!;
      const first = block.body[0];
      if (!first) return sourceCode.getText(block) === '{}' ? fixer.replaceText(block, `{ ${statement} }`) : fixer.insertTextAfter(open, ` ${statement}`);
      if (first.loc.start.line === open.loc.start.line) return fixer.insertTextAfter(open, ` ${statement}`);
      return fixer.insertTextBefore(first, `${statement}\n${indentOf(sourceCode, first)}`);
    };

    const rethrow = (name: string): string => `if (${name} instanceof Error && ${name}.name === 'AbortError') throw ${name};`;

    const report = (node: TSESTree.Node | TSESLint.AST.Token, spins: boolean, suggestions: (Suggestion<MessageId> | undefined)[]): void => {
      context.report({ loc: node.loc, messageId: spins ? 'swallowedAbortInLoop' : 'swallowedAbort', ...offer(context, suggestions) });
    };

    const checkCatchClause = (clause: TSESTree.CatchClause): void => {
      const tryStatement = clause.parent;
      const region = [tryStatement.block, ...awaitedInitializers(sourceCode, tryStatement.block)];
      if (!suspendsOrChecks(tryStatement.block)) return;
      if (!region.some((node) => signalUsesIn(services, sourceCode, node).length > 0)) return;
      const param = clause.param;
      const leaks = abortLeaks(services, clause.body, param?.type === AST_NODE_TYPES.Identifier ? param.name : undefined)
        // `if (!signal.aborted) log(error)` as the function's last step: the function ends because it aborted.
        .filter((leak) => !(leak.known && leak.kind === 'fallthrough' && endsFunction(tryStatement)));
      if (leaks.length > 0) reportClause(clause, region, leaks);
    };

    const reportClause = (clause: TSESTree.CatchClause, region: TSESTree.Node[], leaks: AbortLeak[]): void => {
      const signal = signalAt(region, clause.body);
      const keyword = sourceCode.getFirstToken(clause)!;
      const suggestions: (Suggestion<MessageId> | undefined)[] = [];
      if (signal) suggestions.push({ messageId: 'suggestThrowIfAborted', data: { signal: signal.text }, fix: prepend(clause.body, signal.check) });
      const param = clause.param;
      if (!param) {
        const name = freeName(sourceCode.getScope(clause.body), 'error');
        suggestions.push({
          messageId: 'suggestRethrowAbort',
          fix: (fixer) => [fixer.insertTextAfter(keyword, ` (${name})`), prepend(clause.body, rethrow(name))(fixer)],
        });
      } else if (param.type === AST_NODE_TYPES.Identifier) {
        suggestions.push({ messageId: 'suggestRethrowAbort', fix: prepend(clause.body, rethrow(param.name)) });
      }
      // `return` and `break` leave the loop; `continue` and falling off the handler go round again.
      const spins = enclosingLoop(clause.parent) !== undefined && leaks.some((leak) => leak.kind === 'continue' || leak.kind === 'fallthrough');
      report(keyword, spins, suggestions);
    };

    /** Fixes that make a `.catch` callback rethrow aborts: `statement` first, adding a parameter and a block as needed. */
    const handlerFix = (fn: FunctionNode, statement: (name: string) => string, usesName: boolean): ((fixer: Fixer) => Fix[]) | undefined => {
      const [param] = fn.params;
      if (param && param.type !== AST_NODE_TYPES.Identifier && usesName) return undefined;
      const name = param?.type === AST_NODE_TYPES.Identifier ? param.name : freeName(sourceCode.getScope(fn), 'error');
      const text = statement(name);
      // Only bind a parameter the new statement reads: an unused one fails `noUnusedParameters`.
      const open = !param && usesName ? sourceCode.getFirstToken(fn, { filter: (token) => token.value === '(' }) : null;
      if (open && sourceCode.getTokenAfter(open)?.value !== ')') return undefined;
      if (!param && usesName && !open) return undefined;
      return (fixer) => {
        const fixes: Fix[] = [];
        if (open) fixes.push(fixer.insertTextAfter(open, name));
        if (fn.body.type === AST_NODE_TYPES.BlockStatement) {
          fixes.push(prepend(fn.body, text)(fixer));
        } else {
          const arrow = sourceCode.getTokenBefore(fn.body, (token) => token.value === '=>')!;
          const value = sourceCode.text.slice(arrow.range[1], fn.range[1]).trim();
          fixes.push(fixer.replaceTextRange([arrow.range[1], fn.range[1]], ` { ${text} return ${value}; }`));
        }
        return fixes;
      };
    };

    const checkHandlerCall = (call: TSESTree.CallExpression): void => {
      const callee = skipTypeWrappers(call.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
      const method = memberName(callee);
      const handler = method === 'catch' ? call.arguments[0] : method === 'then' ? call.arguments[1] : undefined;
      if (!handler) return;
      const receiver = callee.object;
      const region: TSESTree.Node[] = [receiver];
      const base = skipTypeWrappers(receiver);
      const initializer = base.type === AST_NODE_TYPES.Identifier ? constInit(base) : undefined;
      if (initializer) region.push(initializer);
      // `task(signal).catch(() => {})` as a statement: nothing waits for it, so nothing can take the abort for a success.
      if (isDiscarded(call)) return;
      if (!region.some((node) => signalUsesIn(services, sourceCode, node).length > 0)) return;
      // The loop goes on after an abort only if it waits for the work: `await task(signal).catch(…)`.
      const loop = enclosingLoop(call) !== undefined && isAwaitedInLoop(call);
      const signal = signalAt(region, handler);
      if (isFunctionNode(handler)) {
        const [param] = handler.params;
        const leaks = abortLeaks(services, handler.body, param?.type === AST_NODE_TYPES.Identifier ? param.name : undefined);
        if (leaks.length === 0) return;
        const viaSignal = signal ? handlerFix(handler, () => signal.check, false) : undefined;
        const viaName = handlerFix(handler, rethrow, true);
        // Every way out of a promise handler resolves it, and the loop goes on.
        report(callee.property, loop, [
          viaSignal && signal && { messageId: 'suggestThrowIfAborted', data: { signal: signal.text }, fix: viaSignal },
          viaName && { messageId: 'suggestRethrowAbort', fix: viaName },
        ]);
        return;
      }
      // `.catch(console.error)`: logs and resolves.
      const reference = skipTypeWrappers(handler);
      if (reference.type !== AST_NODE_TYPES.MemberExpression || !consoleMethods.has(memberName(reference) ?? '') ||
        reference.object.type !== AST_NODE_TYPES.Identifier || reference.object.name !== 'console') return;
      const parameter = isTypeScriptFile(context.filename) ? '(error: unknown)' : '(error)';
      const log = `${sourceCode.getText(reference)}(error);`;
      report(callee.property, loop, [
        signal ? { messageId: 'suggestThrowIfAborted', data: { signal: signal.text }, fix: replaceWith(sourceCode, handler, `${parameter} => { ${signal.check} ${log} }`) } : undefined,
        { messageId: 'suggestRethrowAbort', fix: replaceWith(sourceCode, handler, `${parameter} => { ${rethrow('error')} ${log} }`) },
      ]);
    };

    /** The initializer of the `const` local `identifier` names. */
    const constInit = (identifier: TSESTree.Identifier): TSESTree.Expression | undefined => {
      const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
      const def = variable?.defs[0];
      if (def?.node.type !== AST_NODE_TYPES.VariableDeclarator || def.node.id.type !== AST_NODE_TYPES.Identifier) return undefined;
      return def.node.init ?? undefined;
    };

    return {
      CatchClause: checkCatchClause,
      CallExpression: checkHandlerCall,
    };
  },
});

/** True when nothing runs after `statement` in its function: it is last in every enclosing block up to the body, outside loops. */
function endsFunction(statement: TSESTree.Node): boolean {
  for (let current: TSESTree.Node = statement, parent = statement.parent; parent; current = parent, parent = parent.parent) {
    if (isFunctionNode(parent)) return true;
    if (parent.type === AST_NODE_TYPES.BlockStatement) {
      if (parent.body[parent.body.length - 1] !== current) return false;
      continue;
    }
    if (parent.type === AST_NODE_TYPES.IfStatement && parent.test !== current) continue;
    if (parent.type === AST_NODE_TYPES.TryStatement && parent.block === current) continue;
    if (parent.type === AST_NODE_TYPES.CatchClause) continue;
    return false;
  }
  return false;
}

/** True when a call's value is thrown away: an expression statement, `void`, an arrow's ignored body. */
function isDiscarded(call: TSESTree.Node): boolean {
  const parent = call.parent;
  if (parent?.type === AST_NODE_TYPES.ExpressionStatement) return true;
  return parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'void';
}

/** True when the chain around `call` is awaited (or yielded) before its loop goes round: `await task().catch(…)`, `const x = await task().catch(…)`. */
function isAwaitedInLoop(call: TSESTree.Node): boolean {
  for (let current = call.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.AwaitExpression || current.type === AST_NODE_TYPES.YieldExpression) return true;
    if (isFunctionNode(current) || current.type.endsWith('Statement') || current.type === AST_NODE_TYPES.VariableDeclaration) return false;
  }
  return false;
}

/** The function whose `this` a node sees: the nearest non-arrow function, or the Program. */
function thisOwner(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current) && current.type !== AST_NODE_TYPES.ArrowFunctionExpression) return current;
    if (current.type === AST_NODE_TYPES.Program) return current;
  }
  return undefined;
}

/** The identifier or `this` at the root of a plain reference (`signal`, `options.signal`, `this.controller.signal`). */
function referenceRoot(node: TSESTree.Node): TSESTree.Identifier | TSESTree.ThisExpression | undefined {
  let current: TSESTree.Node = node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node;
  while (current.type === AST_NODE_TYPES.MemberExpression && !current.computed) current = current.object;
  return current.type === AST_NODE_TYPES.Identifier || current.type === AST_NODE_TYPES.ThisExpression ? current : undefined;
}
