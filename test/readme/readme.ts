/** Reads the README's command tables, try-it tables and code blocks, so tests can run what it promises. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../scripts/lib/playgroundStack.mjs';

export const README = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');

export interface Table {
  /** The last heading or bold paragraph title above the table. */
  title: string;
  header: string[];
  rows: Record<string, string>[];
}

/** Every Markdown table with its title; a cell is found by its header's text. */
export function tables(markdown = README): Table[] {
  const found: Table[] = [];
  let title = '';
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading = /^#+\s+(.*)$/.exec(line) ?? /^\*\*(.+?)\*\*/.exec(line);
    if (heading) title = heading[1]!;
    if (!line.startsWith('|') || !lines[i + 1]?.startsWith('|---')) continue;
    const header = cells(line);
    const rows: Record<string, string>[] = [];
    for (i += 2; lines[i]?.startsWith('|'); i++) rows.push(Object.fromEntries(cells(lines[i]!).map((c, k) => [header[k] ?? String(k), c])));
    found.push({ title, header, rows });
  }
  return found;
}

function cells(line: string): string[] {
  return line.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/** `code` spans of a cell: what a person types. */
export function typed(cell: string | undefined): string[] {
  return [...(cell ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

/** "Quoted" texts of a cell: what the bot shows. */
export function quoted(cell: string | undefined): string[] {
  return [...(cell ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
}

/** The fenced code blocks of a language (`sh`, `json`). */
export function codeBlocks(language: string, markdown = README): string[] {
  return [...markdown.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!.replace(/^ {3}/gm, ''));
}
