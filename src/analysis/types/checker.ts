import type { TSESTree } from '@typescript-eslint/utils';
import type ts from 'typescript';

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
    isOptionalParameter: (node) => raw.isOptionalParameter(node),
    isTupleType: (type) => raw.isTupleType(type),
    isTypeAssignableTo: (source, target) => raw.isTypeAssignableTo(source, target),
    resolveName: (name, location, meaning, excludeGlobals) => raw.resolveName(name, location, meaning, excludeGlobals),
    typeToString: (type, enclosing, flags) => raw.typeToString(type, enclosing, flags),
  };
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
