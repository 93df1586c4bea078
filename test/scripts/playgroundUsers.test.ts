import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegion } from '../../src/config.js';
import { demoRegionFile, projectRoot } from '../../scripts/lib/playgroundStack.mjs';
import { configAs, findUser, roleLabel } from '../../scripts/lib/playgroundUsers.js';
import { bannerLines, type BannerFacts } from '../../scripts/lib/playgroundBanner.js';
import { readPlaygroundConfig } from '../e2e/support/demo.js';

const config = readPlaygroundConfig();
const region = loadRegion(path.join(projectRoot, demoRegionFile));

describe('a second playground as another user (npm run playground -- --as <name>)', () => {
  it('finds a user by first name, full name or id, in any case', () => {
    expect(findUser(config, 'lotte')?.name).toBe('Lotte Janssen');
    expect(findUser(config, 'Ruud Bemelmans')?.givenName).toBe('Ruud');
    expect(findUser(config, 'USER-MAUD-VOSSEN')?.name).toBe('Maud Vossen');
    expect(findUser(config, 'nobody')).toBeUndefined();
  });

  it('makes that user the current one, keeps the other five in the team, and gives them a personal chat of their own', () => {
    const lotte = configAs(config, findUser(config, 'lotte')!);
    expect(lotte.currentUser.name).toBe('Lotte Janssen');
    expect(lotte.users).toHaveLength(5);
    expect(lotte.users.map((u) => u.name)).toContain('Sanne Hendriks');
    expect(lotte.personalChat.id).not.toBe(config.personalChat.id);
    expect(lotte.team).toEqual(config.team);
    expect(Object.keys(lotte).sort()).toEqual(Object.keys(config).sort());
  });

  it('says what the demo region lets each user do', () => {
    expect(roleLabel(region, config.currentUser)).toBe('Veilig Thuis coordinator and Veilig Thuis advisor');
    expect(roleLabel(region, findUser(config, 'maud')!)).toBe('Veilig Thuis advisor');
    expect(roleLabel(region, findUser(config, 'ingrid')!)).toBe('leidinggevende of Heerlen');
    expect(roleLabel(region, findUser(config, 'lotte')!)).toBe('professional, no Veilig Thuis role');
  });
});

describe('the playground banner', () => {
  const facts: BannerFacts = {
    playgroundUrl: 'http://localhost:56150',
    botUrl: 'http://127.0.0.1:3978',
    dataDir: './.playground',
    you: 'Sanne Hendriks (Veilig Thuis coordinator and Veilig Thuis advisor)',
    botName: 'Veilig Thuis assistent',
    intakeToken: { value: 'demo-token-of-at-least-24-chars', demo: true },
    demo: {
      links: [
        { channelName: 'General', label: 'Veilig Thuis', outcome: 'linked' },
        { channelName: 'Gemeente Heerlen', label: 'gemeente Heerlen', outcome: 'already' },
      ],
      cases: [{ reference: 'VT-DEMO-0001', outcome: 'created' }],
    },
    others: ['lotte', 'ruud'],
  };

  it('says what is ready, the demo token and what to type first', () => {
    const text = bannerLines(facts).join('\n');
    expect(text).toContain('channel "General" is linked as Veilig Thuis');
    expect(text).toContain('channel "Gemeente Heerlen" is linked as gemeente Heerlen');
    expect(text).toContain('VT-DEMO-0001');
    expect(text).toContain('Bearer demo-token-of-at-least-24-chars');
    expect(text).toContain('Type first, in Personal Chat: wat doe ik bij een signaal?');
    expect(text).toContain('--as <name>   (lotte, ruud)');
  });

  it('says nothing is linked, and how to link, when no demo was prepared; and never prints a token of your own', () => {
    const text = bannerLines({ ...facts, intakeToken: { value: 'my-own-secret-token-000000000', demo: false }, demo: { skipped: 'not-demo', links: [], cases: [] } }).join('\n');
    expect(text).toContain('Nothing is linked by this script');
    expect(text).toContain('koppel veilig thuis');
    expect(text).not.toContain('is linked as');
    expect(text).not.toContain('my-own-secret-token');
  });
});
