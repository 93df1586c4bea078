import { describe, expect, it } from 'vitest';
import { decideCommand, parseCommand, type CommandContext } from '../../../src/dialogs/routeertafel/commands.js';
import { testRegion } from '../../domain/cases/fixtures.js';

const region = testRegion(); // coordinator aad-coordinator, advisor aad-advisor
const vt = { kind: 'veilig-thuis' as const, adviceTeam: 'veilig-thuis' };
const heerlen = { kind: 'gemeente' as const, gemeente: 'Heerlen' };
const ctx = (over: Partial<CommandContext>): CommandContext => ({ region, placeKind: 'channel', link: undefined, aadObjectId: 'aad-someone', ...over });

describe('routeertafel commands', () => {
  it('reads the five commands, in any case and spacing, and nothing else', () => {
    expect(parseCommand(' Nieuwe   Overdracht ')).toBe('nieuwe-overdracht');
    expect(parseCommand('agenda')).toBe('agenda');
    expect(parseCommand('AGENDA versturen')).toBe('agenda-versturen');
    expect(parseCommand('agenda  nu versturen')).toBe('agenda-nu-versturen');
    expect(parseCommand('cijfers')).toBe('cijfers');
    expect(parseCommand('agenda morgen')).toBeUndefined();
  });

  it('opens the intake form only for Veilig Thuis staff in the Veilig Thuis channel', () => {
    expect(decideCommand('nieuwe-overdracht', ctx({ link: vt, aadObjectId: 'aad-advisor' }))).toEqual({ kind: 'intake-form' });
    expect(decideCommand('nieuwe-overdracht', ctx({ link: heerlen, aadObjectId: 'aad-advisor' }))).toMatchObject({ kind: 'refuse', text: expect.stringContaining('Veilig Thuis-kanaal') });
    expect(decideCommand('nieuwe-overdracht', ctx({ link: vt }))).toMatchObject({ kind: 'refuse', text: expect.stringContaining('Alleen adviseurs') });
  });

  it('previews a gemeente’s agenda in its own channel, lets only a coordinator send it, and shows figures only to VT staff in VT places', () => {
    expect(decideCommand('agenda', ctx({ link: heerlen }))).toEqual({ kind: 'preview', gemeente: 'Heerlen' });
    expect(decideCommand('agenda', ctx({ link: vt }))).toMatchObject({ kind: 'refuse' });
    expect(decideCommand('agenda-versturen', ctx({ aadObjectId: 'aad-coordinator', placeKind: 'personal' }))).toEqual({ kind: 'send', early: false });
    expect(decideCommand('agenda-nu-versturen', ctx({ aadObjectId: 'aad-coordinator', placeKind: 'personal' }))).toEqual({ kind: 'send', early: true });
    expect(decideCommand('agenda-nu-versturen', ctx({ aadObjectId: 'aad-advisor', placeKind: 'personal' }))).toMatchObject({ kind: 'refuse' });
    expect(decideCommand('agenda-versturen', ctx({ aadObjectId: 'aad-advisor' }))).toMatchObject({ kind: 'refuse' });
    expect(decideCommand('cijfers', ctx({ aadObjectId: 'aad-advisor', placeKind: 'personal' }))).toEqual({ kind: 'figures' });
    expect(decideCommand('cijfers', ctx({ aadObjectId: 'aad-advisor', link: heerlen }))).toMatchObject({ kind: 'refuse' });
    expect(decideCommand('cijfers', ctx({ link: vt }))).toMatchObject({ kind: 'refuse' });
  });
});
