// npm run cards (node --import tsx scripts/cards.ts [--out <file.html>]): writes the card gallery,
// one HTML page with every Adaptive Card the bot sends (samples in test/cards/samples.ts), rendered
// by the official renderer with a Teams-like host config. Open the file in a browser; it needs no network.
// Default output: test-output/cards/gallery.html (git-ignored); --out docs/cards/gallery.html for a copy to share.
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { galleryEntries, galleryHtml } from '../test/cards/galleryPage.js';
import { cardSamples } from '../test/cards/samples.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultGalleryFile = path.join(projectRoot, 'test-output/cards/gallery.html');

/** Writes the gallery page and returns where, and how many cards it shows. */
export async function writeGallery(outFile: string = defaultGalleryFile): Promise<{ file: string; cards: number }> {
  const file = path.resolve(outFile);
  const renderer = createRequire(import.meta.url).resolve('adaptivecards/dist/adaptivecards.min.js');
  const rendererSrc = path.relative(path.dirname(file), renderer).split(path.sep).join('/');
  const entries = galleryEntries(cardSamples);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, galleryHtml(entries, { rendererSrc, generatedAt: new Date() }));
  return { file, cards: entries.length };
}

function outArgument(argv: string[]): string | undefined {
  const i = argv.indexOf('--out');
  if (i === -1) return undefined;
  const value = argv[i + 1];
  if (!value) throw new Error('Gebruik: node --import tsx scripts/cards.ts [--out <bestand.html>]');
  return value;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { file, cards } = await writeGallery(outArgument(process.argv.slice(2)));
  console.log(`Kaartengalerij met ${cards} kaarten: ${pathToFileURL(file).href}`);
}
