import { z } from 'zod';
import { Sectors } from '../../domain/constants.js';

export const StartPayload = z.object({ sector: z.enum(Sectors).optional() });

/**
 * A tapped answer carries its choiceId; a checkbox list sends the chosen ids joined by commas;
 * empty when the client sent none (answered as an unknown choice). `note` is the step's own note.
 */
export const ChoosePayload = z
  .object({ nodeId: z.string().min(1), choiceId: z.string().default(''), note: z.string().max(5_000).optional() })
  .transform(({ nodeId, choiceId, note }) => {
    const [first = '', ...also] = choiceId.split(',').map((id) => id.trim()).filter(Boolean);
    return { nodeId, choiceId: first, also, note };
  });
