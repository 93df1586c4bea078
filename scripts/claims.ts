import { writeFileSync } from 'node:fs';
import { renderClaimsRegister } from '../src/knowledge/content/claims.js';
import { loadKnowledge } from '../src/knowledge/load.js';

/** Writes docs/claims.md, the claims register generated from the facts and the article metadata. */
const target = new URL('../docs/claims.md', import.meta.url);
writeFileSync(target, renderClaimsRegister(loadKnowledge().articles));
console.log(`Wrote ${target.pathname}`);
