#!/usr/bin/env node
// The second half of `npm run build`: bundles the bot (src/index.ts with every module it imports, dependencies
// included) into dist/bot/index.mjs, which `npm start` runs.
//
// Why a bundle: started from tsc's output, Node finds, reads and compiles some 1 550 files one by one (650 of them
// from the Bot Framework and teams-ai packages), and a start took 1.8 s; from one file the same start takes about
// 1.2 s (docs/performance.md, "Start-up"). pdfkit, imported only for a verslag as PDF, stays outside the
// bundle and is loaded from node_modules when used. Tests run the TypeScript sources; the e2e suite runs this bundle.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(projectRoot, 'dist/bot');

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [path.join(projectRoot, 'src/index.ts')],
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  keepNames: true,
  // The dependencies are CommonJS; inside an ES module bundle their require() of Node's own modules needs this.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  // pdfkit finds its fonts through its package's own import map and files next to it, which a bundle does not
  // have: it is loaded from node_modules, on the first verslag as PDF (as `await import('pdfkit')` always did).
  // whatwg-url (under node-fetch, under the Bot Framework connector) and tr46 require Node's own punycode module. Node
  // warns about that (DEP0040) only for code outside node_modules, which bundled code is: they stay in node_modules.
  external: ['pdfkit', 'whatwg-url', 'tr46'],
  logLevel: 'warning',
});
