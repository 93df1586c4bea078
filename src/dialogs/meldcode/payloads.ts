import { z } from 'zod';
import { Sectors } from '../../domain/constants.js';

export const StartPayload = z.object({ sector: z.enum(Sectors).optional() });
/** choiceId comes from the card's radio list; empty when the client sent none (answered as an unknown choice). */
export const ChoosePayload = z.object({ nodeId: z.string().min(1), choiceId: z.string().default('') });
