import type { TSESLint,TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES,ASTUtils } from '@typescript-eslint/utils';

import { variableOf } from './analysis/scope/variables.js';
import { isInStatementList } from './analysis/syntax/nodes.js';
import { containsInBody } from './analysis/syntax/walk.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

/** Node types that can be the operand of `await`/`void` or the object of `.x` without parentheses. */
const tightTypes = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.Literal,
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.TaggedTemplateExpression,
  AST_NODE_TYPES.ThisExpression,
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.ObjectExpression,
  AST_NODE_TYPES.Super,
  AST_NODE_TYPES.MetaProperty,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.ImportExpression,
]);

/** True when `node` must be parenthesized to become the operand of a unary operator such as `await`. */
function needsParensForUnary(node: TSESTree.Node): boolean {
  return !tightTypes.has(node.type) && node.type !== AST_NODE_TYPES.ChainExpression &&
    node.type !== AST_NODE_TYPES.AwaitExpression && node.type !== AST_NODE_TYPES.UnaryExpression;
}

/** True when `node` must be parenthesized to become the object of a member access. */
function needsParensForMember(node: TSESTree.Node): boolean {
  return !tightTypes.has(node.type);
}

/** The source text of `node` and the range it occupies including its own parentheses. */
function outerRange(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.Range {
  let start = node.range[0];
  let end = node.range[1];
  let depth = 1;
  while (ASTUtils.isParenthesized(depth, node, sourceCode)) depth += 1;
  for (let i = 1; i < depth; i += 1) {
    start = sourceCode.getTokenBefore({ range: [start, end] } as TSESTree.Node)?.range[0] ?? start;
    end = sourceCode.getTokenAfter({ range: [start, end] } as TSESTree.Node)?.range[1] ?? end;
  }
  return [start, end];
}

/** True when `node` already has parentheses around it in the source. */
export function isParenthesized(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  return ASTUtils.isParenthesized(node, sourceCode);
}

/** Text for `node` as an operand: parenthesized when precedence requires and the source has none. */
function operandText(sourceCode: SourceCode, node: TSESTree.Node, needsParens: boolean): string {
  const text = sourceCode.getText(node);
  return needsParens && !isParenthesized(sourceCode, node) ? `(${text})` : text;
}

/** A `;` to put before new text that starts a statement with `(`, `[` or `` ` `` after a line without one. */
function asiGuard(sourceCode: SourceCode, start: number, newText: string): string {
  if (!/^[([`]/.test(newText)) return '';
  const before = sourceCode.getTokenBefore({ range: [start, start] } as TSESTree.Node, { includeComments: false });
  if (!before || [';', '{', '}', ':'].includes(before.value)) return '';
  // The deepest node at `start` is the expression; the statement is further up, starting there too.
  for (let node: TSESTree.Node | undefined = sourceCode.getNodeByRangeIndex(start) ?? undefined; node && node.range[0] === start; node = node.parent) {
    if (node.type === AST_NODE_TYPES.ExpressionStatement) return ';';
  }
  return '';
}

/** Replaces `node` (and its parentheses) with `text`, guarding against ASI. */
export function replaceWith(sourceCode: SourceCode, node: TSESTree.Node, text: string): (fixer: Fixer) => Fix {
  const range = outerRange(sourceCode, node);
  return (fixer) => fixer.replaceTextRange(range, asiGuard(sourceCode, range[0], text) + text);
}

/** Puts `await ` or `void ` in front of `node`, adding parentheses where precedence needs them. */
export function prefixOperator(sourceCode: SourceCode, node: TSESTree.Node, operator: 'await' | 'void'): (fixer: Fixer) => Fix {
  if (isParenthesized(sourceCode, node) || !needsParensForUnary(node)) {
    const [start] = outerRange(sourceCode, node);
    return (fixer) => fixer.insertTextBeforeRange([start, start], `${operator} `);
  }
  return replaceWith(sourceCode, node, `${operator} (${sourceCode.getText(node)})`);
}

/** Appends a member call such as `.catch(handler)` to `node`, parenthesizing it first when needed. */
export function appendMemberCall(sourceCode: SourceCode, node: TSESTree.Node, call: string): (fixer: Fixer) => Fix {
  // `a?.b()` continues as `a?.b()?.catch(…)`: still one chain, no parentheses needed.
  const optional = node.type === AST_NODE_TYPES.ChainExpression ? '?' : '';
  if (isParenthesized(sourceCode, node) || !needsParensForMember(node) || optional) {
    const [, end] = outerRange(sourceCode, node);
    return (fixer) => fixer.insertTextAfterRange([end, end], `${optional}${call}`);
  }
  return replaceWith(sourceCode, node, `(${sourceCode.getText(node)})${optional}${call}`);
}

/** Wraps `node` in a call: `callee(node)`. */
export function wrapInCall(sourceCode: SourceCode, node: TSESTree.Node, callee: string): (fixer: Fixer) => Fix {
  const text = operandText(sourceCode, node, node.type === AST_NODE_TYPES.SequenceExpression);
  return replaceWith(sourceCode, node, `${callee}(${text})`);
}

/** True when the linted file is TypeScript, so fixes may write type annotations. */
export function isTypeScriptFile(filename: string): boolean {
  return /\.[cm]?tsx?$/.test(filename);
}

/** A rejection handler that reports the error on the console (annotated in TypeScript files). */
export function loggingHandler(filename: string): string {
  return isTypeScriptFile(filename) ? '(error: unknown) => { console.error(error); }' : '(error) => { console.error(error); }';
}

/** The member call that attaches `handler` as a rejection handler, for promises and bare thenables. */
export function rejectionHandlerCall(hasCatch: boolean, handler: string): string {
  return hasCatch ? `.catch(${handler})` : `.then(undefined, ${handler})`;
}

/** Indentation (leading whitespace) of the line on which `node` starts. */
export function indentOf(sourceCode: SourceCode, node: TSESTree.Node): string {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  return /^\s*/.exec(line)?.[0] ?? '';
}

/** Inserts a new statement after `statement` at the same indentation; `undefined` outside a statement list. */
export function insertStatementAfter(sourceCode: SourceCode, statement: TSESTree.Node, text: string): ((fixer: Fixer) => Fix) | undefined {
  // Only next to a statement of a block or the module: not after `for (let …;` or `if (x) stmt`.
  if (!isInStatementList(statement)) return undefined;
  const separator = separatorAfter(sourceCode, statement);
  return (fixer) => fixer.insertTextAfter(statement, `${separator}${text}`);
}

/** The text between `statement` and a statement inserted after it, matching `insertStatementAfter`. */
export function separatorAfter(sourceCode: SourceCode, statement: TSESTree.Node): string {
  const sameLine = sourceCode.getTokenAfter(statement)?.loc.start.line === statement.loc.end.line;
  return sameLine ? ' ' : `\n${indentOf(sourceCode, statement)}`;
}


/** One statement of a run that `groupAwaitsIntoPromiseAll` regroups. */
interface AwaitedLocal {
  name: string;
  target?: string;
  kind?: string;
}

/** `await a;` or `const x = await a;` where `a` is a local (a parameter could be a getter). */
function awaitedLocal(sourceCode: SourceCode, statement: TSESTree.Node | undefined): AwaitedLocal | undefined {
  let awaited: TSESTree.Node | undefined;
  let declared: Pick<AwaitedLocal, 'target' | 'kind'> = {};
  if (statement?.type === AST_NODE_TYPES.ExpressionStatement && statement.expression.type === AST_NODE_TYPES.AwaitExpression) {
    awaited = statement.expression.argument;
  } else if (statement?.type === AST_NODE_TYPES.VariableDeclaration && statement.declarations.length === 1) {
    const [declarator] = statement.declarations;
    if (declarator?.id.type !== AST_NODE_TYPES.Identifier || declarator.id.typeAnnotation) return undefined;
    if (declarator.init?.type !== AST_NODE_TYPES.AwaitExpression) return undefined;
    awaited = declarator.init.argument;
    declared = { target: declarator.id.name, kind: statement.kind };
  }
  if (awaited?.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = variableOf(sourceCode, awaited);
  if (variable?.defs[0]?.node.type !== AST_NODE_TYPES.VariableDeclarator) return undefined;
  return { name: awaited.name, ...declared };
}

/**
 * From the statement holding `suspension`, the run of consecutive `await a; await b;` (or
 * `const x = await a; const y = await b;`) statements rewritten as one
 * `const [x, y] = await Promise.all([a, b]);` — if the run has two or more and awaits `mustInclude`.
 */
export function groupAwaitsIntoPromiseAll(
  sourceCode: SourceCode,
  suspension: TSESTree.Node,
  mustInclude: string,
): { names: string[]; fix: (fixer: Fixer) => Fix } | undefined {
  const holder = suspension.parent;
  const start = holder?.type === AST_NODE_TYPES.VariableDeclarator ? holder.parent : holder;
  const list = start?.parent && 'body' in start.parent && Array.isArray(start.parent.body) ? (start.parent.body as TSESTree.Node[]) : [];
  const run: AwaitedLocal[] = [];
  const statements: TSESTree.Node[] = [];
  for (let index = start ? list.indexOf(start) : -1; index >= 0 && index < list.length; index += 1) {
    const item = awaitedLocal(sourceCode, list[index]);
    if (!item) break;
    run.push(item);
    statements.push(list[index]!);
  }
  if (run.length < 2 || !run.some((item) => item.name === mustInclude)) return undefined;
  const names = run.map((item) => item.name);
  const call = `await Promise.all([${names.join(', ')}])`;
  const targets = run.map((item) => item.target ?? '');
  const kind = run.some((item) => item.kind === 'let' || item.kind === 'var') ? 'let' : 'const';
  const text = targets.every((item) => item === '') ? `${call};` : `${kind} [${targets.join(', ').replace(/(, )+$/, '')}] = ${call};`;
  const range: TSESTree.Range = [statements[0]!.range[0], statements[statements.length - 1]!.range[1]];
  return { names, fix: (fixer) => fixer.replaceTextRange(range, text) };
}

/** Inserts a new statement before `target` (and its labels): on its own line when it starts one; `undefined` outside a statement list. */
export function insertStatementBefore(sourceCode: SourceCode, target: TSESTree.Node, text: string): ((fixer: Fixer) => Fix) | undefined {
  // A labelled loop keeps its label: the new statement goes before the outermost label.
  let statement = target;
  while (statement.parent?.type === AST_NODE_TYPES.LabeledStatement) statement = statement.parent;
  if (!isInStatementList(statement)) return undefined;
  const line = sourceCode.lines[statement.loc.start.line - 1] ?? '';
  const startsLine = line.slice(0, statement.loc.start.column).trim() === '';
  const separator = startsLine ? `\n${indentOf(sourceCode, statement)}` : ' ';
  return (fixer) => fixer.insertTextBefore(statement, `${text}${separator}`);
}

/** A name not bound in `scope` or any scope it can see into, starting from `base`. */
export function freeName(scope: TSESLint.Scope.Scope, base: string): string {
  const taken = (name: string): boolean => {
    for (let current: TSESLint.Scope.Scope | null = scope; current; current = current.upper) {
      if (current.set.has(name)) return true;
    }
    const inner = (s: TSESLint.Scope.Scope): boolean => s.childScopes.some((child) => child.set.has(name) || inner(child));
    return inner(scope) || scope.through.some((reference) => reference.identifier.name === name);
  };
  let name = base;
  for (let n = 2; taken(name); n += 1) name = `${base}${n}`;
  return name;
}

/**
 * Makes `fn` catch its own errors: `async (x) => { try { BODY } catch (error) { … } }`, with
 * `await` added for an expression body. `handler` is a `(error) => { … }` arrow whose body becomes
 * the catch block. `undefined` when the body returns a value: in an async function,
 * `try { return p; }` does not catch `p`'s rejection, so the rewrite would not do what it says.
 */
export function wrapBodyInTryCatch(
  sourceCode: SourceCode,
  fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration,
  handler: string,
): ((fixer: Fixer) => Fix[]) | undefined {
  if (fn.generator) return undefined;
  const catchClause = handler.replace(/^\((\w+)(: unknown)?\) => /, 'catch ($1$2) ');
  const makeAsync = (fixer: Fixer): Fix[] => (fn.async ? [] : [fixer.insertTextBeforeRange([fn.range[0], fn.range[0]], 'async ')]);
  const body = fn.body;
  if (body.type !== AST_NODE_TYPES.BlockStatement) {
    return (fixer) => [...makeAsync(fixer), fixer.replaceText(body, `{ try { await ${sourceCode.getText(body)}; } ${catchClause} }`)];
  }
  if (containsInBody(body, (node) => node.type === AST_NODE_TYPES.ReturnStatement && node.argument !== null)) return undefined;
  const inner = sourceCode.text.slice(body.range[0] + 1, body.range[1] - 1).trim();
  return (fixer) => [...makeAsync(fixer), fixer.replaceText(body, `{ try { ${inner} } ${catchClause} }`)];
}

/**
 * Replaces a function passed by name with a wrapper that handles its promise:
 * `(...args: Parameters<typeof fn>) => { fn(...args).catch(handler); }`.
 */
export function wrapCallbackReference(
  sourceCode: SourceCode,
  reference: TSESTree.Identifier,
  handlerCall: string,
  typed: boolean,
): (fixer: Fixer) => Fix {
  const { name } = reference;
  const params = typed ? `(...args: Parameters<typeof ${name}>)` : '(...args)';
  return replaceWith(sourceCode, reference, `${params} => { ${name}(...args)${handlerCall}; }`);
}

/** Statements that throw when any settled `results` (expression text) was rejected: an `AggregateError` of all reasons, else the first. */
export function rejectionCheckStatements(
  scope: TSESLint.Scope.Scope,
  results: string,
  options: { typed: boolean; aggregateError: boolean },
): string[] {
  const predicate = options.typed ? '(result): result is PromiseRejectedResult' : '(result)';
  if (!options.aggregateError) {
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
}

/** The expression that lists what a binding holds: the local, or `[a, b]` for array destructuring into plain names. */
export function boundValuesText(target: TSESTree.Node): string | undefined {
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type !== AST_NODE_TYPES.ArrayPattern) return undefined;
  const names = target.elements.filter((element) => element !== null);
  if (names.length === 0 || !names.every((element) => element.type === AST_NODE_TYPES.Identifier)) return undefined;
  return `[${names.map((element) => (element as TSESTree.Identifier).name).join(', ')}]`;
}

/** Adds `name: value` (shorthand when the names match) as the last property of an object literal, keeping its layout. */
export function addObjectProperty(sourceCode: SourceCode, object: TSESTree.ObjectExpression, name: string, value: string): (fixer: Fixer) => Fix {
  const property = value === name ? name : `${name}: ${value}`;
  const last = object.properties[object.properties.length - 1];
  if (!last) {
    const open = sourceCode.getFirstToken(object)!;
    const empty = sourceCode.getText(object) === '{}';
    return (fixer) => (empty ? fixer.replaceText(object, `{ ${property} }`) : fixer.insertTextAfter(open, ` ${property},`));
  }
  const after = sourceCode.getTokenAfter(last)!;
  const closing = sourceCode.getLastToken(object)!;
  const multiline = closing.loc.start.line !== last.loc.end.line;
  const indent = `\n${indentOf(sourceCode, last)}`;
  if (after.value === ',') {
    return (fixer) => fixer.insertTextAfter(after, multiline ? `${indent}${property},` : ` ${property},`);
  }
  return (fixer) => fixer.insertTextAfter(last, multiline ? `,${indent}${property}` : `, ${property}`);
}

/** Appends arguments (texts) after the last argument of a call or `new` with parentheses; `undefined` for `new C` without them. */
export function appendArguments(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  texts: readonly string[],
): ((fixer: Fixer) => Fix) | undefined {
  const closing = sourceCode.getLastToken(call);
  if (closing?.value !== ')') return undefined;
  const last = call.arguments[call.arguments.length - 1];
  if (!last) return (fixer) => fixer.insertTextBefore(closing, texts.join(', '));
  return (fixer) => fixer.insertTextAfter(last, `, ${texts.join(', ')}`);
}

/**
 * Hands `signal` (an expression text) to `call` at parameter `index`: as a `signal` property of the
 * options literal there, a new last argument (`{ signal }` for options), or, when an earlier optional
 * parameter must be skipped or the options are a variable, with `undefined` fillers or a spread
 * (`exact: false`: the caller offers those as a suggestion). `undefined` when no edit is possible.
 */
export function passSignalArgument(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  slot: { index: number; kind: 'direct' | 'options'; skippable: boolean },
  signal: string,
): { fix: (fixer: Fixer) => Fix; exact: boolean } | undefined {
  const property = signal === 'signal' ? '{ signal }' : `{ signal: ${signal} }`;
  const value = slot.kind === 'direct' ? signal : property;
  const argument = call.arguments[slot.index];
  if (!argument) {
    if (!slot.skippable) return undefined;
    const fillers = Array.from({ length: slot.index - call.arguments.length }, () => 'undefined');
    const fix = appendArguments(sourceCode, call, [...fillers, value]);
    return fix && { fix, exact: fillers.length === 0 };
  }
  if (slot.kind === 'direct' || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (argument.type === AST_NODE_TYPES.ObjectExpression) return { fix: addObjectProperty(sourceCode, argument, 'signal', signal), exact: true };
  const spread = signal === 'signal' ? 'signal' : `signal: ${signal}`;
  return { fix: replaceWith(sourceCode, argument, `{ ...${sourceCode.getText(argument)}, ${spread} }`), exact: false };
}

/** Appends an argument-less call to `node`: `fn()`, or `fn?.()` when `optional`; parenthesizes `node` when precedence needs it. */
export function appendCall(sourceCode: SourceCode, node: TSESTree.Node, optional: boolean): (fixer: Fixer) => Fix {
  const call = optional ? '?.()' : '()';
  // `a?.b` + `()` stays one chain (`a?.b()`), which short-circuits like the original.
  if (isParenthesized(sourceCode, node) || !needsParensForMember(node) || node.type === AST_NODE_TYPES.ChainExpression) {
    const [, end] = outerRange(sourceCode, node);
    return (fixer) => fixer.insertTextAfterRange([end, end], call);
  }
  return replaceWith(sourceCode, node, `(${sourceCode.getText(node)})${call}`);
}

/**
 * Adds statement `text` right after `statement`: next to it in a block, the module or a `switch`
 * case, or together with it in a new block where it is the lone body of an `if`, `else` or loop.
 */
export function appendStatement(sourceCode: SourceCode, statement: TSESTree.Node, text: string): ((fixer: Fixer) => Fix) | undefined {
  const parent = statement.parent;
  const semicolon = sourceCode.getLastToken(statement)?.value === ';' ? '' : ';';
  if (isInStatementList(statement) || (parent?.type === AST_NODE_TYPES.SwitchCase && parent.consequent.includes(statement as TSESTree.Statement))) {
    const separator = separatorAfter(sourceCode, statement);
    return (fixer) => fixer.insertTextAfter(statement, `${separator === ' ' ? semicolon : ''}${separator}${text}`);
  }
  const isBody =
    (parent?.type === AST_NODE_TYPES.IfStatement && (parent.consequent === statement || parent.alternate === statement)) ||
    ((parent?.type === AST_NODE_TYPES.ForStatement || parent?.type === AST_NODE_TYPES.ForInStatement || parent?.type === AST_NODE_TYPES.ForOfStatement ||
      parent?.type === AST_NODE_TYPES.WhileStatement || parent?.type === AST_NODE_TYPES.DoWhileStatement) && parent.body === statement);
  if (!isBody) return undefined;
  return (fixer) => fixer.replaceText(statement, `{ ${sourceCode.getText(statement)}${semicolon} ${text} }`);
}

/**
 * Turns a promise binding into a factory: its type annotation `T` becomes `() => T`, its
 * initializer `x` (if given) becomes `() => x`, each read `p` becomes `p()`, and each argument
 * callers pass for it becomes `() => argument`.
 */
export function rewriteAsFactory(
  sourceCode: SourceCode,
  binding: {
    type?: TSESTree.TypeNode | undefined;
    init?: TSESTree.Expression | undefined;
    reads: readonly TSESTree.Identifier[];
    /** Arguments that callers pass for the binding (a parameter): each becomes `() => argument`. */
    passed?: readonly TSESTree.Expression[];
  },
): (fixer: Fixer) => Fix[] {
  const simpleType = (node: TSESTree.TypeNode): boolean =>
    node.type === AST_NODE_TYPES.TSTypeReference || node.type === AST_NODE_TYPES.TSTypeQuery || node.type === AST_NODE_TYPES.TSArrayType;
  return (fixer) => {
    const fixes: Fix[] = [];
    const { type, init } = binding;
    if (type) {
      const text = sourceCode.getText(type);
      fixes.push(fixer.replaceText(type, simpleType(type) ? `() => ${text}` : `() => (${text})`));
    }
    if (init) {
      const text = sourceCode.getText(init);
      const wrapped = init.type === AST_NODE_TYPES.SequenceExpression || init.type === AST_NODE_TYPES.ObjectExpression ? `(${text})` : text;
      fixes.push(fixer.replaceTextRange(outerRange(sourceCode, init), `() => ${wrapped}`));
    }
    for (const read of binding.reads) fixes.push(fixer.insertTextAfter(read, '()'));
    for (const argument of binding.passed ?? []) {
      const text = sourceCode.getText(argument);
      const wrapped = argument.type === AST_NODE_TYPES.SequenceExpression || argument.type === AST_NODE_TYPES.ObjectExpression ? `(${text})` : text;
      fixes.push(fixer.replaceTextRange(outerRange(sourceCode, argument), `() => ${wrapped}`));
    }
    return fixes;
  };
}
