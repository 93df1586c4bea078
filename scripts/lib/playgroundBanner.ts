/**
 * What `npm run playground` prints once everything runs: where to go, who you are, what is ready and
 * what to type first. It says plainly when nothing was prepared, so nobody assumes a link that is not there.
 */
import type { DemoReport } from './demoData.js';

export interface BannerFacts {
  playgroundUrl: string;
  botUrl: string;
  dataDir: string;
  /** "Sanne Hendriks (Veilig Thuis coordinator and Veilig Thuis advisor)" */
  you: string;
  botName: string;
  /** The intake token the bot runs with, and whether it is the demo's own. */
  intakeToken: { value: string; demo: boolean } | undefined;
  demo: DemoReport;
  /** Given names of the other users, for `--as`. */
  others: string[];
}

const SKIP_REASONS: Record<NonNullable<DemoReport['skipped']>, string> = {
  database: 'DATABASE_URL is set; the demo only writes to its own embedded data folder',
  'not-demo': 'the data folder holds data that is not marked as demo data',
};

export function bannerLines(f: BannerFacts): string[] {
  const mention = `@${f.botName}`;
  const lines = ['', `Agents Playground: ${f.playgroundUrl}`, `  You are ${f.you}.`, `  Bot: ${f.botUrl} (local mode, demo region), data in ${f.dataDir}`];
  const linked = f.demo.links.filter((l) => l.outcome !== 'refused');
  if (f.demo.skipped || linked.length === 0) {
    lines.push(
      `  Demo data: not prepared${f.demo.skipped ? ` (${SKIP_REASONS[f.demo.skipped]})` : ''}. Nothing is linked by this script:`,
      `    in General type "${mention} koppel veilig thuis", in "Gemeente Heerlen" "${mention} koppel Heerlen".`,
    );
  } else {
    lines.push('  Ready (demo data, fictional):');
    for (const l of linked) lines.push(`    - channel "${l.channelName}" is linked as ${l.label}`);
    const cases = f.demo.cases.filter((c) => c.outcome !== 'invalid').map((c) => c.reference);
    if (cases.length > 0) lines.push(`    - demo handovers on the next agenda: ${cases.join(', ')}`);
  }
  if (f.intakeToken) {
    lines.push(`    - intake API: POST ${f.botUrl}/api/cases with "Authorization: Bearer ${f.intakeToken.demo ? f.intakeToken.value : '$INTAKE_API_TOKEN'}"`);
  }
  lines.push(
    '  Type first, in Personal Chat: wat doe ik bij een signaal?',
    `  Then: "advies vragen" (Personal Chat), "${mention} agenda" in "Gemeente Heerlen" (in a channel, type @Veilig and pick the bot).`,
    `  Be someone else: npm run playground -- --as <name>   (${f.others.join(', ')}): a second playground on the same bot.`,
    '  Step by step: README.md, "Probeer het zelf". Ctrl+C stops the bot and the playground.',
    '',
  );
  return lines;
}
