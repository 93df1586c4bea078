import { z } from 'zod';
import { Sectors } from '../../../domain/constants.js';
import { NOTE_MAX_LENGTH } from './notes.js';

/**
 * Runtime shapes. FlowDefinitionSchema is the first check in validateFlow; WalkStateSchema and
 * WalkInputSchema are for the caller that stores a walk in turn state or reads a card submit.
 */

const id = z.string().min(1);
const text = z.string().trim().min(1);
const sector = z.enum(Sectors);

const ChoiceSchema = z.object({ id, label: text, next: id, recordAs: text.optional() });

const NodeVariantSchema = z.object({
  title: text.optional(),
  question: text.optional(),
  explanation: text.optional(),
  choices: z.array(ChoiceSchema).min(1).optional(),
});

const NodeSchema = z.object({
  id,
  step: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  afweging: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]).optional(),
  title: text,
  question: text,
  explanation: text.optional(),
  choices: z.array(ChoiceSchema).min(1),
  multiple: z.boolean().optional(),
  sectors: z.array(sector).min(1).optional(),
  variants: z.record(sector, NodeVariantSchema).optional(),
});

const OutcomeVariantSchema = z.object({
  title: text.optional(),
  text: text.optional(),
  actions: z.array(text).min(1).optional(),
});

const OutcomeSchema = z.object({
  id,
  title: text,
  text,
  actions: z.array(text).min(1),
  decision: text,
  label: text.optional(),
  veiligThuisFirst: z.boolean().optional(),
  phones: text.optional(),
  melden: z.boolean(),
  acute: z.boolean(),
  variants: z.record(sector, OutcomeVariantSchema).optional(),
});

export const FlowDefinitionSchema = z.object({
  id,
  version: z.number().int().positive(),
  start: id,
  nodes: z.array(NodeSchema).min(1),
  outcomes: z.array(OutcomeSchema).min(1),
});

export const WalkStateSchema = z.object({
  nodeId: id,
  history: z.array(id),
  answers: z.array(
    z.object({ nodeId: id, choiceId: id, also: z.array(id).optional(), note: z.string().max(NOTE_MAX_LENGTH).optional() }),
  ),
  sector,
  startedAt: z.string().datetime({ offset: true }),
  outcomeId: id.optional(),
  stopAsked: z.boolean().optional(),
});

export const WalkInputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('choose'),
    nodeId: id,
    choiceId: id,
    also: z.array(id).optional(),
    note: z.string().max(NOTE_MAX_LENGTH).optional(),
  }),
  z.object({ kind: z.literal('back') }),
  z.object({ kind: z.literal('restart') }),
]);
