/**
 * "Hulp versneld starten" on a case in the werkvoorraad: the gemeente's offer and Veilig Thuis's
 * answer. Schema only; the decisions are in werkvoorraad.ts.
 */
import { z } from 'zod';
import { Instant } from '../formats.js';

const Person = { byAadId: z.string().min(1), byName: z.string(), at: Instant };

export const AccelerationSchema = z.object({
  offer: z.object({ who: z.string().min(1).max(120), what: z.string().min(1).max(300), ...Person }),
  answer: z.object({ accepted: z.boolean(), reason: z.string().min(1).max(300).optional(), ...Person }).optional(),
  /** Offers made for this case; a declined offer may be followed by another. */
  offers: z.number().int().min(1),
});
export type Acceleration = z.infer<typeof AccelerationSchema>;
