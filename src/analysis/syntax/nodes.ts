import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

/*
 * The `syntax/` folder answers questions from the ESTree tree alone, with no scopes and no types:
 * node shapes (this module), the one walker (`walk.ts`), whether a statement always exits
 * (`exits.ts`), what a call is (`calls.ts`) and where a statement sits (`statements.ts`). Everything
 * else in the analysis builds on it, so it imports from no other folder.
 */

/** Wrappers that do not change the value: `as`, `!`, `satisfies`, `<T>`, an optional chain. */
export const typeWrapperTypes: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSTypeAssertion,
  AST_NODE_TYPES.ChainExpression,
]);

/** Strips the wrappers in `typeWrapperTypes` off `node`. */
export function skipTypeWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (typeWrapperTypes.has(current.type)) {
    current = (current as TSESTree.TSAsExpression).expression;
  }
  return current;
}

/** The static name of a member call's property (`a.b()` → `b`). */
export function memberName(node: TSESTree.Node): string | undefined {
  if (node.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  if (node.computed && node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string') {
    return node.property.value;
  }
  return undefined;
}

/** The leftmost expression of a member chain, through type wrappers: `child` in `child.stdout`, `this` in `this.child.stdout`. */
export function rootOf(node: TSESTree.Node): TSESTree.Node {
  let current = skipTypeWrappers(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) current = skipTypeWrappers(current.object);
  return current;
}

/** The field `this.name` (or `this.#name`, as `#name`) reads or writes; `undefined` for anything else. */
export function thisMemberName(node: TSESTree.Node): string | undefined {
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed || node.object.type !== AST_NODE_TYPES.ThisExpression)
    return undefined;
  return node.property.type === AST_NODE_TYPES.PrivateIdentifier ? `#${node.property.name}` : memberName(node);
}

/**
 * The end of the `.finally(…)` calls chained on `node`: `p.finally(a).finally(b)` for `p`, `node`
 * itself when none follows. A handler for `node`'s rejection belongs there, after them.
 */
export function throughFinally(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    const member = current.parent;
    if (
      member?.type !== AST_NODE_TYPES.MemberExpression ||
      member.object !== current ||
      member.optional ||
      memberName(member) !== 'finally'
    )
      return current;
    const call = member.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return current;
    if (call.parent.type === AST_NODE_TYPES.ChainExpression) return current;
    current = call;
  }
}

/** True for `Promise.<name>(…)` on the global `Promise`. */
export function isPromiseStatic(node: TSESTree.CallExpression, names: readonly string[]): boolean {
  const callee = node.callee;
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Promise' &&
    names.includes(memberName(callee) ?? '')
  );
}

/** A function-like ESTree node. */
export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

/** True for arrow functions, function declarations and function expressions. */
export function isFunctionNode(node: TSESTree.Node | undefined | null): node is FunctionNode {
  return (
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node?.type === AST_NODE_TYPES.FunctionDeclaration ||
    node?.type === AST_NODE_TYPES.FunctionExpression
  );
}

/** The innermost function around `node`, if any. */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return undefined;
}

/** The body of the innermost class around `node`, if any: where the uses of a `this.<field>` are. */
export function enclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  for (let current = node.parent; current; current = current.parent) if (current.type === AST_NODE_TYPES.ClassBody) return current;
  return undefined;
}

/** The innermost class body around `node`, or the whole file outside any class: where what a function keeps is used. */
export function classBodyOrFile(node: TSESTree.Node): TSESTree.ClassBody | TSESTree.Program {
  const body = enclosingClassBody(node);
  if (body) return body;
  let top = node;
  while (top.parent) top = top.parent;
  return top as TSESTree.Program;
}

/** The innermost function around `node`, or the Program; class field initializers and static blocks count as non-async bodies. */
export function enclosingBody(node: TSESTree.Node): FunctionNode | TSESTree.Program | TSESTree.StaticBlock | TSESTree.PropertyDefinition {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
    if (current.type === AST_NODE_TYPES.StaticBlock) return current;
    if (current.type === AST_NODE_TYPES.PropertyDefinition && current.value && node.range[0] >= current.value.range[0]) return current;
    if (current.type === AST_NODE_TYPES.Program) return current;
  }
  throw new Error('node is not inside a Program');
}

/**
 * The name a function goes by: its own (`function close()`), its method or property key (`#destroy()`,
 * `{ stop: () => … }`, `private close = async () => …`), or the variable it initialises.
 */
/** The binding that names a local function: `fail` in `function fail(…) {}` or `const fail = (…) => …`. */
export function localFunctionBinding(fn: FunctionNode): TSESTree.Identifier | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id ?? undefined;
  const holder = fn.parent;
  return holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.init === fn && holder.id.type === AST_NODE_TYPES.Identifier
    ? holder.id
    : undefined;
}

export function functionName(fn: FunctionNode): string | undefined {
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.id) return fn.id.name;
  const holder = fn.parent;
  const key =
    holder.type === AST_NODE_TYPES.MethodDefinition ||
    holder.type === AST_NODE_TYPES.Property ||
    holder.type === AST_NODE_TYPES.PropertyDefinition
      ? holder.key
      : holder.type === AST_NODE_TYPES.VariableDeclarator
        ? holder.id
        : undefined;
  if (key?.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key?.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  return undefined;
}

/** The statements of a statement list's container (a block, the program, a static block, a `switch` case), if `node` is one. */
export function statementsIn(node: TSESTree.Node): readonly TSESTree.Statement[] | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.Program:
    case AST_NODE_TYPES.StaticBlock:
      return node.body as readonly TSESTree.Statement[];
    case AST_NODE_TYPES.SwitchCase:
      return node.consequent;
    default:
      return undefined;
  }
}

/** True when `node` is a statement directly inside a block or the program, so statements can go next to it. */
export function isInStatementList(node: TSESTree.Node): boolean {
  return node.parent?.type === AST_NODE_TYPES.BlockStatement || node.parent?.type === AST_NODE_TYPES.Program;
}

/** A loop statement. */
export type LoopNode =
  TSESTree.DoWhileStatement | TSESTree.ForInStatement | TSESTree.ForOfStatement | TSESTree.ForStatement | TSESTree.WhileStatement;

const loopTypes = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.ForInStatement,
]);

/** True for `for`, `for…in`, `for…of`, `while` and `do…while` statements. */
export const isLoop = (node: TSESTree.Node): node is LoopNode => loopTypes.has(node.type);

/** The innermost loop whose body contains `node`, within the same function, if any. */
export function enclosingLoop(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let child = node, current = node.parent; current; child = current, current = current.parent) {
    if (isFunctionNode(current) || current.type === AST_NODE_TYPES.Program) return undefined;
    if (isLoop(current) && current.body === child) return current;
  }
  return undefined;
}

/** True when `node` sits in a `try` block nested inside `root` that has a `catch` (or, with `clause`, a `finally`). */
export function isInsideTry(node: TSESTree.Node, root: TSESTree.Node, clause: 'handler' | 'finalizer' = 'handler'): boolean {
  for (let child = node, current = node.parent; current && current !== root; child = current, current = current.parent) {
    if (current.type === AST_NODE_TYPES.TryStatement && current.block === child && current[clause]) return true;
  }
  return false;
}

/**
 * The first property of an object literal written with a plain name (`{ retries: 3 }`: not
 * computed, not a spread) whose name `test` accepts.
 */
export function namedProperty(node: TSESTree.Node, test: (name: string) => boolean): TSESTree.Property | undefined {
  if (node.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  for (const property of node.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const name = plainPropertyName(property);
    if (name !== undefined && test(name)) return property;
  }
  return undefined;
}

/** The name of a property written with a plain name (`reject` in `{ reject }`, `{ reject: fail }`), in a literal or a pattern. */
export function plainPropertyName(property: TSESTree.Property): string | undefined {
  return !property.computed && property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : undefined;
}

/** `null` or `undefined` written out: a value that holds nothing (`this.pending = null`, `x = undefined`). */
export function isNullOrUndefined(node: TSESTree.Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.Literal && node.value === null) || (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined')
  );
}

/** The static name of an object property key. */
export function propertyKeyName(key: TSESTree.Node): string | undefined {
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') return key.value;
  return undefined;
}
