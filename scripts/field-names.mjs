// Every field name the code reads from data: the members of the types in src/ (options, knowledge base,
// prompts, results, saved progress, words) and the knowledge base's schema. The pollution tests put each
// on Object.prototype and Array.prototype; `npm run field-names` writes the list they use.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const OUT = 'tests/fixtures/field-names.json';

// Names the language itself reads on any object: a page that pollutes these breaks every script on it.
const PLATFORM = new Set(['value', 'writable', 'get', 'set', 'enumerable', 'configurable']);
const BUILT_IN = [Object, Array, Function, String, Number, Boolean, Promise, Error, Map, Set, RegExp, Date];
const builtIn = (name) => BUILT_IN.some((type) => name in type.prototype || name in type);

function sourceFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function typeMembers(path, names) {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const visit = (node) => {
    if ((ts.isPropertySignature(node) || ts.isMethodSignature(node)) && node.name && ts.isIdentifier(node.name)) names.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
}

function schemaKeys(value, names) {
  if (typeof value !== 'object' || value === null) return;
  if (!Array.isArray(value) && typeof value.properties === 'object') for (const key of Object.keys(value.properties)) names.add(key);
  for (const inner of Object.values(value)) schemaKeys(inner, names);
}

export function fieldNames() {
  const names = new Set();
  for (const path of sourceFiles('src')) typeMembers(path, names);
  for (const schema of ['schema/knowledge-base.schema.json', 'schema/knowledge-base-translation.schema.json']) {
    schemaKeys(JSON.parse(readFileSync(schema, 'utf8')), names);
  }
  return [...names].filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && !PLATFORM.has(name) && !builtIn(name)).sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(OUT, `${JSON.stringify(fieldNames(), null, 2)}\n`);
  console.log(`${OUT}: ${fieldNames().length} names`);
}
