/**
 * In the bundle, scripts/package.mjs maps some modules to stand-ins (src/bundle/lazy-*.ts) that
 * serve what their importers use today and load the real module on first use. An importer that
 * needs more (a new version of @actions/core, a new import in src/) would find `undefined` there,
 * in the bundle only, and only on the run that reaches it. So for each mapped module this finds
 * every importer the bundle can reach (src/ and the installed production dependencies) and checks
 * that the stand-in exports every name they import and, for its classes, has every member they
 * use. The stand-ins' behaviour is tested through the bundle (e2e/roles, e2e/proxy) and on its
 * own (lazy-undici.test.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

/** Each mapped specifier and the stand-in it goes to, as scripts/package.mjs maps them. */
function standInMappings(): Map<string, string> {
  const text = readFileSync(join(ROOT, 'scripts', 'package.mjs'), 'utf8');
  const mappings = new Map<string, string>();
  for (const [, quoted, bare, file] of text.matchAll(
    /(?:'([^']+)'|([\w$]+)): \['\.\/action\/bundle\/(lazy-[\w-]+)\.js'\]/g,
  ))
    mappings.set(quoted ?? bare!, join(ROOT, 'src', 'bundle', `${file}.ts`));
  return mappings;
}

/** The package a specifier names: `@actions/http-client` for `@actions/http-client/lib/auth`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** The installed packages the action depends on, directly or not (Node's lookup, no dev ones). */
function productionPackages(): string[] {
  const found = new Set<string>();
  const lookUp = (name: string, from: string): string | undefined => {
    for (let dir = from; ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', name);
      if (existsSync(join(candidate, 'package.json'))) return candidate;
      if (dir === dirname(dir)) return undefined;
    }
  };
  const visit = (dir: string) => {
    if (found.has(dir)) return;
    found.add(dir);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    for (const name of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
      const at = lookUp(name, dir);
      if (at) visit(at);
    }
  };
  visit(ROOT);
  found.delete(ROOT);
  return [...found];
}

function sourceFiles(dir: string, pattern: RegExp, files: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, pattern, files);
    else if (pattern.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

const OPTIONS: ts.CompilerOptions = {
  allowJs: true,
  noEmit: true,
  noLib: true,
  types: [],
  skipLibCheck: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
};

/**
 * A program over `files` that resolves only the imports `follow` accepts (by specifier and
 * importing file), without the default library: the type checker then reads the mapped modules'
 * declarations and nothing else (not Octokit's, not the AWS SDK's), in seconds.
 */
function declarationsOnly(
  files: string[],
  follow: (specifier: string, from: string) => boolean,
): ts.Program {
  const host = ts.createCompilerHost(OPTIONS);
  host.resolveModuleNameLiterals = (literals, from, redirected, options) =>
    literals.map((literal) =>
      follow(literal.text, from)
        ? ts.resolveModuleName(literal.text, from, options, host, undefined, redirected)
        : { resolvedModule: undefined },
    );
  return ts.createProgram(files, OPTIONS, host);
}

/** What the importers use: `names` by specifier, `members` (`Class.member`) by package. */
interface Uses {
  names: Map<string, Map<string, string>>;
  members: Map<string, Map<string, string>>;
}

/**
 * Every file of src/ (but the stand-ins) and of the production packages (but the mapped packages'
 * own files) that imports a mapped specifier, statically, dynamically or with require(); the
 * names each takes from it, and the members of the module's classes it uses, which the type
 * checker finds however the instance reached it (a local, a function's result).
 */
function findUses(specifiers: string[]): Uses {
  const mappedPackages = [...new Set(specifiers.map(packageOf))];
  const packageHolding = (file: string) =>
    mappedPackages.find((name) => file.includes(`/node_modules/${name}/`));
  // A mapped package's own files are not its importers (the real @actions/http-client is
  // undici's, though).
  const importedBy = (file: string) =>
    specifiers.filter((s) => packageOf(s) !== packageHolding(file));
  const importers = [
    ...sourceFiles(join(ROOT, 'src'), /\.ts$/).filter((f) => !f.includes('/src/bundle/')),
    ...productionPackages().flatMap((dir) => sourceFiles(dir, /\.[cm]?js$/)),
  ].filter((file) => {
    const text = readFileSync(file, 'utf8');
    return importedBy(file).some((s) => text.includes(`'${s}'`) || text.includes(`"${s}"`));
  });
  const program = declarationsOnly(
    importers,
    (specifier, from) => specifiers.includes(specifier) || packageHolding(from) !== undefined,
  );
  const checker = program.getTypeChecker();
  const uses: Uses = { names: new Map(), members: new Map() };
  const add = (into: Map<string, Map<string, string>>, key: string, name: string, file: string) => {
    const names = into.get(key) ?? new Map<string, string>();
    into.set(key, names);
    if (!names.has(name)) names.set(name, relative(ROOT, file));
  };
  for (const file of importers) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${file} is not in the program`);
    const use = (specifier: string, name: string) => add(uses.names, specifier, name, file);
    const own = packageHolding(file);
    const mapped = importedBy(file);
    const specifierOf = (node: ts.Node | undefined) =>
      node && ts.isStringLiteralLike(node) && mapped.includes(node.text) ? node.text : undefined;
    // Names bound to the whole module: `import * as m`, `const m = require(…)`,
    // `const m = await import(…)`.
    const wholeModule = new Map<string, string>();
    const bindResult = (specifier: string, call: ts.Node) => {
      let node = call;
      while (
        ts.isAwaitExpression(node.parent) ||
        ts.isParenthesizedExpression(node.parent) ||
        ts.isAsExpression(node.parent) ||
        (ts.isCallExpression(node.parent) && node.parent.arguments.includes(node as ts.Expression))
      )
        node = node.parent;
      const parent = node.parent;
      if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name))
        wholeModule.set(parent.name.text, specifier);
      else if (ts.isVariableDeclaration(parent) && ts.isObjectBindingPattern(parent.name))
        for (const element of parent.name.elements)
          use(specifier, (element.propertyName ?? element.name).getText(source));
      else if (ts.isPropertyAccessExpression(parent)) use(specifier, parent.name.text);
      else use(specifier, '*');
    };
    const bindings = (node: ts.Node): void => {
      // Type-only imports are compiled away: they need nothing at run time.
      if (
        ts.isImportDeclaration(node) &&
        specifierOf(node.moduleSpecifier) &&
        !node.importClause?.isTypeOnly
      ) {
        const specifier = specifierOf(node.moduleSpecifier)!;
        const clause = node.importClause;
        if (clause?.name) use(specifier, 'default');
        const named = clause?.namedBindings;
        if (named && ts.isNamespaceImport(named)) wholeModule.set(named.name.text, specifier);
        else if (named)
          for (const element of named.elements)
            if (!element.isTypeOnly) use(specifier, (element.propertyName ?? element.name).text);
      } else if (
        ts.isExportDeclaration(node) &&
        node.moduleSpecifier &&
        specifierOf(node.moduleSpecifier)
      ) {
        const specifier = specifierOf(node.moduleSpecifier)!;
        if (node.exportClause && ts.isNamedExports(node.exportClause))
          for (const element of node.exportClause.elements)
            use(specifier, (element.propertyName ?? element.name).text);
        else use(specifier, '*');
      } else if (
        ts.isCallExpression(node) &&
        node.arguments.length === 1 &&
        specifierOf(node.arguments[0]) &&
        (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
          (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
      )
        bindResult(specifierOf(node.arguments[0])!, node);
      ts.forEachChild(node, bindings);
    };
    bindings(source);
    const accesses = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        if (ts.isIdentifier(node.expression) && wholeModule.has(node.expression.text))
          use(wholeModule.get(node.expression.text)!, node.name.text);
        const symbol = checker.getSymbolAtLocation(node.name);
        const parent = (symbol as (ts.Symbol & { parent?: ts.Symbol }) | undefined)?.parent;
        const declared = symbol?.declarations?.[0]?.getSourceFile().fileName ?? '';
        const owner = packageHolding(declared);
        if (owner && owner !== own && parent && parent.flags & ts.SymbolFlags.Class)
          add(uses.members, owner, `${parent.name}.${symbol!.name}`, file);
      }
      ts.forEachChild(node, accesses);
    };
    accesses(source);
  }
  return uses;
}

/** What a stand-in serves: its exports and, for each exported class, its members. */
function served(file: string): { exports: Set<string>; members: Map<string, Set<string>> } {
  const program = declarationsOnly([file], () => false);
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  const exports = checker.getExportsOfModule(module);
  const members = new Map<string, Set<string>>();
  for (const symbol of exports) {
    if (!(symbol.flags & ts.SymbolFlags.Class)) continue;
    const instance = checker.getDeclaredTypeOfSymbol(symbol).getProperties();
    const statics = checker
      .getTypeOfSymbolAtLocation(symbol, symbol.valueDeclaration!)
      .getProperties();
    members.set(symbol.name, new Set([...instance, ...statics].map((m) => m.name)));
  }
  return { exports: new Set(exports.map((s) => s.name)), members };
}

describe('the stand-ins serve every importer the bundle can reach', () => {
  const mappings = standInMappings();
  const standIns = [...new Set(mappings.values())].map((file) => ({
    name: relative(ROOT, file),
    file,
    specifiers: [...mappings].filter(([, f]) => f === file).map(([s]) => s),
  }));
  let uses: Uses;
  beforeAll(() => {
    uses = findUses([...mappings.keys()]);
  }, 120_000);

  it('maps some modules to stand-ins', () => {
    expect(standIns.length).toBeGreaterThan(0);
  });

  it.each(standIns)('$name', ({ file, specifiers }) => {
    const { exports, members } = served(file);
    const missing: string[] = [];
    for (const specifier of specifiers) {
      const names = uses.names.get(specifier);
      // A mapping no importer reaches is one to remove from scripts/package.mjs.
      expect(names, `no importer of ${specifier} found`).toBeDefined();
      for (const [name, importer] of names!)
        if (!exports.has(name)) missing.push(`${specifier}: ${name} (${importer})`);
    }
    for (const pkg of new Set(specifiers.map(packageOf)))
      for (const [member, importer] of uses.members.get(pkg) ?? []) {
        const [owner, name] = member.split('.');
        const has = members.get(owner!);
        if (has && !has.has(name!)) missing.push(`${pkg}: ${member} (${importer})`);
      }
    expect(missing).toEqual([]);
  });
});
