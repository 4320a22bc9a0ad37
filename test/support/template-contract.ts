// The tags each built-in template must use, read from the data contract (src/core/documents/template-data.ts)
// with the TypeScript checker, and the tags a template actually uses, resolved the way the engine does.
import { resolve } from 'node:path';
import ts from 'typescript';

export const templateDataFile = resolve(__dirname, '../../src/core/documents/template-data.ts');

/** text: printed with {{path}}; flag: a boolean for {{#path}} / {{^path}}; list: looped with {{#path}}. */
export type TagKind = 'text' | 'flag' | 'list';

/**
 * Every path an interface of the contract provides, in the engine's notation (DESIGN.md "The template
 * engine"): "header.dateLine", the list "decisions" and its item fields "decisions.number".
 */
export function contractTags(interfaceName: string, file = templateDataFile): Map<string, TagKind> {
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  const symbol =
    module === undefined
      ? undefined
      : checker.getExportsOfModule(module).find((s) => s.name === interfaceName);
  if (symbol === undefined) throw new Error(`${file} exports no ${interfaceName}`);
  const tags = new Map<string, TagKind>();
  const walk = (type: ts.Type, prefix: string): void => {
    for (const property of checker.getPropertiesOfType(type)) {
      const path = prefix === '' ? property.name : `${prefix}.${property.name}`;
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (declaration === undefined) throw new Error(`${path} has no declaration`);
      const propertyType = checker.getNonNullableType(
        checker.getTypeOfSymbolAtLocation(property, declaration),
      );
      if (propertyType.flags & ts.TypeFlags.StringLike) tags.set(path, 'text');
      else if (propertyType.flags & ts.TypeFlags.BooleanLike) tags.set(path, 'flag');
      else if (checker.isArrayType(propertyType)) {
        tags.set(path, 'list');
        const item = checker.getTypeArguments(propertyType as ts.TypeReference)[0];
        if (item !== undefined && !(item.flags & ts.TypeFlags.StringLike)) walk(item, path);
      } else if (propertyType.flags & ts.TypeFlags.Object) walk(propertyType, path);
      else
        throw new Error(
          `${path}: type ${checker.typeToString(propertyType)} is not text, flag, list or record`,
        );
    }
  };
  walk(checker.getDeclaredTypeOfSymbol(symbol), '');
  return tags;
}

export interface TagUsage {
  /** Contract paths the template uses. */
  readonly used: ReadonlySet<string>;
  /** Tags that resolve to no contract path, as written. */
  readonly unknown: readonly string[];
  /** Structural problems: unclosed blocks, stray or crossed closing tags, loops over non-lists. */
  readonly errors: readonly string[];
}

interface OpenBlock {
  readonly raw: string;
  /** The name its closing tag must carry ("if" for {{#if x}}). */
  readonly close: string;
  /** Set for loops: the list's contract path, a scope for the tags inside. */
  readonly list?: string;
}

/** Tags of a text: every "{{…}}". */
export function tagsOf(text: string): string[] {
  return text.match(/\{\{[^{}]*\}\}/g) ?? [];
}

/** Resolves each tag against the contract: names inside a loop first against its item, then outwards. */
export function tagUsage(
  tags: readonly string[],
  contract: ReadonlyMap<string, TagKind>,
): TagUsage {
  const used = new Set<string>();
  const unknown: string[] = [];
  const errors: string[] = [];
  const stack: OpenBlock[] = [];
  const lookup = (name: string): string | undefined => {
    const scopes = stack
      .flatMap((block) => (block.list === undefined ? [] : [block.list]))
      .reverse();
    return [...scopes, '']
      .map((scope) => (scope === '' ? name : `${scope}.${name}`))
      .find((path) => contract.has(path));
  };
  const use = (raw: string, name: string): string | undefined => {
    const path = lookup(name);
    if (path === undefined) unknown.push(raw);
    else used.add(path);
    return path;
  };
  for (const raw of tags) {
    const body = raw.slice(2, -2).trim();
    if (body.startsWith('#if ')) {
      use(raw, body.slice(4).trim());
      stack.push({ raw, close: 'if' });
    } else if (body.startsWith('#') || body.startsWith('^')) {
      const name = body.slice(1).trim();
      const path = use(raw, name);
      const isList = path !== undefined && contract.get(path) === 'list';
      if (body.startsWith('^') && isList) errors.push(`${raw}: an inverted block over a list`);
      stack.push(
        body.startsWith('#') && isList ? { raw, close: name, list: path } : { raw, close: name },
      );
    } else if (body.startsWith('/')) {
      const name = body.slice(1).trim();
      const open = stack.pop();
      if (open === undefined) errors.push(`${raw} closes nothing`);
      else if (open.close !== name) errors.push(`${raw} closes ${open.raw}`);
    } else if (body !== '.') use(raw, body);
  }
  for (const open of stack) errors.push(`${open.raw} is never closed`);
  return { used, unknown, errors };
}
