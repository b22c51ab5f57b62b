import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils, ESLintUtils } from '@typescript-eslint/utils';
import ts from 'typescript';

import { isPromiseStatic, memberName, skipTypeWrappers } from '../src/analysis/cannot-reject.js';
import { canAwaitAt, containsInBody, isFunctionNode, isGlobalPromise, isInStatementList } from '../src/analysis/scope.js';
import { checkerOf, hasGlobalAggregateError, settledShapeOf, typeOf } from '../src/analysis/types.js';
import { createRule } from '../src/create-rule.js';
import { freeName, insertStatementAfter, isTypeScriptFile, replaceWith, separatorAfter } from '../src/fix.js';
import type { Suggestion } from '../src/settings.js';
import { offer } from '../src/settings.js';

export type Options = [{ checkDiscarded: boolean }];
export type MessageId = 'discardedResults' | 'uncheckedResults' | 'unnarrowedValue' | 'suggestNarrow' | 'suggestThrowOnRejection';

type Assertion = TSESTree.TSAsExpression | TSESTree.TSTypeAssertion;

/** Where the results of one `Promise.allSettled(…)` call go. */
type Root =
  | { kind: 'discarded'; call: TSESTree.CallExpression; statement?: TSESTree.ExpressionStatement }
  | { kind: 'bound'; call: TSESTree.CallExpression; target: TSESTree.Node; declaration?: TSESTree.VariableDeclaration };

/** What the uses of a results value (or of its elements) amount to. */
interface Usage {
  checked: boolean;
  handedOff: boolean;
  assertions: Assertion[];
}

/** Array methods whose callback receives the elements (the index of that parameter). */
const elementCallbacks: Record<string, number> = {
  every: 0, filter: 0, find: 0, findIndex: 0, findLast: 0, findLastIndex: 0, flatMap: 0, forEach: 0, map: 0,
  reduce: 1, reduceRight: 1, some: 0,
};
/** Array methods that return some of the same elements (or an iterator over them). */
const elementPreserving = new Set([
  'at', 'concat', 'entries', 'filter', 'find', 'findLast', 'pop', 'reverse', 'shift', 'slice', 'sort', 'splice',
  'toReversed', 'toSorted', 'values',
]);
/** Array methods whose callback picks elements: a `status` check there narrows what comes out. */
const narrowingPicks = new Set(['filter', 'find', 'findLast']);
const inertParents = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.ExpressionStatement,
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.TSTypeQuery,
  AST_NODE_TYPES.UnaryExpression,
]);

export default createRule<Options, MessageId>({
  name: 'no-unchecked-settled-results',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `Promise.allSettled` results to be checked for rejections',
      recommended: 'recommended',
      requiresTypeChecking: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      discardedResults:
        '`Promise.allSettled` never rejects and these results are discarded: every failure among the promises is silently lost.',
      uncheckedResults:
        '`{{name}}` holds `Promise.allSettled` results whose `status` is never checked: every failure among them is silently lost.',
      unnarrowedValue:
        'This assertion treats a settled result as fulfilled without checking `status`: a rejected result has no `value`, so its failure becomes `undefined`.',
      suggestNarrow: 'Check `status` instead: read `value` when fulfilled, otherwise throw the rejection reason.',
      suggestThrowOnRejection: 'Check the results and throw when any operation was rejected.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkDiscarded: {
            type: 'boolean',
            description: 'Report `await Promise.allSettled(…)` statements and `.then(() => …)` callbacks that ignore the results.',
          },
        },
      },
    ],
    defaultOptions: [{ checkDiscarded: true }],
  },
  create(context, [{ checkDiscarded }]) {
    const services = ESLintUtils.getParserServices(context);
    const { sourceCode } = context;
    const roots: Root[] = [];
    const candidates = new Set<Assertion>();
    const unnarrowing = new Map<Assertion, boolean>();

    const variableOf = (id: TSESTree.Identifier): TSESLint.Scope.Variable | null =>
      ASTUtils.findVariable(sourceCode.getScope(id), id);

    /** Follows every read of a local that holds results or one result. */
    const followVariable = (variable: TSESLint.Scope.Variable | null, usage: Usage, seen: Set<TSESLint.Scope.Variable>): void => {
      if (!variable || seen.has(variable)) return;
      seen.add(variable);
      for (const reference of variable.references) {
        if (reference.isRead() && !reference.init) followValue(reference.identifier, usage, seen);
      }
    };

    /** Follows every binding a pattern introduces from a results value. */
    const followBinding = (target: TSESTree.Node, usage: Usage, seen: Set<TSESLint.Scope.Variable>): void => {
      switch (target.type) {
        case AST_NODE_TYPES.Identifier:
          followVariable(variableOf(target), usage, seen);
          return;
        case AST_NODE_TYPES.ObjectPattern:
          for (const property of target.properties) {
            if (property.type === AST_NODE_TYPES.RestElement) followBinding(property.argument, usage, seen);
            else if (propertyKey(property) === 'status') usage.checked = true;
          }
          return;
        case AST_NODE_TYPES.ArrayPattern:
          for (const element of target.elements) if (element) followBinding(element, usage, seen);
          return;
        case AST_NODE_TYPES.AssignmentPattern:
          followBinding(target.left, usage, seen);
          return;
        default:
          usage.handedOff = true;
      }
    };

    /** Classifies one use of a value that is a results array or one of its elements. */
    const followValue = (node: TSESTree.Node, usage: Usage, seen: Set<TSESLint.Scope.Variable>): void => {
      const parent = node.parent;
      if (!parent) return;
      switch (parent.type) {
        case AST_NODE_TYPES.ChainExpression:
        case AST_NODE_TYPES.TSNonNullExpression:
        case AST_NODE_TYPES.TSSatisfiesExpression:
          followValue(parent, usage, seen);
          return;
        case AST_NODE_TYPES.TSAsExpression:
        case AST_NODE_TYPES.TSTypeAssertion: {
          const outer = outermostAssertion(parent);
          if (isUnnarrowing(outer)) usage.assertions.push(outer);
          else followValue(outer, usage, seen);
          return;
        }
        case AST_NODE_TYPES.MemberExpression: {
          if (parent.object !== node) break;
          const name = memberName(parent);
          if (name === 'status') {
            usage.checked = true;
            return;
          }
          const call = parent.parent;
          if (call.type === AST_NODE_TYPES.CallExpression && call.callee === parent && name !== undefined) {
            const index = elementCallbacks[name];
            const callback = call.arguments[0];
            if (index !== undefined && callback) {
              if (!isFunctionNode(callback)) usage.handedOff = true;
              else if (callback.params[index]) followBinding(callback.params[index], usage, seen);
            }
            if (elementPreserving.has(name)) followValue(call, usage, seen);
            return;
          }
          if (parent.computed && name === undefined) followValue(parent, usage, seen);
          return;
        }
        case AST_NODE_TYPES.ForOfStatement:
          if (parent.right !== node) break;
          followBinding(
            parent.left.type === AST_NODE_TYPES.VariableDeclaration ? parent.left.declarations[0]!.id : parent.left,
            usage,
            seen,
          );
          return;
        case AST_NODE_TYPES.VariableDeclarator:
          if (parent.init === node && parent.parent.parent.type !== AST_NODE_TYPES.ExportNamedDeclaration) {
            followBinding(parent.id, usage, seen);
            return;
          }
          break;
        case AST_NODE_TYPES.BinaryExpression:
          // `'value' in r` narrows as well as `r.status` does.
          if (parent.operator === 'in' && parent.right === node) usage.checked = true;
          return;
        case AST_NODE_TYPES.ConditionalExpression:
        case AST_NODE_TYPES.DoWhileStatement:
        case AST_NODE_TYPES.IfStatement:
        case AST_NODE_TYPES.WhileStatement:
          if (parent.test === node) return;
          break;
        default:
          if (inertParents.has(parent.type)) return;
      }
      usage.handedOff = true;
    };

    /** True when some assertion of the chain claims a `value` the settled result may lack (see `targetsValue`). */
    const isUnnarrowing = (assertion: Assertion): boolean => {
      let verdict = unnarrowing.get(assertion);
      if (verdict === undefined) {
        verdict = false;
        for (let current: TSESTree.Node = assertion; isTypeWrapper(current); current = current.expression) {
          if (
            (current.type === AST_NODE_TYPES.TSAsExpression || current.type === AST_NODE_TYPES.TSTypeAssertion) &&
            targetsValue(current.typeAnnotation)
          ) {
            verdict = true;
            break;
          }
        }
        unnarrowing.set(assertion, verdict);
      }
      return verdict;
    };

    /** True for `any`, a type with a `value` property (`PromiseFulfilledResult<T>`, `{ value?: T }`), or an array or tuple of those. */
    const targetsValue = (target: TSESTree.TypeNode): boolean => {
      if (target.type === AST_NODE_TYPES.TSAnyKeyword) return true;
      if (isConstAssertion(target)) return false;
      const checker = checkerOf(services);
      const hasValue = (type: ts.Type): boolean =>
        (type.flags & ts.TypeFlags.Any) !== 0 || type.getNonNullableType().getProperty('value') !== undefined;
      const type = typeOf(services, target);
      if (checker.isArrayType(type) || checker.isTupleType(type)) return checker.getTypeArguments(type as ts.TypeReference).some(hasValue);
      return hasValue(type);
    };

    /** True when `callback` (of `filter`/`find`) reads the `status` of the element it receives. */
    const readsStatusOfElement = (callback: TSESTree.Node | undefined): boolean => {
      if (!isFunctionNode(callback) || !callback.params[0]) return false;
      const usage = newUsage();
      followBinding(callback.params[0], usage, new Set());
      return usage.checked;
    };

    /** True when the elements of `node` come through a `filter`/`find` whose callback reads `status`. */
    const isPickedUpstream = (node: TSESTree.Node): boolean => {
      const seen = new Set<TSESLint.Scope.Variable>();
      let current = skipTypeWrappers(node);
      for (;;) {
        if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
          const name = memberName(current.callee);
          if (name === undefined) return false;
          if (narrowingPicks.has(name) && readsStatusOfElement(current.arguments[0])) return true;
          if (!elementPreserving.has(name)) return false;
          current = skipTypeWrappers(current.callee.object);
        } else if (current.type === AST_NODE_TYPES.MemberExpression && current.computed) {
          current = skipTypeWrappers(current.object);
        } else if (current.type === AST_NODE_TYPES.Identifier) {
          const variable = variableOf(current);
          const declarator = variable?.defs[0]?.node;
          if (
            !variable || seen.has(variable) || !isNeverReassigned(variable) ||
            declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init
          ) {
            return false;
          }
          seen.add(variable);
          current = skipTypeWrappers(declarator.init);
        } else {
          return false;
        }
      }
    };

    /** True when the one result `operand` names has its own `status` checked, or was picked by such a check upstream. */
    const isElementNarrowed = (operand: TSESTree.Node): boolean => {
      if (operand.type === AST_NODE_TYPES.Identifier) {
        const variable = variableOf(operand);
        const usage = newUsage();
        followVariable(variable, usage, new Set());
        if (usage.checked) return true;
        const source = variable ? elementSourceOf(variable) : undefined;
        return source !== undefined && isPickedUpstream(source);
      }
      if (isPickedUpstream(operand)) return true;
      // `results[0]`: narrowed by a check on the same access, not by one on a sibling.
      const base = baseIdentifier(operand);
      const references = base ? (variableOf(base)?.references ?? []) : [];
      return references.some((reference) => {
        const subject = reference.identifier.type === AST_NODE_TYPES.Identifier ? checkedSubject(reference.identifier) : undefined;
        return subject !== undefined && isSameReference(subject, operand);
      });
    };

    /** True when `node` names a local bound by destructuring (`const [a, b] = await Promise.allSettled(…)`). */
    const isDestructured = (node: TSESTree.Node): boolean => {
      if (node.type !== AST_NODE_TYPES.Identifier) return false;
      const bindingParent = variableOf(node)?.defs[0]?.name.parent;
      return bindingParent?.type === AST_NODE_TYPES.ArrayPattern || bindingParent?.type === AST_NODE_TYPES.Property;
    };

    /** True when `assertion` (whose operand is settled-shaped, or which a root claimed) follows a check of what it asserts. */
    const isNarrowed = (assertion: Assertion, rootUsage: Usage | undefined): boolean => {
      const operand = skipTypeWrappers(assertion);
      const type = typeOf(services, operand);
      const shape = settledShapeOf(services, type);
      // After a whole-array check that throws (`if (rs.some(isRejected)) throw …`, the shape our
      // own suggestion writes), every element is known to be fulfilled.
      // A destructured element is not covered by such a check: the check may be on its sibling.
      if (shape === 'result') {
        return isElementNarrowed(operand) || (rootUsage?.checked === true && !isDestructured(operand) && throwsBefore(assertion));
      }
      // Already narrowed by its type (a `filter` with a type guard, say), unless the type is opaque.
      if (!shape && (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) === 0) return true;
      if (rootUsage) return rootUsage.checked;
      const base = baseIdentifier(operand);
      const usage = newUsage();
      if (base) followVariable(variableOf(base), usage, new Set());
      return usage.checked;
    };

    /** Inserts the rejection check for `results` (an expression text) right after `declaration`. */
    const checkAfter = (declaration: TSESTree.VariableDeclaration, results: string): Suggestion<MessageId> => ({
      messageId: 'suggestThrowOnRejection',
      fix: insertStatementAfter(sourceCode, declaration, rejectionCheck(declaration, results).join(separatorAfter(sourceCode, declaration))),
    });

    /** The check after the declaration of a local that holds a whole results array. */
    const checkAfterDeclarationOf = (id: TSESTree.Identifier): Suggestion<MessageId> | undefined => {
      const definition = variableOf(id)?.defs[0];
      if (definition?.node.type !== AST_NODE_TYPES.VariableDeclarator || definition.node.id.type !== AST_NODE_TYPES.Identifier) {
        return undefined;
      }
      const declaration = definition.node.parent;
      if (!isInStatementList(declaration) || settledShapeOf(services, typeOf(services, id)) !== 'results') return undefined;
      return checkAfter(declaration, definition.node.id.name);
    };

    /** The statements that throw when any result was rejected (an `AggregateError` of them all when it exists). */
    const rejectionCheck = (statement: TSESTree.Node, results: string): string[] => {
      const predicate = isTypeScriptFile(context.filename) ? '(result): result is PromiseRejectedResult' : '(result)';
      const scope = sourceCode.getScope(statement);
      if (!hasGlobalAggregateError(services, statement)) {
        // `find` rather than `[0]`: it type-checks under `noUncheckedIndexedAccess` too.
        const rejection = freeName(scope, 'rejection');
        return [
          `const ${rejection} = ${results}.find(${predicate} => result.status === 'rejected');`,
          `if (${rejection}) throw ${rejection}.reason;`,
        ];
      }
      const rejected = freeName(scope, 'rejected');
      return [
        `const ${rejected} = ${results}.filter(${predicate} => result.status === 'rejected');`,
        `if (${rejected}.length > 0) throw new AggregateError(${rejected}.map((result) => result.reason), 'Promise.allSettled: some operations failed');`,
      ];
    };

    const reportRoot = (root: Root, usage: Usage): void => {
      if (root.kind === 'discarded') {
        if (!checkDiscarded) return;
        const { statement } = root;
        const suggestions: Suggestion<MessageId>[] = [];
        if (statement && isInStatementList(statement) && canAwaitAt(services, statement)) {
          const results = freeName(sourceCode.getScope(statement), 'results');
          const lines = [`const ${results} = ${sourceCode.getText(statement.expression)};`, ...rejectionCheck(statement, results)];
          suggestions.push({
            messageId: 'suggestThrowOnRejection',
            fix: replaceWith(sourceCode, statement, lines.join(separatorAfter(sourceCode, statement))),
          });
        }
        context.report({ node: root.call, messageId: 'discardedResults', ...offer(context, suggestions) });
        return;
      }
      if (usage.checked || usage.assertions.length > 0 || usage.handedOff) return;
      const { target, declaration } = root;
      const name = target.type === AST_NODE_TYPES.Identifier ? target.name : sourceCode.getText(target);
      const results = resultsExpression(target);
      const suggestions = declaration && isInStatementList(declaration) && results ? [checkAfter(declaration, results)] : [];
      context.report({ node: target, messageId: 'uncheckedResults', data: { name }, ...offer(context, suggestions) });
    };

    const reportAssertion = (assertion: Assertion): void => {
      const operand = skipTypeWrappers(assertion);
      const suggestions: (Suggestion<MessageId> | undefined)[] = [];
      if (operand.type === AST_NODE_TYPES.Identifier) {
        const read = assertion.parent;
        if (
          read.type === AST_NODE_TYPES.MemberExpression && read.object === assertion && !read.optional &&
          memberName(read) === 'value' && !isAssignedTo(read) && isNeverReassigned(variableOf(operand)) &&
          settledShapeOf(services, typeOf(services, operand)) === 'result'
        ) {
          const { name } = operand;
          suggestions.push({
            messageId: 'suggestNarrow',
            fix: replaceWith(sourceCode, read, `(${name}.status === 'fulfilled' ? ${name}.value : (() => { throw ${name}.reason; })())`),
          });
        } else {
          suggestions.push(checkAfterDeclarationOf(operand));
        }
      }
      context.report({ node: assertion, messageId: 'unnarrowedValue', ...offer(context, suggestions) });
    };

    return {
      CallExpression(node) {
        if (!isPromiseStatic(node, ['allSettled']) || !isGlobalPromise(sourceCode, node)) return;
        const parent = node.parent;
        if (parent.type === AST_NODE_TYPES.AwaitExpression) {
          const holder = parent.parent;
          if (holder.type === AST_NODE_TYPES.ExpressionStatement) roots.push({ kind: 'discarded', call: node, statement: holder });
          else if (
            holder.type === AST_NODE_TYPES.VariableDeclarator && holder.init === parent &&
            holder.parent.parent.type !== AST_NODE_TYPES.ExportNamedDeclaration
          ) {
            roots.push({ kind: 'bound', call: node, target: holder.id, declaration: holder.parent });
          } else if (
            holder.type === AST_NODE_TYPES.ForOfStatement && holder.right === parent &&
            holder.left.type === AST_NODE_TYPES.VariableDeclaration
          ) {
            roots.push({ kind: 'bound', call: node, target: holder.left.declarations[0]!.id });
          }
          return;
        }
        if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== node || memberName(parent) !== 'then') return;
        const then = parent.parent;
        const callback = then.type === AST_NODE_TYPES.CallExpression && then.callee === parent ? then.arguments[0] : undefined;
        if (!isFunctionNode(callback)) return;
        const [param] = callback.params;
        if (!param) roots.push({ kind: 'discarded', call: node });
        else if (param.type !== AST_NODE_TYPES.RestElement) roots.push({ kind: 'bound', call: node, target: param });
      },
      'TSAsExpression, TSTypeAssertion'(node: Assertion) {
        if (outermostAssertion(node) === node) candidates.add(node);
      },
      'Program:exit'() {
        const claimed = new Map<Assertion, Usage>();
        for (const root of roots) {
          const usage = newUsage();
          if (root.kind === 'bound') followBinding(root.target, usage, new Set());
          for (const assertion of usage.assertions) claimed.set(assertion, usage);
          reportRoot(root, usage);
        }
        for (const assertion of candidates) {
          const rootUsage = claimed.get(assertion);
          const settled = rootUsage !== undefined || settledShapeOf(services, typeOf(services, skipTypeWrappers(assertion))) !== false;
          if (settled && isUnnarrowing(assertion) && !isNarrowed(assertion, rootUsage)) reportAssertion(assertion);
        }
      },
    };
  },
});

const newUsage = (): Usage => ({ checked: false, handedOff: false, assertions: [] });

/** The outermost `as`/`<T>` assertion of a chain such as `r as unknown as T`. */
function outermostAssertion(node: Assertion): Assertion {
  let current = node;
  while (
    (current.parent.type === AST_NODE_TYPES.TSAsExpression || current.parent.type === AST_NODE_TYPES.TSTypeAssertion) &&
    current.parent.expression === current
  ) {
    current = current.parent;
  }
  return current;
}

/** True for the `as`, `<T>`, `!` and `satisfies` wrappers of an assertion chain. */
function isTypeWrapper(node: TSESTree.Node): node is Assertion | TSESTree.TSNonNullExpression | TSESTree.TSSatisfiesExpression {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression || node.type === AST_NODE_TYPES.TSTypeAssertion ||
    node.type === AST_NODE_TYPES.TSNonNullExpression || node.type === AST_NODE_TYPES.TSSatisfiesExpression
  );
}

/** True for the `const` of `x as const`. */
function isConstAssertion(target: TSESTree.TypeNode): boolean {
  return (
    target.type === AST_NODE_TYPES.TSTypeReference && target.typeName.type === AST_NODE_TYPES.Identifier &&
    target.typeName.name === 'const'
  );
}

/** The expression that lists the bound results: the local, or `[a, b]` for plain array destructuring. */
function resultsExpression(target: TSESTree.Node): string | undefined {
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type !== AST_NODE_TYPES.ArrayPattern) return undefined;
  const names = target.elements.filter((element) => element !== null);
  if (names.length === 0 || !names.every((element) => element.type === AST_NODE_TYPES.Identifier)) return undefined;
  return `[${names.map((element) => (element as TSESTree.Identifier).name).join(', ')}]`;
}

/** The key of a destructuring property when it is a plain name or string. */
function propertyKey(property: TSESTree.Property): string | undefined {
  if (!property.computed && property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  return property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string' ? property.key.value : undefined;
}

/** The local a member chain such as `results[0]` starts from. */
function baseIdentifier(node: TSESTree.Node): TSESTree.Identifier | undefined {
  let current = skipTypeWrappers(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) current = skipTypeWrappers(current.object);
  return current.type === AST_NODE_TYPES.Identifier ? current : undefined;
}

function isAssignedTo(node: TSESTree.Node): boolean {
  return node.parent?.type === AST_NODE_TYPES.AssignmentExpression && node.parent.left === node;
}

/** True for `const`s and parameters that are never assigned: closures keep their narrowing. */
function isNeverReassigned(variable: TSESLint.Scope.Variable | null): boolean {
  return variable !== null && variable.references.every((reference) => !reference.isWrite() || reference.init === true);
}

/** What a variable bound to one element iterates or destructures: `xs` in `for (const x of xs)`, `xs.map((x) => …)`, `const [x] = xs`. */
function elementSourceOf(variable: TSESLint.Scope.Variable): TSESTree.Node | undefined {
  const definition = variable.defs[0];
  if (!definition) return undefined;
  const { node, name } = definition;
  if (node.type === AST_NODE_TYPES.VariableDeclarator) {
    const loop = node.parent.parent;
    if (loop.type === AST_NODE_TYPES.ForOfStatement && loop.left === node.parent) return loop.right;
    if (!node.init) return undefined;
    if (node.id === name) return node.init;
    return node.id.type === AST_NODE_TYPES.ArrayPattern && name.parent === node.id ? node.init : undefined;
  }
  if (!isFunctionNode(node) || node.type === AST_NODE_TYPES.FunctionDeclaration) return undefined;
  const call = node.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== node || call.callee.type !== AST_NODE_TYPES.MemberExpression) {
    return undefined;
  }
  const method = memberName(call.callee);
  const index = method === undefined ? undefined : elementCallbacks[method];
  return index !== undefined && node.params[index] === name ? call.callee.object : undefined;
}

/** The expression whose `status` (or `in`) this read of a local checks: `results[0]` in `results[0]?.status`. */
function checkedSubject(id: TSESTree.Identifier): TSESTree.Node | undefined {
  let node: TSESTree.Node = id;
  for (;;) {
    const parent: TSESTree.Node | undefined = node.parent;
    if (!parent) return undefined;
    if (parent.type === AST_NODE_TYPES.ChainExpression || parent.type === AST_NODE_TYPES.TSNonNullExpression) {
      node = parent;
      continue;
    }
    if (parent.type === AST_NODE_TYPES.BinaryExpression) return parent.operator === 'in' && parent.right === node ? node : undefined;
    if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== node) return undefined;
    if (memberName(parent) === 'status') return node;
    node = parent;
  }
}

/** True when two expressions name the same place (`results[0]` and `results?.[0]!`). */
function isSameReference(a: TSESTree.Node, b: TSESTree.Node): boolean {
  const left = skipTypeWrappers(a);
  const right = skipTypeWrappers(b);
  if (left.type === AST_NODE_TYPES.Identifier) return right.type === AST_NODE_TYPES.Identifier && left.name === right.name;
  if (left.type === AST_NODE_TYPES.ThisExpression) return right.type === AST_NODE_TYPES.ThisExpression;
  if (left.type === AST_NODE_TYPES.Literal) return right.type === AST_NODE_TYPES.Literal && left.value === right.value;
  if (left.type !== AST_NODE_TYPES.MemberExpression || right.type !== AST_NODE_TYPES.MemberExpression) return false;
  return left.computed === right.computed && isSameReference(left.property, right.property) && isSameReference(left.object, right.object);
}

/** True when a `throw` runs before `node` in one of the functions around it (or the module). */
function throwsBefore(node: TSESTree.Node): boolean {
  for (let body: TSESTree.Node | undefined = node; body; body = body.parent) {
    if (!isFunctionNode(body) && body.type !== AST_NODE_TYPES.Program) continue;
    const found = containsInBody(body, (child) => child.type === AST_NODE_TYPES.ThrowStatement && child.range[1] <= node.range[0]);
    if (found) return true;
  }
  return false;
}
