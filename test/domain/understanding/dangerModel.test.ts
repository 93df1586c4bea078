import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessAcuteDanger } from '../../../src/domain/acuteDanger.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const modelFile = path.join(root, 'src/domain/understanding/dangerModel.json');

describe('the acute-danger model', () => {
  it('is the model the training script makes from the blind sets, so a changed set cannot leave a stale model behind', () => {
    const shipped = readFileSync(modelFile, 'utf8');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/trainDanger.ts'], { cwd: root, stdio: 'pipe' });
    expect(readFileSync(modelFile, 'utf8')).toBe(shipped);
  }, 180_000);

  it('reads danger in wording no rule names, and says so in general words', () => {
    const text = 'kind uit groep 4 kwam binnen met een grote brandwond op haar onderarm, zegt dat mama er het strijkijzer op drukte omdat ze stout was. mama komt haar om 12 uur halen';
    expect(assessAcuteDanger(text)).toEqual({ acute: true, signals: ['danger-described'], urgency: 'possible' });
  });

  it('adds the suicide signal (and so 113) when the model reads danger in a message about ending a life', () => {
    const text = "leerling appte me net 'sorry juf ik ben er morgen niet meer, heb alles al klaarliggen'. ze is vandaag ziek gemeld. wat doe ik??";
    expect(assessAcuteDanger(text).signals).toContain('suicide');
  });

  it('leaves calm questions, jokes and English messages to the other readers', () => {
    expect(assessAcuteDanger('Sem riep vandaag ik vermoord je tegen zijn broertje bij memory, allebei lachend. gewoon even genoteerd').acute).toBe(false);
    expect(assessAcuteDanger('wie heeft het formulier voor de kindcheck? staat de procedure op intranet?').acute).toBe(false);
    expect(assessAcuteDanger('her ex is at the door and she is scared, the kids are inside').signals).not.toContain('danger-described');
  });
});
