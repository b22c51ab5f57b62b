import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from 'typescript';

import { memberName, skipTypeWrappers } from './cannot-reject.js';
import { containsInBody, isFunctionNode, variableOf } from './scope.js';
import { checkerOf, settledShapeOf, typeOf } from './types.js';

type Services = ParserServicesWithTypeInformation;
type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** A type assertion: `x as T` or `<T>x`. */
export type Assertion = TSESTree.TSAsExpression | TSESTree.TSTypeAssertion;

/** Where the results of one `Promise.allSettled(…)` call go. */
export type SettledRoot =
  | { kind: 'discarded'; call: TSESTree.CallExpression; statement?: TSESTree.ExpressionStatement }
  | { kind: 'bound'; call: TSESTree.CallExpression; target: TSESTree.Node; declaration?: TSESTree.VariableDeclaration };

/** What the uses of a results value (or of its elements) amount to. */
export interface SettledUsage {
  /** Some use reads `status` (or tests `'value' in r`). */
  checked: boolean;
  /** Some use passes the value where it cannot be followed. */
  handedOff: boolean;
  /** The assertions that claim a `value` on it (see `isUnnarrowing`). */
  assertions: Assertion[];
}

/** The file being analysed. */
interface FileContext {
  services: Services;
  sourceCode: SourceCode;
}

/** One walk over the uses of a value: what they amount to, and the locals already followed. */
interface Walk extends FileContext {
  usage: SettledUsage;
  seen: Set<Variable>;
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

/** Verdicts of `isUnnarrowing`, per outermost assertion node. */
const unnarrowing = new WeakMap<Assertion, boolean>();

/** Where the results of a `Promise.allSettled(…)` call go: an `await` statement, an awaited binding or loop, or a `.then` callback. */
export function settledRootOf(call: TSESTree.CallExpression): SettledRoot | undefined {
  const parent = call.parent;
  if (parent.type === AST_NODE_TYPES.AwaitExpression) {
    const holder = parent.parent;
    if (holder.type === AST_NODE_TYPES.ExpressionStatement) return { kind: 'discarded', call, statement: holder };
    if (
      holder.type === AST_NODE_TYPES.VariableDeclarator && holder.init === parent &&
      holder.parent.parent.type !== AST_NODE_TYPES.ExportNamedDeclaration
    ) {
      return { kind: 'bound', call, target: holder.id, declaration: holder.parent };
    }
    if (holder.type === AST_NODE_TYPES.ForOfStatement && holder.right === parent && holder.left.type === AST_NODE_TYPES.VariableDeclaration) {
      return { kind: 'bound', call, target: holder.left.declarations[0]!.id };
    }
    return undefined;
  }
  if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== call || memberName(parent) !== 'then') return undefined;
  const then = parent.parent;
  const callback = then.type === AST_NODE_TYPES.CallExpression && then.callee === parent ? then.arguments[0] : undefined;
  if (!isFunctionNode(callback)) return undefined;
  const [param] = callback.params;
  if (!param) return { kind: 'discarded', call };
  return param.type === AST_NODE_TYPES.RestElement ? undefined : { kind: 'bound', call, target: param };
}

/** What the uses of a root's results amount to, following locals, destructuring, array methods and their callbacks. */
export function settledResultsUsage(services: Services, sourceCode: SourceCode, root: SettledRoot): SettledUsage {
  const walk = newWalk({ services, sourceCode });
  if (root.kind === 'bound') followBinding(walk, root.target);
  return walk.usage;
}

/** The outermost `as`/`<T>` assertion of a chain such as `r as unknown as T`. */
export function outermostAssertion(node: Assertion): Assertion {
  let current = node;
  while (
    (current.parent.type === AST_NODE_TYPES.TSAsExpression || current.parent.type === AST_NODE_TYPES.TSTypeAssertion) &&
    current.parent.expression === current
  ) {
    current = current.parent;
  }
  return current;
}

/** True when an outermost `assertion` treats settled results as fulfilled unchecked; `rootUsage` is that of the root whose walk met it. */
export function isUnnarrowedAssertion(
  services: Services,
  sourceCode: SourceCode,
  assertion: Assertion,
  rootUsage: SettledUsage | undefined,
): boolean {
  const settled = rootUsage !== undefined || settledShapeOf(services, typeOf(services, skipTypeWrappers(assertion))) !== false;
  return settled && isUnnarrowing(services, assertion) && !isNarrowed({ services, sourceCode }, assertion, rootUsage);
}

/** The `r.value` read on `assertion` that can become a `status` check: `r` is one result in a local never reassigned, and the read is not written to. */
export function narrowableValueRead(services: Services, sourceCode: SourceCode, assertion: Assertion): TSESTree.MemberExpression | undefined {
  const operand = skipTypeWrappers(assertion);
  const read = assertion.parent;
  if (
    operand.type === AST_NODE_TYPES.Identifier &&
    read.type === AST_NODE_TYPES.MemberExpression && read.object === assertion && !read.optional &&
    memberName(read) === 'value' && !isAssignedTo(read) && isNeverReassigned(variableOf(sourceCode, operand)) &&
    settledShapeOf(services, typeOf(services, operand)) === 'result'
  ) {
    return read;
  }
  return undefined;
}

/** The declaration of the plain local `id` names when that local holds a whole results array. */
export function resultsDeclarationOf(
  services: Services,
  sourceCode: SourceCode,
  id: TSESTree.Identifier,
): TSESTree.VariableDeclaration | undefined {
  const definition = variableOf(sourceCode, id)?.defs[0];
  if (definition?.node.type !== AST_NODE_TYPES.VariableDeclarator || definition.node.id.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  return settledShapeOf(services, typeOf(services, id)) === 'results' ? definition.node.parent : undefined;
}

function newWalk(file: FileContext): Walk {
  return { services: file.services, sourceCode: file.sourceCode, usage: { checked: false, handedOff: false, assertions: [] }, seen: new Set() };
}

/** Follows every read of a local that holds results or one result. */
function followVariable(walk: Walk, variable: Variable | null): void {
  if (!variable || walk.seen.has(variable)) return;
  walk.seen.add(variable);
  for (const reference of variable.references) {
    if (reference.isRead() && !reference.init) followValue(walk, reference.identifier);
  }
}

/** Follows every binding a pattern introduces from a results value. */
function followBinding(walk: Walk, target: TSESTree.Node): void {
  switch (target.type) {
    case AST_NODE_TYPES.Identifier:
      followVariable(walk, variableOf(walk.sourceCode, target));
      return;
    case AST_NODE_TYPES.ObjectPattern:
      for (const property of target.properties) {
        if (property.type === AST_NODE_TYPES.RestElement) followBinding(walk, property.argument);
        else if (propertyKey(property) === 'status') walk.usage.checked = true;
      }
      return;
    case AST_NODE_TYPES.ArrayPattern:
      for (const element of target.elements) if (element) followBinding(walk, element);
      return;
    case AST_NODE_TYPES.AssignmentPattern:
      followBinding(walk, target.left);
      return;
    default:
      walk.usage.handedOff = true;
  }
}

/** Classifies one use of a value that is a results array or one of its elements. */
function followValue(walk: Walk, node: TSESTree.Node): void {
  const { usage } = walk;
  const parent = node.parent;
  if (!parent) return;
  switch (parent.type) {
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
      followValue(walk, parent);
      return;
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSTypeAssertion: {
      const outer = outermostAssertion(parent);
      if (isUnnarrowing(walk.services, outer)) usage.assertions.push(outer);
      else followValue(walk, outer);
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
          else if (callback.params[index]) followBinding(walk, callback.params[index]);
        }
        if (elementPreserving.has(name)) followValue(walk, call);
        return;
      }
      if (parent.computed && name === undefined) followValue(walk, parent);
      return;
    }
    case AST_NODE_TYPES.ForOfStatement:
      if (parent.right !== node) break;
      followBinding(walk, parent.left.type === AST_NODE_TYPES.VariableDeclaration ? parent.left.declarations[0]!.id : parent.left);
      return;
    case AST_NODE_TYPES.VariableDeclarator:
      if (parent.init === node && parent.parent.parent.type !== AST_NODE_TYPES.ExportNamedDeclaration) {
        followBinding(walk, parent.id);
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
}

/** True when some assertion of the chain claims a `value` the settled result may lack (see `targetsValue`). */
function isUnnarrowing(services: Services, assertion: Assertion): boolean {
  let verdict = unnarrowing.get(assertion);
  if (verdict === undefined) {
    verdict = false;
    for (let current: TSESTree.Node = assertion; isTypeWrapper(current); current = current.expression) {
      if (
        (current.type === AST_NODE_TYPES.TSAsExpression || current.type === AST_NODE_TYPES.TSTypeAssertion) &&
        targetsValue(services, current.typeAnnotation)
      ) {
        verdict = true;
        break;
      }
    }
    unnarrowing.set(assertion, verdict);
  }
  return verdict;
}

/** True for `any`, a type with a `value` property (`PromiseFulfilledResult<T>`, `{ value?: T }`), or an array or tuple of those. */
function targetsValue(services: Services, target: TSESTree.TypeNode): boolean {
  if (target.type === AST_NODE_TYPES.TSAnyKeyword) return true;
  if (isConstAssertion(target)) return false;
  const checker = checkerOf(services);
  const hasValue = (type: ts.Type): boolean =>
    (type.flags & ts.TypeFlags.Any) !== 0 || type.getNonNullableType().getProperty('value') !== undefined;
  const type = typeOf(services, target);
  if (checker.isArrayType(type) || checker.isTupleType(type)) return checker.getTypeArguments(type as ts.TypeReference).some(hasValue);
  return hasValue(type);
}

/** True when `callback` (of `filter`/`find`) reads the `status` of the element it receives. */
function readsStatusOfElement(file: FileContext, callback: TSESTree.Node | undefined): boolean {
  if (!isFunctionNode(callback) || !callback.params[0]) return false;
  const walk = newWalk(file);
  followBinding(walk, callback.params[0]);
  return walk.usage.checked;
}

/** True when the elements of `node` come through a `filter`/`find` whose callback reads `status`. */
function isPickedUpstream(file: FileContext, node: TSESTree.Node): boolean {
  const seen = new Set<Variable>();
  let current = skipTypeWrappers(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberName(current.callee);
      if (name === undefined) return false;
      if (narrowingPicks.has(name) && readsStatusOfElement(file, current.arguments[0])) return true;
      if (!elementPreserving.has(name)) return false;
      current = skipTypeWrappers(current.callee.object);
    } else if (current.type === AST_NODE_TYPES.MemberExpression && current.computed) {
      current = skipTypeWrappers(current.object);
    } else if (current.type === AST_NODE_TYPES.Identifier) {
      const variable = variableOf(file.sourceCode, current);
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
}

/** True when the one result `operand` names has its own `status` checked, or was picked by such a check upstream. */
function isElementNarrowed(file: FileContext, operand: TSESTree.Node): boolean {
  if (operand.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(file.sourceCode, operand);
    const walk = newWalk(file);
    followVariable(walk, variable);
    if (walk.usage.checked) return true;
    const source = variable ? elementSourceOf(variable) : undefined;
    return source !== undefined && isPickedUpstream(file, source);
  }
  if (isPickedUpstream(file, operand)) return true;
  // `results[0]`: narrowed by a check on the same access, not by one on a sibling.
  const base = baseIdentifier(operand);
  const references = base ? (variableOf(file.sourceCode, base)?.references ?? []) : [];
  return references.some((reference) => {
    const subject = reference.identifier.type === AST_NODE_TYPES.Identifier ? checkedSubject(reference.identifier) : undefined;
    return subject !== undefined && isSameReference(subject, operand);
  });
}

/** True when `node` names a local bound by destructuring (`const [a, b] = await Promise.allSettled(…)`). */
function isDestructured(file: FileContext, node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const bindingParent = variableOf(file.sourceCode, node)?.defs[0]?.name.parent;
  return bindingParent?.type === AST_NODE_TYPES.ArrayPattern || bindingParent?.type === AST_NODE_TYPES.Property;
}

/** True when `assertion` (whose operand is settled-shaped, or which a root claimed) follows a check of what it asserts. */
function isNarrowed(file: FileContext, assertion: Assertion, rootUsage: SettledUsage | undefined): boolean {
  const { services } = file;
  const operand = skipTypeWrappers(assertion);
  const type = typeOf(services, operand);
  const shape = settledShapeOf(services, type);
  // After a whole-array check that throws or returns (`if (rs.some(isRejected)) throw …`, the
  // shape our own suggestion writes; `for (r of rs) if (rejected) return null;`), every element
  // is known to be fulfilled.
  // A destructured element is not covered by such a check: the check may be on its sibling.
  if (shape === 'result') {
    return isElementNarrowed(file, operand) || (rootUsage?.checked === true && !isDestructured(file, operand) && exitsBefore(assertion));
  }
  // Already narrowed by its type (a `filter` with a type guard, say), unless the type is opaque.
  if (!shape && (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) === 0) return true;
  if (rootUsage) return rootUsage.checked;
  const base = baseIdentifier(operand);
  const walk = newWalk(file);
  if (base) followVariable(walk, variableOf(file.sourceCode, base));
  return walk.usage.checked;
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
function isNeverReassigned(variable: Variable | null): boolean {
  return variable !== null && variable.references.every((reference) => !reference.isWrite() || reference.init === true);
}

/** What a variable bound to one element iterates or destructures: `xs` in `for (const x of xs)`, `xs.map((x) => …)`, `const [x] = xs`. */
function elementSourceOf(variable: Variable): TSESTree.Node | undefined {
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

/** True when a `throw` or an early `return` comes before `node` in one of the functions around it (or the module). */
function exitsBefore(node: TSESTree.Node): boolean {
  for (let body: TSESTree.Node | undefined = node; body; body = body.parent) {
    if (!isFunctionNode(body) && body.type !== AST_NODE_TYPES.Program) continue;
    const found = containsInBody(
      body,
      (child) => (child.type === AST_NODE_TYPES.ThrowStatement || child.type === AST_NODE_TYPES.ReturnStatement) && child.range[1] <= node.range[0],
    );
    if (found) return true;
  }
  return false;
}
