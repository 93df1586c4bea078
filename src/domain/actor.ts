import { z } from 'zod';

/** Who did something, as a record keeps it: the AAD object id (the Teams user id outside Teams) and the display name. */
export const ActorSchema = z.object({ aadId: z.string(), name: z.string() });
export type Actor = z.infer<typeof ActorSchema>;
