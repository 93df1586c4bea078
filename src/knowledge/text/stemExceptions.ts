/**
 * Words whose Snowball stem would collide with an unrelated word, mapped to a fixed term.
 * "ouderen" (elderly) would otherwise stem to "ouder" and match every question about "ouders";
 * its term must not start with "ouder" either, or prefix search brings the collision back.
 */
export const stemExceptions: ReadonlyMap<string, string> = new Map([
  ['ouderen', 'senior'],
  ['oudere', 'senior'],
  ['bejaarden', 'senior'],
  ['senioren', 'senior'],
  ['ouderenmishandeling', 'seniormishandel'],
  // "acuut" and "acute" stem differently; both mean acute.
  ['acuut', 'acut'],
  // "weten" (to know) would stem to "wet" (the law); "week" to "wek", a prefix of "weken" in "10 weken".
  ['weten', 'kennis'],
  ['weet', 'kennis'],
  ['week', 'week'],
  // "beslist" stems apart from "beslissen" and "beslissing".
  ['beslist', 'besliss'],
]);
