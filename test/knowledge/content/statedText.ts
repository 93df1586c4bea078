import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { loadKnowledge } from '../../../src/knowledge/load.js';

/** One piece of user-facing text and the place that states it. */
export interface StatedText {
  place: string;
  text: string;
}

const root = new URL('../../../', import.meta.url).pathname;

/** Marks where a template literal interpolates a value, so numbers from the facts module do not count as written. */
const interpolated = '{…}';

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => join(dir, file));
}

/** The text of every string and template literal in a TypeScript file, with interpolations marked. */
function literalsOf(file: string): StatedText[] {
  const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest);
  const found: StatedText[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push({ place: file, text: node.text });
    if (ts.isTemplateExpression(node)) {
      const text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(interpolated);
      found.push({ place: file, text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every string value in a JSON card template. */
function stringsOfJson(file: string): StatedText[] {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(JSON.parse(readFileSync(join(root, file), 'utf8')));
  return strings.map((text) => ({ place: file, text }));
}

/** Code that reads text (detectors, privacy guard) rather than states facts to the user. */
const notUserText = ['src/domain/acuteDanger.ts', 'src/domain/privacy/', 'src/domain/understanding/'];

/** All text the bot can show (and the search keywords): articles, the walk, card templates, app and feature texts, and the facts module. */
export function allStatedText(): StatedText[] {
  const articles = loadKnowledge().articles.flatMap((article) =>
    [article.title, article.summary, article.body, ...article.keywords].map((text) => ({ place: `article ${article.id}`, text })),
  );
  const tsFiles = ['src/dialogs', 'src/cards', 'src/app']
    .flatMap((dir) => filesUnder(dir, '.ts'))
    .concat('src/domain/facts.ts', 'src/domain/constants.ts')
    .filter((file) => !notUserText.some((skip) => file.startsWith(skip)));
  const templates = filesUnder('src/cards/templates', '.json');
  return [...articles, ...tsFiles.flatMap(literalsOf), ...templates.flatMap(stringsOfJson)].map((stated) => ({
    ...stated,
    place: relative(root, join(root, stated.place)) || stated.place,
  }));
}
