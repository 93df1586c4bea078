import { describe, expect, it } from 'vitest';
import { expandCard } from '../../src/cards/render.js';

describe('a card template', () => {
  it('fills text bindings, and keeps the type of a value that is the whole string', () => {
    const card = expandCard({ text: 'Week ${week}, pagina ${page}', open: '${open}', context: '${context}', id: 'case-${slot}' }, { week: '2026-W49', page: 2, open: false, context: ['a', 'b'], slot: 3 });
    expect(card).toEqual({ text: 'Week 2026-W49, pagina 2', open: false, context: ['a', 'b'], id: 'case-3' });
  });

  it('repeats an element per item of $data, with $root still the card data, and drops it for an empty list', () => {
    const template = { body: [{ $data: '${items}', type: 'TextBlock', text: '- ${label}', verb: '${$root.verb}' }, { $data: '${lines}', text: '${$data}' }] };
    expect(expandCard(template, { verb: 'go', items: [{ label: 'een' }, { label: 'twee' }], lines: [] })).toEqual({
      body: [
        { type: 'TextBlock', text: '- een', verb: 'go' },
        { type: 'TextBlock', text: '- twee', verb: 'go' },
      ],
    });
  });

  it("drops an element whose $when is false: x != '', count(x) > 0 and !x", () => {
    const template = { body: [{ $when: "${note != ''}", text: 'note' }, { $when: '${count(facts) > 0}', text: 'facts' }, { $when: '${!multiple}', text: 'single' }] };
    expect(expandCard(template, { note: '', facts: [], multiple: false })).toEqual({ body: [{ text: 'single' }] });
    expect(expandCard(template, { note: 'x', facts: [1], multiple: true })).toEqual({ body: [{ text: 'note' }, { text: 'facts' }] });
  });

  it('never reads text from data as a binding, whatever a person typed', () => {
    expect(expandCard({ text: '${question}' }, { question: 'wat is ${verb} en ${$root}?' })).toEqual({ text: 'wat is ${verb} en ${$root}?' });
  });

  it('refuses an expression it does not know, instead of guessing', () => {
    expect(() => expandCard({ text: "${if(a, 'x', 'y')}" }, { a: true })).toThrow(/unsupported expression/);
  });
});
