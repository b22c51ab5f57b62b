import type { TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';

import type { Analysis } from '../context.js';
import { getOrCreate } from '../memo.js';

/*
 * The `types/` folder is everything asked of the TypeScript checker: the facade (this module), union
 * members and opaque types (`members.ts`), promise, thenable, signal and settled-result types
 * (`thenables.ts`) and compiler options (`program-options.ts`).
 */

/*
 * The checker facade: the one door through which rules and analysis modules ask the TypeScript
 * checker anything. One facade per Program, so every rule and file linted against that Program
 * shares its caches. Its surface is deliberately the handful of checker members the analysis
 * needs: a second checker implementation (TypeScript 7 through typescript-eslint's tsgo backend)
 * plugs in here, and members it lacks are worked around here, not in the modules.
 *
 * Guard: some generic instantiations overflow the checker's stack on the first request
 * (microsoft/TypeScript#63441) and succeed on the second. Types and signatures are therefore
 * asked at most twice; a type that fails both times counts as `any`, a signature as unresolved,
 * which no rule reports on.
 */

/** The checker members the analysis uses, plus the guarded, cached type and signature questions. */
export interface Checker extends Pick<
  ts.TypeChecker,
  | 'getAliasedSymbol'
  | 'getAnyType'
  | 'getApparentType'
  | 'getAwaitedType'
  | 'getBaseConstraintOfType'
  | 'getContextualType'
  | 'getIndexInfosOfType'
  | 'getNonNullableType'
  | 'getPropertiesOfType'
  | 'getPropertyOfType'
  | 'getReturnTypeOfSignature'
  | 'getSymbolAtLocation'
  | 'getTypeArguments'
  | 'getTypeFromTypeNode'
  | 'getTypeOfSymbol'
  | 'getTypeOfSymbolAtLocation'
  | 'getTypePredicateOfSignature'
  | 'isArrayType'
  | 'isOptionalParameter'
  | 'isTupleType'
  | 'isTypeAssignableTo'
  | 'resolveName'
  | 'typeToString'
> {
  readonly program: ts.Program;
  /** The type at a TypeScript node, asked once per node, guarded. */
  typeOfTsNode(node: ts.Node): ts.Type;
  /** The signature a call, `new`, tagged template or decorator resolves to, guarded; `undefined` when it cannot be resolved. */
  resolvedSignature(node: ts.CallLikeExpression): ts.Signature | undefined;
}

/** Retries `ask` once on the checker's stack overflow; `undefined` when both attempts overflow. */
function guarded<T>(ask: () => T): T | undefined {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      return ask();
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  return undefined;
}

function createChecker(program: ts.Program): Checker {
  const raw: ts.TypeChecker = program.getTypeChecker();
  const nodeTypes = new WeakMap<ts.Node, ts.Type>();
  return {
    program,
    typeOfTsNode(node) {
      let type = nodeTypes.get(node);
      if (!type) {
        type = guarded(() => raw.getTypeAtLocation(node)) ?? raw.getAnyType();
        nodeTypes.set(node, type);
      }
      return type;
    },
    resolvedSignature: (node) => guarded(() => raw.getResolvedSignature(node)),
    getAliasedSymbol: (symbol) => raw.getAliasedSymbol(symbol),
    getAnyType: () => raw.getAnyType(),
    getApparentType: (type) => raw.getApparentType(type),
    getAwaitedType: (type) => raw.getAwaitedType(type),
    getBaseConstraintOfType: (type) => raw.getBaseConstraintOfType(type),
    getContextualType: (node) => raw.getContextualType(node),
    getIndexInfosOfType: (type) => raw.getIndexInfosOfType(type),
    getNonNullableType: (type) => raw.getNonNullableType(type),
    getPropertiesOfType: (type) => raw.getPropertiesOfType(type),
    getPropertyOfType: (type, name) => raw.getPropertyOfType(type, name),
    getReturnTypeOfSignature: (signature) => raw.getReturnTypeOfSignature(signature),
    getSymbolAtLocation: (node) => raw.getSymbolAtLocation(node),
    getTypeArguments: (type) => raw.getTypeArguments(type),
    getTypeFromTypeNode: (node) => raw.getTypeFromTypeNode(node),
    getTypeOfSymbol: (symbol) => raw.getTypeOfSymbol(symbol),
    getTypeOfSymbolAtLocation: (symbol, node) => raw.getTypeOfSymbolAtLocation(symbol, node),
    getTypePredicateOfSignature: (signature) => raw.getTypePredicateOfSignature(signature),
    isArrayType: (type) => raw.isArrayType(type),
    isOptionalParameter,
    isTupleType: (type) => raw.isTupleType(type),
    isTypeAssignableTo: (source, target) => raw.isTypeAssignableTo(source, target),
    resolveName: (name, location, meaning, excludeGlobals) => raw.resolveName(name, location, meaning, excludeGlobals),
    typeToString: (type, enclosing, flags) => raw.typeToString(type, enclosing, flags),
  };
}

/**
 * `isOptionalParameter`, answered from the declaration instead of the checker (the tsgo backend has
 * no such member, and both backends must answer alike): `x?`, or a default or rest parameter with
 * only optional parameters after it, as TypeScript counts a signature's minimum argument count.
 * JSDoc-only optionality (`@param {T=}` in JavaScript) is not seen.
 */
function isOptionalParameter(node: ts.ParameterDeclaration): boolean {
  if (node.questionToken !== undefined) return true;
  if (node.initializer === undefined && node.dotDotDotToken === undefined) return false;
  const siblings = node.parent.parameters;
  return siblings
    .slice(siblings.indexOf(node) + 1)
    .every((later) => later.questionToken !== undefined || later.initializer !== undefined || later.dotDotDotToken !== undefined);
}

/** The node whose leading comment documents `declaration`: the statement of `const f = () => …`. */
function documentedNode(declaration: ts.Node): ts.Node {
  let node = declaration;
  while (
    node.parent !== undefined &&
    (((node.kind === ts.SyntaxKind.ArrowFunction || node.kind === ts.SyntaxKind.FunctionExpression) &&
      node.parent.kind === ts.SyntaxKind.VariableDeclaration) ||
      node.kind === ts.SyntaxKind.VariableDeclaration ||
      node.kind === ts.SyntaxKind.VariableDeclarationList)
  ) {
    node = node.parent;
  }
  return node;
}

/**
 * The text after each `@throws` or `@exception` tag in the `/** The ambient module (`declare module 'x'`) a declaration sits in, if any. */
export function ambientModuleOf(declaration: ts.Node): string | undefined {
  for (let node: ts.Node | undefined = declaration.parent; node; node = node.parent) {
    if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) return node.name.text;
    if (ts.isClassLike(node) || ts.isInterfaceDeclaration(node)) return undefined; // a member, not a module export
  }
  return undefined;
}

/** … *\/` comments before a
 * declaration (`{TypeError} if a segment is not a string`). Read from the source text rather than
 * from the checker's JSDoc, because the tsgo backend's tags lose the `{Type}` part and its JSDoc
 * nodes have no tag names: both backends must answer alike.
 */
export function documentedThrows(declaration: ts.Node): string[] {
  const node = documentedNode(declaration);
  const text = node.getSourceFile().text;
  const tags: string[] = [];
  for (const range of ts.getLeadingCommentRanges(text, node.pos) ?? []) {
    const comment = text.slice(range.pos, range.end);
    if (!comment.startsWith('/**')) continue;
    const body = comment.slice(3, -2).replace(/^[ \t]*\*[ \t]?/gm, '');
    for (const match of body.matchAll(/@(?:throws|exception)\b([^@]*)/g)) tags.push((match[1] ?? '').trim());
  }
  return tags;
}

/** What a Program and its checker say about three numbers every rule relies on. */
export interface ProgramProbe {
  /** `kind` of one of the Program's source files. */
  sourceFileKind: number | undefined;
  /** `flags` of the checker's `string` and `number` types. */
  stringFlags: number;
  numberFlags: number;
}

/**
 * Three numbers of the Program that tell which copy of TypeScript built it (`typescript-support.ts`
 * compares them with the plugin's own copy): a source file's kind, the `string` and `number` types'
 * flags. One root file, not `getSourceFiles()`: the tsgo adapter would wrap every file for that.
 */
export function programProbe(program: ts.Program): ProgramProbe {
  const checker = program.getTypeChecker();
  const [root] = program.getRootFileNames();
  return {
    sourceFileKind: root === undefined ? undefined : program.getSourceFile(root)?.kind,
    stringFlags: checker.getStringType().flags,
    numberFlags: checker.getNumberType().flags,
  };
}

/**
 * Which backend built the Program: typescript-eslint's tsgo adapter (TypeScript 7.1 through
 * `@typescript/native`) makes the Program members it lacks throwing getters; classic programs have
 * plain methods.
 */
export function backendOf(program: ts.Program): 'classic' | 'tsgo' {
  const member = Object.getOwnPropertyDescriptor(program, 'getTypeCount');
  return member?.get === undefined ? 'classic' : 'tsgo';
}

const checkers = new WeakMap<ts.Program, Checker>();

/** The checker facade of the services' Program (one per Program). */
export function checkerOf(analysis: Analysis): Checker {
  return getOrCreate(checkers, analysis.services.program, () => createChecker(analysis.services.program));
}

/** The type of an ESTree node, through the facade (asked once per node and Program). */
export function typeOf(analysis: Analysis, node: TSESTree.Node): ts.Type {
  return checkerOf(analysis).typeOfTsNode(analysis.services.esTreeNodeToTSNodeMap.get(node));
}

/**
 * True when `symbol` is declared, and only, in TypeScript's default lib files: the global
 * `Promise`, `Error` or `Function`, not a local class of that name nor a lib type a project's
 * `.d.ts` augments.
 */
export function isDefaultLibSymbol(analysis: Analysis, symbol: ts.Symbol | undefined): boolean {
  const declarations = symbol?.declarations ?? [];
  return (
    declarations.length > 0 &&
    declarations.every((declaration) => analysis.services.program.isSourceFileDefaultLibrary(declaration.getSourceFile()))
  );
}
