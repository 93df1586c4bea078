import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessAcuteDanger } from '../../../src/domain/acuteDanger.js';

/**
 * The blind sets that have been measured once and then tuned to (see test/fixtures/README.md for each
 * first-pass figure). They are development data: these floors keep what was won and say nothing about
 * new wording; only a fresh blind set does. Figures on 2026-12-04 after the set-F, set-I and set-J rounds,
 * and (sets L and M) in the session after, once the model could set a rule aside.
 */
const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../fixtures/understanding');
const read = (set: string, name: string) => {
  const file = path.join(dir, set, `${name}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string; text: string });
};

const floors = [
  { set: 'setB', acuteAtLeast: 66, alarmsAtMost: 0 },
  { set: 'setC', acuteAtLeast: 64, alarmsAtMost: 2 },
  { set: 'setD', acuteAtLeast: 43, alarmsAtMost: 0 },
  { set: 'setF', acuteAtLeast: 44, alarmsAtMost: 0 },
  { set: 'setI', acuteAtLeast: 33, alarmsAtMost: 0 },
  { set: 'setJ', acuteAtLeast: 22, alarmsAtMost: 0 },
  { set: 'setG', acuteAtLeast: 44, alarmsAtMost: 0 },
  { set: 'setL', acuteAtLeast: 30, alarmsAtMost: 1 },
  { set: 'setM', acuteAtLeast: 30, alarmsAtMost: 2 },
  { set: 'setQ', acuteAtLeast: 30, alarmsAtMost: 1 },
  { set: 'setS', acuteAtLeast: 30, alarmsAtMost: 2 },
  { set: 'setU', acuteAtLeast: 30, alarmsAtMost: 0 },
  { set: 'setX', acuteAtLeast: 30, alarmsAtMost: 1 },
  // Held out until its first pass on 2026-12-04 (30/30, 1 alarm); not training data.
  { set: 'heldOutAD', acuteAtLeast: 30, alarmsAtMost: 1 },
  // Held out until its first pass on 2026-12-04 (29/30, 1 alarm); then tuned to.
  { set: 'heldOutAE', acuteAtLeast: 30, alarmsAtMost: 0 },
  // Held out until its first pass on 2026-12-04 (30/30, 2 alarms); then tuned to.
  { set: 'heldOutAF', acuteAtLeast: 30, alarmsAtMost: 0 },
  // Held out until its first pass on 2026-12-04 (30/30, 1 alarm); then tuned to.
  { set: 'heldOutAG', acuteAtLeast: 30, alarmsAtMost: 0 },
  // Measured once on 2026-12-04 (30/30, no alarm) and not tuned to.
  { set: 'heldOutAH', acuteAtLeast: 30, alarmsAtMost: 0 },
  // Measured once on 2026-12-05 (29/30, no alarm); then tuned to.
  { set: 'heldOutAL', acuteAtLeast: 30, alarmsAtMost: 0 },
  // Measured once on 2026-12-05 (20/20, 1 alarm); then tuned to.
  { set: 'heldOutAN', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-05 (15/15); then tuned to.
  { set: 'heldOutAR', acuteAtLeast: 15, alarmsAtMost: 0 },
  // Measured once on 2026-12-05 (20/20) on ebbb1fa; not tuned to.
  { set: 'heldOutAW', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-05 (10/10, 1 alarm) on 19da01f; then tuned to.
  { set: 'heldOutBB', acuteAtLeast: 10, alarmsAtMost: 0 },
  // Measured once on 2026-12-05 (12/12, 2 alarms) on dfb097a; then tuned to.
  { set: 'heldOutAY', acuteAtLeast: 12, alarmsAtMost: 1 },
  // Measured once on 2026-12-05 (2 alarms of 20) on 231ca93; then tuned to.
  { set: 'heldOutAX', acuteAtLeast: 0, alarmsAtMost: 0 },
  // Measured once on 2026-12-05 on a42f0d8 (20/20, 2 alarms; 20/20, 2 alarms; 10/10, 1 alarm); then tuned to.
  { set: 'heldOutBC', acuteAtLeast: 20, alarmsAtMost: 0 },
  { set: 'heldOutBD', acuteAtLeast: 20, alarmsAtMost: 0 },
  { set: 'heldOutBH', acuteAtLeast: 10, alarmsAtMost: 0 },
  // Measured once on 2026-12-05 on 75f26b5 (20/20 and 10/10, no alarm).
  { set: 'heldOutBI', acuteAtLeast: 20, alarmsAtMost: 0 },
  { set: 'heldOutBJ', acuteAtLeast: 10, alarmsAtMost: 0 },
  // Measured once on 2026-12-05 on df98cba (19/20, 1 alarm); then tuned to.
  { set: 'heldOutBM', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-05 on 5fa399b (20/20, 1 alarm); then tuned to.
  { set: 'heldOutBP', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-05 on 438120f (20/20, 3 alarms; 20/20, 1 alarm); then tuned to.
  { set: 'heldOutBS', acuteAtLeast: 20, alarmsAtMost: 0 },
  { set: 'heldOutBV', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-05 on 831c477 (20/20, 1 alarm); then tuned to.
  { set: 'heldOutBY', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-05 on 233c056 (20/20, 3 alarms; 19/20, no alarm); then tuned to.
  { set: 'heldOutCB', acuteAtLeast: 20, alarmsAtMost: 0 },
  { set: 'heldOutCC', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-05 on 50a3b4d (20/20, 1 alarm); then tuned to.
  { set: 'heldOutCH', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-05 on f104f44 (20/20, 6 alarms: its writer put time words in calm messages); then tuned to.
  { set: 'heldOutCL', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-05 on b1e0214 (20/20, 3 alarms); then tuned to.
  { set: 'heldOutCP', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-05 on 4711f4f (20/20, 2 alarms); then tuned to.
  { set: 'heldOutCS', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-05 on c3360ab (19/20, 2 alarms); then tuned to.
  { set: 'heldOutCV', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 on 977204c (19/20, no alarm); then tuned to.
  { set: 'heldOutCY', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 on 3cc3c03 (19/20, 2 alarms); then tuned to.
  { set: 'heldOutDC', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 on 3b87c54 (20/20, 3 alarms: its writer put harmless time words in calm messages; 20/20, no alarm); then tuned to.
  { set: 'heldOutDG', acuteAtLeast: 20, alarmsAtMost: 0 },
  { set: 'heldOutDK', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 on ee4022b (20/20, 1 alarm; 20/20, no alarm); then tuned to.
  { set: 'heldOutDN', acuteAtLeast: 20, alarmsAtMost: 0 },
  { set: 'heldOutDO', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 on 60c821e (19/20, 1 alarm); then tuned to.
  { set: 'heldOutDT', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 on f2e907d (19/20, no alarm); then tuned to.
  { set: 'heldOutDZ', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 on 4bfaf00 (19/20, no alarm); then tuned to.
  { set: 'heldOutED', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 on a54a5f1 (20/20, no alarm).
  { set: 'heldOutEH', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 on f276bd7 (20/20, no alarm); not tuned to.
  { set: 'heldOutEL', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 on f0f7cd2 (20/20, 1 alarm: a youth film shown in class); then its alarm was used.
  { set: 'heldOutEM', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 on 0af2bbd (20/20, no alarm).
  { set: 'heldOutEQ', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 on 224ad04 (18/20, 1 alarm: a stabbing in a school play); then tuned to.
  { set: 'heldOutEU', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 on 3bcf08c (18/20, no alarm: a boy who texted he would go to the viaduct while still in class, four children alone since Friday); then tuned to.
  { set: 'heldOutEY', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 on dc83af8 (20/20, no alarm); development data since.
  { set: 'heldOutFC', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 on ee91a45 (20/20, 1 alarm: a film night about a teenager's suicide); then tuned to.
  { set: 'heldOutFG', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 on 8e4b3f6 (20/20, no alarm; 113 missing for a father taking 'zichzelf en de kinderen' with him); then tuned to.
  { set: 'heldOutFK', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 on 0b94c04 (20/20, no alarm); development data since.
  { set: 'heldOutFO', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 on ffe4736 (20/20, no alarm); development data since.
  { set: 'heldOutFS', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 (second session) on 25b8d4d (20/20, no alarm); development data since.
  { set: 'heldOutFW', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 (second session) on 9dd420e (20/20, no alarm); development data since.
  { set: 'heldOutGA', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 (second session) on 22100c0 (20/20, no alarm; 113 missing for a mother who would 'er met z'n drieën uit gaan'); then tuned to.
  { set: 'heldOutGE', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 (second session) on 52b4b0c (20/20, no alarm); development data since.
  { set: 'heldOutGI', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 (second session) on 39709f6 (20/20, no alarm); development data since.
  { set: 'heldOutGM', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 (second session) on c55036e (20/20, no alarm); development data since.
  { set: 'heldOutGQ', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 (second session) on 29abdb5 (18/20, no alarm: 'schiet ik ze allebei neer', a daughter who 'wel zal zien of hij zijn mond houdt' this weekend); then tuned to.
  { set: 'heldOutGU', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 (second session) on c7a0b37 (20/20, no alarm); development data since.
  { set: 'heldOutGY', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 (third session) on bf0ea8c (19/20, no alarm; missed: a message wholly in Kerkrade dialect, read as German); development data since.
  { set: 'heldOutHC', acuteAtLeast: 19, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 (third session) on 62932f4 (20/20, one alarm: a former pupil who once cut herself and is doing fine); then tuned to.
  { set: 'heldOutHG', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 (third session) on 889f52f (19/20, no alarm: missed 'vanavond ga je met mijn vriend mee … je weet wat je me nog schuldig bent', seen 'per ongeluk'); then tuned to.
  { set: 'heldOutHK', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 (third session) on d1516a8 (20/20, one alarm: a grip round the throat last winter, reported at once); then tuned to.
  { set: 'heldOutHO', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 (third session) on 80a8637 (20/20, one alarm: a horror story written for a Dutch lesson, with a boy who "net" finished Goosebumps; still one).
  { set: 'heldOutHS', acuteAtLeast: 20, alarmsAtMost: 1 },
  // Measured once on 2026-12-06 (third session) on 3d3e863 (20/20, no alarm); development data since.
  { set: 'heldOutHW', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 (third session) on 7f550b3 (20/20, one alarm: a melding Veilig Thuis 'heeft overgenomen' last week; 113 missing for a 'tuinslang' on the exhaust); then tuned to.
  { set: 'heldOutIA', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 (fourth session) on 44d56ad (19/20, no alarm: a woman who, in Zuid-Limburg dialect, 'dörf neet trök' was missed); then tuned to.
  { set: 'heldOutIE', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 (fourth session) on 5edb0e6 (20/20, no alarm); development data since.
  { set: 'heldOutII', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 (fourth session) on 1eb3dd4 (19/20, no alarm: two boys a father left in Turkey, beaten there, read as a case that is over because he 'alleen is teruggekomen'); then tuned to.
  { set: 'heldOutIM', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 (fourth session) on 064382d (20/20, no alarm; 113 missing for 'ik kan het niet meer, vanavond stop ik ermee'); then tuned to.
  { set: 'heldOutIQ', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 (fourth session) on c4e6fc4 (20/20, no alarm; 113 missing for a boy who cut deep into his arm and 'wil er gewoon niet meer zijn'); then tuned to.
  { set: 'heldOutIU', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-06 (fourth session) on 9bcae40 (19/20, no alarm: a girl of 14 who phones from a toilet, 'uitgeleend' to men and not allowed out); then tuned to.
  { set: 'heldOutIY', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (fifth session) on 3412de4 (20/20, no alarm, 113 3/3); then used as development data.
  { set: 'heldOutJC', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (fifth session) on a9c2c11 (19/20, no alarm: a trip 'om het meisje rein te maken' not read as cutting); then tuned to.
  { set: 'heldOutJG', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (fifth session) on 4afdae5 (19/20, one alarm: a drunk husband due home at 2 a.m. who beat her 'vorig jaar' read as the past; a question about handing out the verklaring tegen meisjesbesnijdenis read as a departure); then tuned to.
  { set: 'heldOutJK', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (fifth session) on c3b8371 (20/20, no alarm, 113 2/2); then used as development data.
  { set: 'heldOutJO', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (fifth session) on 247e073 (20/20, no alarm, 113 3/3); not tuned to in this session.
  { set: 'heldOutJS', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (sixth session) on 362c6de (20/20, one alarm, 113 3/3); then used as development data.
  { set: 'heldOutJW', acuteAtLeast: 20, alarmsAtMost: 1 },
  // Measured once on 2026-12-07 (sixth session) on 362c6de and again, still unseen, on 6f9e709 (20/20, no alarm, 113 3/3 both times).
  { set: 'heldOutKA', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (sixth session) on caac434 (19/20, one alarm, 113 2/2); then used as development data.
  { set: 'heldOutKE', acuteAtLeast: 19, alarmsAtMost: 1 },
  // Measured once on 2026-12-07 (sixth session) on e64e335 (20/20, no alarm, 113 3/3); then used as development data.
  { set: 'heldOutKI', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (sixth session) on 89213d2 (19/20, no alarm, 113 2/2); then used as development data.
  { set: 'heldOutKM', acuteAtLeast: 19, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (sixth session) on fd6cac5 (20/20, no alarm, 113 2/2); then used as development data.
  { set: 'heldOutKQ', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (sixth session) on 255daa0 (20/20, no alarm, 113 2/2); then used as development data.
  { set: 'heldOutKU', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (seventh session) on 9253e7a (19/20, no alarm, 113 3/3); then used as development data.
  { set: 'heldOutKY', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (seventh session) on 0053093 (19/20, one alarm, 113 3/3); then used as development data.
  { set: 'heldOutLC', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (seventh session) on 42ccaec (20/20, no alarm, 113 3/3); then used as development data.
  { set: 'heldOutLG', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (seventh session) on 78eb433 (20/20, no alarm, 113 2/2); then used as development data.
  { set: 'heldOutLK', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (seventh session) on 6e096a0 (20/20, one alarm, 113 3/3); then used as development data.
  { set: 'heldOutLO', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (seventh session) on 1fbc8c0 (20/20, no alarm, 113 2/3); then used as development data.
  { set: 'heldOutLS', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (seventh session) on 340d72b (19/20, one alarm, 113 1/3); then used as development data.
  { set: 'heldOutLW', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (seventh session) on 6348af8 (20/20, no alarm, 113 2/2); then used as development data.
  { set: 'heldOutMA', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (seventh session) on 8abd05d (20/20, one alarm, 113 3/3); then used as development data.
  { set: 'heldOutME', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (seventh session) on 0331462 (20/20, no alarm, 113 3/3); then used as development data.
  { set: 'heldOutMI', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (seventh session) on 7782f50 (19/20, no alarm, 113 3/3); then used as development data.
  { set: 'heldOutMM', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (eighth session) on 99e02a5 (20/20, no alarm, 113 2/2); then used as development data.
  { set: 'heldOutMQ', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (eighth session) on b50ef55 (20/20, no alarm, 113 2/2); then used as development data.
  { set: 'heldOutMU', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (eighth session) on a7ecc81 (20/20, no alarm, 113 3/3); then used as development data.
  { set: 'heldOutMY', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (eighth session) on b6e9520 (20/20, no alarm, 113 3/3); then used as development data.
  { set: 'heldOutNC', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (eighth session) on 879c9a7 (20/20, one alarm, 113 3/3); then used as development data.
  { set: 'heldOutNG', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (eighth session) on 879d328 (20/20, no alarm, 113 2/2); then used as development data.
  { set: 'heldOutNK', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (ninth session) on 80d9abf (20/20, no alarm, 113 2/2); then used as development data.
  { set: 'heldOutNO', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (ninth session) on 80d9abf (20/20, no alarm, 113 3/3); then used as development data.
  { set: 'heldOutNS', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (ninth session) on eb5f3de (19/20, no alarm, 113 3/3); then used as development data.
  { set: 'heldOutNW', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (ninth session) on 799623a (19/20, no alarm, 113 3/3); then used as development data.
  { set: 'heldOutOA', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (ninth session) on 38edf5d (20/20, no alarm, 113 2/2); then used as development data.
  { set: 'heldOutOE', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (ninth session) on 4db71c6 (20/20, no alarm, 113 2/2); then used as development data.
  { set: 'heldOutOI', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (ninth session) on 20eb629 (20/20, one alarm, 113 2/2); then used as development data.
  { set: 'heldOutOM', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (ninth session) on 8d59cfe (20/20, no alarm, 113 2/2); then used as development data.
  { set: 'heldOutOQ', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (tenth session) on 85b3be3 (20/20, no alarm, 113 3/3); then used as development data.
  { set: 'heldOutOU', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (tenth session) on 85b3be3 (20/20, no alarm, 113 3/3); then used as development data.
  { set: 'heldOutOY', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (tenth session) on 80dc3c6 (20/20, two alarms, 113 3/3); then used as development data.
  { set: 'heldOutPC', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (tenth session) on 80dc3c6 (20/20, one alarm, 113 2/2); then used as development data.
  { set: 'heldOutPG', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (tenth session) on 5a53d59 (19/20, no alarm, 113 2/2); then used as development data.
  { set: 'heldOutPK', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (tenth session) on 3a194c1 (20/20, one alarm, 113 3/3); then used as development data.
  { set: 'heldOutPO', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (eleventh session) on aba0aab (20/20, no alarm, 113 3/3); then used as development data.
  { set: 'heldOutPW', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (eleventh session) on d5d876b (20/20, no alarm, 113 3/3); then used as development data.
  { set: 'heldOutQA', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (eleventh session) on 6e9817c (20/20, no alarm, 113 2/3); then used as development data.
  { set: 'heldOutQE', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (eleventh session) on 3ea1635 (20/20, no alarm, 113 2/2); then used as development data.
  { set: 'heldOutQI', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (eleventh session) on 1deff04 (19/20, no alarm, 113 3/3); then used as development data.
  { set: 'heldOutQM', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (eleventh session) on 94d71b7 (20/20, one alarm, 113 2/2); then used as development data.
  { set: 'heldOutQQ', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (eleventh session) on b603c52 (20/20, no alarm, 113 3/3); then used as development data.
  { set: 'heldOutQU', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (eleventh session) on ac98e8e (19/20, no alarm, 113 2/2); then used as development data.
  { set: 'heldOutQY', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (eleventh session) on e472033 (19/20, no alarm, 113 2/3); then used as development data.
  { set: 'heldOutRC', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (twelfth session) on cc3106b (20/20, no alarm, 113 3/3); then used as development data.
  { set: 'heldOutRG', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (twelfth session) on cc3106b (20/20, no alarm, 113 2/2); then used as development data.
  { set: 'heldOutRK', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (twelfth session) on 78a0b1b (19/20, no alarm, 113 3/3); then used as development data.
  { set: 'heldOutRO', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (twelfth session) on 80b76cf (19/20, no alarm, 113 2/2); then used as development data.
  { set: 'heldOutRP', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (twelfth session) on 2198b1b (20/20, no alarm, 113 2/3); then used as development data.
  { set: 'heldOutRT', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-07 (thirteenth session) on ca6f073 (20/20, no alarm, 113 3/3); then used as development data.
  { set: 'heldOutRX', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-08 (thirteenth session) on 52f393f (20/20, one alarm, 113 2/2); then used as development data.
  { set: 'heldOutSB', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-08 (thirteenth session) on ce470f1 (20/20, no alarm, 113 2/2); then used as development data.
  { set: 'heldOutSF', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-08 (thirteenth session) on 1e90206 (20/20, no alarm, 113 3/3); then used as development data.
  { set: 'heldOutSJ', acuteAtLeast: 20, alarmsAtMost: 0 },
  // Measured once on 2026-12-08 (thirteenth session) on 04e7adf (20/20, no alarm, 113 2/2); then used as development data.
  { set: 'heldOutSN', acuteAtLeast: 20, alarmsAtMost: 0 },
];

describe.each(floors)('acute danger on development set $set', ({ set, acuteAtLeast, alarmsAtMost }) => {
  it(`recognises at least ${acuteAtLeast} acute messages`, () => {
    const missed = read(set, 'acute').filter((m) => !assessAcuteDanger(m.text).acute);
    expect(read(set, 'acute').length - missed.length, missed.map((m) => m.id).join(', ')).toBeGreaterThanOrEqual(acuteAtLeast);
  });

  it(`raises the alarm on at most ${alarmsAtMost} calm or knowledge questions`, () => {
    const alarms = [...read(set, 'calm'), ...read(set, 'knowledge')].filter((m) => assessAcuteDanger(m.text).acute);
    expect(alarms.length, alarms.map((m) => m.id).join(', ')).toBeLessThanOrEqual(alarmsAtMost);
  });
});

describe('acute danger guards', () => {
  it('keeps quiet on a training, a book, a series, a statistic and a "stel dat" question (set C)', () => {
    for (const id of ['C-calm-01', 'C-calm-05', 'C-calm-13', 'C-calm-18', 'C-calm-38', 'C-calm-43', 'C-calm-47', 'C-calm-49']) {
      const m = read('setC', 'calm').find((r) => r.id === id)!;
      expect(assessAcuteDanger(m.text).acute, m.text).toBe(false);
    }
  });

  it('keeps quiet on children at play, a history lesson, a denied thought and a case that was dealt with', () => {
    for (const text of [
      'Bram (4) speelde vanochtend met de blokken \'opsluiten\': hij bouwde een gevangenis voor de dino\'s. Is dit gewoon normaal spel?',
      'We behandelen in groep 8 de Tweede Wereldoorlog en een leerling vroeg of mensen in de onderduik opgesloten zaten.',
      'Vader met een depressie (geen suïcidale gedachten volgens zijn psych) heeft twee kleine kinderen. Moet ik de kindcheck doen?',
      'Het meisje dat bang was om naar huis te gaan is vorige week uit huis geplaatst. Hoe vertel ik de klas waarom ze er niet meer is?',
      'is er een poster met de 5 stappen van de meldcode die we in de teamkamer kunnen ophangen',
      "collega riep vanochtend 'ik vermoord je als je nog 1x de laatste koffie pakt' haha. vraagje over de AVG",
      'gisteren een docu gezien over partnergeweld: klopt het dat zoveel vrouwen ooit gewurgd worden?',
    ]) {
      expect(assessAcuteDanger(text).acute, text).toBe(false);
    }
  });

  it('still raises the alarm on a plan told while laughing, and on danger that is "niet als grapje"', () => {
    expect(assessAcuteDanger('Ze zei dat ze zondag stopt met alles. Ze heeft een doosje oxazepam klaarstaan. Ze lachte erbij.').acute).toBe(true);
    expect(assessAcuteDanger("jongere zegt 'als ik thuiskom ben ik dood'. niet als grapje, zn broer zoekt hem al de hele dag.").acute).toBe(true);
  });

  it('still raises the alarm when a child at play names a parent and tonight', () => {
    expect(assessAcuteDanger('Tijdens het spelen in de poppenhoek zei ze dat papa haar vanavond weer opsluit in de kelder.').acute).toBe(true);
  });
});
