/**
 * "Eens" on a triage card as another person, for the Agents Playground. A card the bot posts lives in
 * one playground only, and the playground has no user switcher, so the other side of the triagetafel
 * clicks through the playground's own "Mock an Activity → Custom activity" endpoint: the same invoke
 * Teams sends for an Action.Execute, with that person in `from`. The bot answers it like any click and
 * updates the card in the playground that shows it.
 *
 * The card's message id and the proposal come from the bot's embedded store in the playground's data
 * folder (read only; the demo never runs on PostgreSQL).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PlaygroundConfigFile, PlaygroundUser } from './playgroundUsers.js';

type StoredRecord = Record<string, unknown>;

/** One collection of the embedded store as it is on disk now: the snapshot with its journal applied. */
export function readCollection(dataDir: string, name: string): Map<string, StoredRecord> {
  const records = new Map<string, StoredRecord>();
  const snapshot = path.join(dataDir, `${name}.json`);
  if (existsSync(snapshot)) {
    const snap = JSON.parse(readFileSync(snapshot, 'utf8')) as { records: Record<string, StoredRecord> };
    for (const [id, value] of Object.entries(snap.records)) records.set(id, value);
  }
  const journal = path.join(dataDir, `${name}.journal`);
  if (existsSync(journal)) {
    for (const line of readFileSync(journal, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      let m: { op: string; id: string; value?: StoredRecord };
      try {
        m = JSON.parse(line) as typeof m;
      } catch {
        continue; // a line being written right now
      }
      if (m.op === 'put' && m.value) records.set(m.id, m.value);
      if (m.op === 'del') records.delete(m.id);
    }
  }
  return records;
}

export interface AgreeOptions {
  /** e.g. http://localhost:56150: the playground that shows the card. */
  playgroundUrl: string;
  dataDir: string;
  config: PlaygroundConfigFile;
  user: PlaygroundUser;
  reference: string;
}

/** Sends `user`'s "Eens met dit voorstel" on the triage card of `reference`; throws with a reason a developer can act on. */
export async function agreeAs(o: AgreeOptions): Promise<void> {
  const posted = readCollection(o.dataDir, 'outbox').get(`triage:${o.reference}`);
  const c = readCollection(o.dataDir, 'cases').get(o.reference) as { triage?: { proposal?: { option: string; at: string } } } | undefined;
  if (!posted?.sentActivityId || typeof posted.sentConversationId !== 'string') throw new Error(`no triage card for ${o.reference} has been posted (is its gemeente a triagetafel, and is its channel linked?)`);
  const proposal = c?.triage?.proposal;
  if (!proposal) throw new Error(`${o.reference} has no proposal to agree with yet: propose on the card first`);
  const channelId = posted.sentConversationId.split(';')[0]!;
  const activity = {
    type: 'invoke',
    name: 'adaptiveCard/action',
    channelId: 'msteams',
    serviceUrl: `${o.playgroundUrl}/_connector`,
    from: { id: o.user.id, name: o.user.name, aadObjectId: o.user.aadObjectId },
    recipient: { id: o.config.bot.id, name: o.config.bot.name },
    conversation: { id: posted.sentConversationId, conversationType: 'channel', isGroup: true, tenantId: o.config.tenantId },
    replyToId: posted.sentActivityId,
    channelData: { tenant: { id: o.config.tenantId }, team: { id: o.config.team.id }, channel: { id: channelId } },
    value: { action: { type: 'Action.Execute', verb: 'triage.agree', data: { verb: 'triage.agree', reference: o.reference, option: proposal.option, proposedAt: proposal.at } } },
  };
  const res = await fetch(`${o.playgroundUrl}/_internal/v1/customActivities`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
  if (!res.ok) throw new Error(`the playground refused the custom activity (${res.status})`);
}
