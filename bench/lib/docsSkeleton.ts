/**
 * docs/performance.md as the bench writes it when the file (or its generated block) is missing.
 * Later runs replace only the block between the markers, so the analysis written by hand stays.
 */
export function performanceDocSkeleton(block: string): string {
  return `# Performance

\`npm run bench\` measures this bot against two baselines and writes the figures below and
bench/results.json. It is not part of \`npm test\`. On a quiet 2-core machine it takes about six
minutes; other work on the machine makes it slower and its figures worse (the tables say how much).

Options (environment): \`BENCH_QUICK=1\` (a short trial run that writes nothing), \`BENCH_ONLY=turns,profile,memory,startup,knowledge,advice,routeertafel\`,
\`BENCH_PROFILE=auto|always|never\` (auto: only when the bot misses a turn goal), \`BENCH_WAIT_QUIET=<s>\`
(first wait up to that long until other processes leave the cores idle), \`BENCH_DATABASE_URL\`
(default: \`DATABASE_URL\`, else \`postgresql://postgres@127.0.0.1:5432/test\`).

## How it measures

- **Processes.** bench/run.ts is the load generator. The loopback Bot Connector of the tests runs in
  its own process (bench/connectorProcess.ts; its call recorder is replaced by counters, so its
  memory stays flat). Every target runs in its own process: a bare restify endpoint
  (bench/baselines/bareRestify.ts), a bare echo bot on the bot's adapter and server setup
  (bench/baselines/echoBot.ts: TeamsAdapter, restify, the same body parser; it replies with the
  text through the connector) and this bot (bench/targets/bot.ts: \`loadConfig\` → store →
  \`createAdapter\` → \`startBot\`, \`LOG_LEVEL=silent\`, \`SCHEDULER=off\`, local mode).
- **Fresh state.** Each start of the bot gets a new temporary \`DATA_DIR\` (lowdb) or a new database
  (PostgreSQL: \`CREATE DATABASE vt_bench_…\`, dropped afterwards; leftovers of an interrupted run are
  dropped by the next one).
- **Message turns.** Closed loop: 32 keep-alive connections, each sending its next activity when the
  previous one is answered; 2 s warm-up (longer when needed, until every user has had a first turn), then
  10 s measured. Every target gets the same activity, a
  personal-chat message "Wat zijn signalen van verwaarlozing?", spread over 1 000 users (1 000
  personal conversations). A failed turn is a non-2xx answer, a socket error or no answer in 30 s.
  *CPU ms/turn* is the target process's CPU time (from /proc) divided by the measured turns; it is the
  figure least disturbed by other work on the machine. *DB CPU* is the PostgreSQL server's. *Loop
  blocked max* is the longest event-loop delay in the target. *Other load* is CPU used by processes
  outside the bench during the window.
- **Profile.** When the bot misses a turn goal, the bot and the echo bot are run once more under the
  same load with \`node --cpu-prof\`; only samples inside the measured window count. Each busy sample
  goes to one bucket (the first that matches a frame on its stack: card templating, knowledge
  search, store, safety checks, the reply to the connector, adapter, teams-ai, HTTP server, GC).
- **Memory.** A separate bot process (\`--expose-gc\`) answers 5 000 and then 5 000 more of the same
  turns; after each, a full GC and \`process.memoryUsage()\`.
- **Start-up.** Time from spawning \`node --import tsx bench/targets/bot.ts\` to the first 200 from
  /healthz (polled every 10 ms), median of 3, each on a fresh store; the phases come from the bot
  process itself.
- **Knowledge search.** bench/knowledge.ts: \`answerQuestion\` over the 140 test questions, 20 rounds.
- **Advice.** A coordinator links the Veilig Thuis channel; 20 professionals (distinct users) each
  send 5 questions through the form (Action.Execute \`advice.submit\`), the next when the previous
  ticket card is posted. Measured from sending the invoke to the connector receiving the ticket card
  (\`POST /v3/conversations\` with "Adviesvraag #n"); before that, one professional asks 10 questions
  250 ms apart (the path without queueing).
- **Routeertafel.** The \`bench*\` functions of bench/routeertafel.ts (owned by the routeertafel work)
  are called and their figures shown as returned.

## Results

${block}

## Analysis

(Written by hand after a run: what takes a turn's time and what would lift the ceiling.)
`;
}
