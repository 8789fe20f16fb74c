// Builds syntaxes/article.tmLanguage.json (what ships) from article.tmLanguage.yaml (what people
// edit): YAML keeps the regular expressions readable, and `{{name}}` variables (expanded here,
// recursively) let each piece of a pattern be written once. `--check` exits 1 when the JSON is
// out of date instead of writing it.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const source = new URL('./article.tmLanguage.yaml', import.meta.url);
const target = new URL('./article.tmLanguage.json', import.meta.url);

export function buildGrammar(yamlText) {
  const { variables = {}, ...grammar } = parse(yamlText);
  const expand = (text, depth = 0) => {
    if (depth > 10) throw new Error(`variables nest too deeply in ${text}`);
    return text.replace(/\{\{(\w+)\}\}/g, (_, name) => {
      if (!(name in variables)) throw new Error(`unknown variable {{${name}}}`);
      return expand(String(variables[name]), depth + 1);
    });
  };
  const walk = (node) => {
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, ['match', 'begin', 'end', 'while'].includes(k) && typeof v === 'string' ? expand(v) : walk(v)]));
    }
    return node;
  };
  const out = {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    information_for_contributors: ['Generated from article.tmLanguage.yaml by syntaxes/build-grammar.mjs: edit the YAML, then run `node syntaxes/build-grammar.mjs`.'],
    ...walk(grammar),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const json = buildGrammar(readFileSync(source, 'utf8'));
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== json) {
      console.error('syntaxes/article.tmLanguage.json is out of date: run node syntaxes/build-grammar.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(target, json);
    console.log('wrote syntaxes/article.tmLanguage.json');
  }
}
