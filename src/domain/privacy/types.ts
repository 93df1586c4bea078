export type PiiKind = 'bsn' | 'phone' | 'email' | 'postcode' | 'birthdate' | 'address' | 'name';

export interface PiiFinding {
  kind: PiiKind;
  match: string;
  index: number;
}

/**
 * All matches of a global regex as findings. With `group`, the finding is that capture group
 * (needs the `d` flag for its index); `accept` can veto a match.
 */
export function collectMatches(
  text: string,
  regex: RegExp,
  kind: PiiKind,
  options: { group?: number; accept?: (m: RegExpExecArray) => boolean } = {},
): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const m of text.matchAll(regex)) {
    if (options.accept && !options.accept(m)) continue;
    const group = options.group ?? 0;
    const match = m[group];
    const index = group === 0 ? m.index : m.indices?.[group]?.[0];
    if (match === undefined || index === undefined) continue;
    findings.push({ kind, match, index });
  }
  return findings;
}
