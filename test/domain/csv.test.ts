import { describe, expect, it } from 'vitest';
import { MAX_CSV_ROWS, parseCsv, validateCaseRows } from '../../src/domain/csv.js';
import { testRegion } from './cases/fixtures.js';

const region = testRegion();
const TODAY = '2026-11-20';
const HEADER = 'reference;gemeente;route;urgent;meldingOn;beoordeeldOn;summary;veiligheidsplan;betrokkenenGeinformeerd;vtContact';

function row(reference: string, overrides: Partial<Record<'gemeente' | 'route' | 'urgent' | 'meldingOn' | 'summary', string>> = {}): string {
  const r = { gemeente: 'Heerlen', route: 'directe-overdracht', urgent: 'nee', meldingOn: '2026-11-16', summary: 'Zorgen over opvoeding', ...overrides };
  return [reference, r.gemeente, r.route, r.urgent, r.meldingOn, '2026-11-18', r.summary, 'ja', 'ja', 'Frontoffice VT'].join(';');
}

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, keeping physical line numbers', () => {
    const text = 'a;b;c\r\n"x;y";"zei ""nee""";"regel 1\r\nregel 2"\r\nlaatste;;\r\n';
    expect(parseCsv(text)).toEqual({
      ok: true,
      delimiter: ';',
      records: [
        { line: 1, fields: ['a', 'b', 'c'] },
        { line: 2, fields: ['x;y', 'zei "nee"', 'regel 1\nregel 2'] },
        { line: 4, fields: ['laatste', '', ''] },
      ],
    });
  });

  it('detects a comma delimiter from the header and drops a byte order mark', () => {
    expect(parseCsv('\uFEFFa,b\n1,"2;3"')).toEqual({ ok: true, delimiter: ',', records: [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2;3'] }] });
  });

  it('skips blank lines and lines of only delimiters but keeps counting them', () => {
    const parsed = parseCsv('a;b\n\n;;\n1;2\n');
    expect(parsed.ok && parsed.records.map((r) => r.line)).toEqual([1, 4]);
  });

  it('reports an unclosed quote on the line where it opened', () => {
    expect(parseCsv('a;b\n1;"open\nnog steeds open')).toEqual({ ok: false, line: 2, message: 'Een veld tussen aanhalingstekens wordt niet afgesloten.' });
  });

  it('reports text after a closing quote', () => {
    expect(parseCsv('a;b\n"1"x;2')).toMatchObject({ ok: false, line: 2 });
  });
});

describe('validateCaseRows', () => {
  it('accepts a spreadsheet export with ja/nee, Dutch dates, CRLF and a BOM', () => {
    const text = '\uFEFF' + [HEADER, row('VT-1', { gemeente: 'maastricht', urgent: 'JA' }), row('VT-2', { meldingOn: '16-11-2026' })].join('\r\n') + '\r\n';
    const result = validateCaseRows(region, text, TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows.map((r) => [r.reference, r.gemeente, r.urgent, r.meldingOn, r.veiligheidsplan])).toEqual([
      ['VT-1', 'Maastricht', true, '2026-11-16', true],
      ['VT-2', 'Heerlen', false, '2026-11-16', true],
    ]);
  });

  it('reports every bad row with its physical line, also after a summary that spans lines', () => {
    const text = [
      HEADER,
      row('VT-1', { summary: '"Eerste regel\nTweede regel"' }), // lines 2–3
      row('VT-2', { gemeente: 'Venlo' }), // line 4
      row('VT-3'), // line 5
      row('VT-4', { urgent: 'misschien', summary: 'Mail naar ouder@voorbeeld.nl' }), // line 6
    ].join('\n');
    const result = validateCaseRows(region, text, TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.line, p.field])).toEqual([
      [4, 'gemeente'],
      [6, 'urgent'],
      [6, 'summary'],
    ]);
    expect(result.problems[2]!.message).not.toContain('ouder@voorbeeld.nl');
  });

  it('reports a reference that occurs twice on its later line', () => {
    const result = validateCaseRows(region, [HEADER, row('VT-1'), row('VT-2'), row('vt-1')].join('\n'), TODAY);
    expect(result).toEqual({
      ok: false,
      problems: [{ line: 4, field: 'reference', message: 'Het VT-registratienummer vt-1 staat ook op regel 2.' }],
    });
  });

  it('reports missing and unknown columns on the header line, accepting any case', () => {
    const header = HEADER.replace('vtContact', 'contactpersoon').replace('reference', 'REFERENCE');
    const result = validateCaseRows(region, [header, row('VT-1')].join('\n'), TODAY);
    expect(result).toMatchObject({
      ok: false,
      problems: [
        { line: 1, message: expect.stringContaining('Onbekende kolom "contactpersoon"') },
        { line: 1, field: 'vtContact', message: 'De kolom vtContact ontbreekt.' },
      ],
    });
  });

  it('reports a row with more values than columns, and treats missing trailing values as empty', () => {
    const result = validateCaseRows(region, [HEADER, `${row('VT-1')};extra`, row('VT-2').split(';').slice(0, 9).join(';')].join('\n'), TODAY);
    expect(result).toMatchObject({
      ok: false,
      problems: [
        { line: 2, message: 'Deze regel heeft 11 waarden; de kopregel heeft 10 kolommen.' },
        { line: 3, field: 'vtContact', message: 'Contactpersoon Veilig Thuis is verplicht.' },
      ],
    });
  });

  it('refuses an empty file, a file with only a header, a broken quote and too many rows', () => {
    expect(validateCaseRows(region, '', TODAY)).toEqual({ ok: false, problems: [{ line: 1, message: 'Het bestand is leeg.' }] });
    expect(validateCaseRows(region, HEADER + '\n', TODAY)).toMatchObject({ ok: false, problems: [{ line: 1 }] });
    expect(validateCaseRows(region, `${HEADER}\n"VT-1;Heerlen`, TODAY)).toMatchObject({ ok: false, problems: [{ line: 2 }] });
    const tooMany = [HEADER, ...Array.from({ length: MAX_CSV_ROWS + 1 }, (_, k) => row(`VT-${k}`))].join('\n');
    expect(validateCaseRows(region, tooMany, TODAY)).toMatchObject({ ok: false, problems: [{ line: 1, message: expect.stringContaining('het maximum is 500') }] });
  });

  it('accepts a comma-separated file with quoted summaries', () => {
    const text = [HEADER.replaceAll(';', ','), 'VT-9,Kerkrade,na-onderzoek,0,2026-11-01,2026-11-10,"Onderzoek afgerond, voorwaarden gesteld",1,0,Onderzoeker VT'].join('\n');
    expect(validateCaseRows(region, text, TODAY)).toMatchObject({
      ok: true,
      rows: [{ reference: 'VT-9', route: 'na-onderzoek', summary: 'Onderzoek afgerond, voorwaarden gesteld', betrokkenenGeinformeerd: false }],
    });
  });
});
