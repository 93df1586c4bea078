import { describe, expect, it } from 'vitest';
import { meldcodeFlow as def } from '../../../../src/dialogs/meldcode/flow/definition.js';
import { viewOf } from '../../../../src/dialogs/meldcode/flow/engine.js';
import { readTypedAnswer } from '../../../../src/dialogs/meldcode/flow/typed.js';
import type { QuestionView } from '../../../../src/dialogs/meldcode/flow/types.js';
import { walk } from './walkHelpers.js';

const at = (sector: 'onderwijs' | 'wijkteam', ids: string[]) => viewOf(def, walk(def, sector, ids)) as QuestionView;

describe('readTypedAnswer', () => {
  it('reads ja and nee as the yes and no answers', () => {
    expect(readTypedAnswer(at('onderwijs', []), 'Ja!')).toEqual({ kind: 'choose', choiceId: 'yes' });
    expect(readTypedAnswer(at('onderwijs', []), ' nee. ')).toEqual({ kind: 'choose', choiceId: 'no' });
  });

  it('reads "weet ik niet" as the unknown or doubt answer', () => {
    expect(readTypedAnswer(at('wijkteam', ['no', 'home']), 'weet ik niet')).toEqual({ kind: 'choose', choiceId: 'unknown' });
    const afweging1 = at('onderwijs', ['no', 'home', 'injury', 'ib', 'yes', 'done']);
    expect(readTypedAnswer(afweging1, 'ik twijfel')).toEqual({ kind: 'choose', choiceId: 'doubt' });
  });

  it('reads the text of an option, or its unique beginning', () => {
    const who = at('onderwijs', ['no']);
    expect(readTypedAnswer(who, 'Een kind of volwassene: zorgen over de thuissituatie')).toEqual({ kind: 'choose', choiceId: 'home' });
    expect(readTypedAnswer(who, 'iemand praat over zelfdoding')).toEqual({ kind: 'choose', choiceId: 'suicide' });
  });

  it('reads terug, stop and annuleren, and leaves any other text to the knowledge base', () => {
    const who = at('onderwijs', ['no']);
    expect(readTypedAnswer(who, 'terug')).toEqual({ kind: 'back' });
    expect(readTypedAnswer(who, 'Annuleren')).toEqual({ kind: 'stop' });
    expect(readTypedAnswer(who, 'stop')).toEqual({ kind: 'stop' });
    expect(readTypedAnswer(who, 'wat is de kindcheck?')).toBeUndefined();
    expect(readTypedAnswer(who, 'ja')).toBeUndefined();
  });
});
