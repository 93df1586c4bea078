import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegion } from '../../src/config.js';
import { findGemeente } from '../../src/domain/region.js';
import { demoRegionFile, playgroundConfigFile, projectRoot } from '../../scripts/lib/playgroundStack.mjs';
import { readPlaygroundConfig } from '../e2e/support/demo.js';

// The playground (0.2.28) checks its file against schema 0.1.1 with additionalProperties: false and
// refuses to start on any difference; these are that schema's keys.
const TOP_LEVEL_KEYS = ['version', 'tenantId', 'bot', 'currentUser', 'users', 'personalChat', 'groupChat', 'team'];
const USER_KEYS = ['id', 'name', 'userPrincipleName', 'aadObjectId', 'givenName', 'surname', 'email'];

const config = readPlaygroundConfig();
const demoRegion = loadRegion(path.join(projectRoot, demoRegionFile));
const realRegion = loadRegion(path.join(projectRoot, 'config/region.zuid-limburg.json'));
const userNamed = (name: string) => config.users.find((u) => u.name === name)!;

describe('.m365agentsplayground.yml', () => {
  it('is JSON (valid YAML), so scripts and tests can read it without a YAML parser', () => {
    expect(() => JSON.parse(readFileSync(playgroundConfigFile, 'utf8'))).not.toThrow();
  });

  it('has exactly the keys of the playground schema 0.1.1, with the "userPrincipleName" spelling', () => {
    expect(config.version).toBe('0.1.1');
    expect(Object.keys(config).sort()).toEqual([...TOP_LEVEL_KEYS].sort());
    expect(Object.keys(config.bot).sort()).toEqual(['id', 'name']);
    for (const user of [config.currentUser, ...config.users]) expect(Object.keys(user).sort()).toEqual([...USER_KEYS].sort());
    expect(Object.keys(config.personalChat)).toEqual(['id']);
    expect(Object.keys(config.groupChat).sort()).toEqual(['id', 'name']);
    expect(Object.keys(config.team).sort()).toEqual(['aadGroupId', 'channels', 'id', 'name']);
  });

  it('has exactly 5 other users, one extra channel, and unique user and conversation ids', () => {
    expect(config.users).toHaveLength(5);
    expect(config.team.channels).toHaveLength(1);
    const userIds = [config.currentUser.id, ...config.users.map((u) => u.id)];
    expect(new Set(userIds).size).toBe(userIds.length);
    const conversationIds = [config.personalChat.id, config.groupChat.id, config.team.id, ...config.team.channels.map((c) => c.id)];
    expect(new Set(conversationIds).size).toBe(conversationIds.length);
  });

  it('names the bot as its texts do (at most 42 characters) and the team and channel of the demo', () => {
    expect(config.bot.name).toBe('Veilig Thuis assistent');
    expect(config.bot.name.length).toBeLessThanOrEqual(42);
    expect(config.team.name).toBe('Veilig Thuis Zuid-Limburg');
    expect(config.team.channels[0]!.name).toBe('Gemeente Heerlen');
  });
});

describe('config/region.demo.json', () => {
  it('makes the playground user a Veilig Thuis coordinator and advisor', () => {
    expect(demoRegion.roles.coordinators).toContain(config.currentUser.aadObjectId);
    expect(demoRegion.roles.advisors).toContain(config.currentUser.aadObjectId);
  });

  it('has a second advisor and the Heerlen leidinggevende from the playground users', () => {
    expect(demoRegion.roles.advisors).toContain(userNamed('Maud Vossen').aadObjectId);
    expect(findGemeente(demoRegion, 'Heerlen')?.leidinggevenden).toEqual([userNamed('Ingrid Pluijmen').aadObjectId]);
  });

  it('is the Zuid-Limburg region apart from those roles and the demo’s contact people', () => {
    const withoutDemoPeople = {
      ...demoRegion,
      roles: { coordinators: [], advisors: [] },
      // The demo names playground people as Heerlen's contacts, with a handover form, to show `contactpersoon`.
      gemeenten: demoRegion.gemeenten.map(({ vasteContactpersoon: _v, bruggenbouwer: _b, overdrachtsvorm: _o, ...g }) => ({ ...g, leidinggevenden: [] })),
    };
    expect(withoutDemoPeople).toEqual(realRegion);
    expect(demoRegion.gemeenten).toHaveLength(16);
  });
});
