import { z } from 'zod';
import { Sectors } from '../../domain/constants.js';

export const StartPayload = z.object({ sector: z.enum(Sectors).optional() });
export const ChoosePayload = z.object({ nodeId: z.string().min(1), choiceId: z.string().min(1) });
