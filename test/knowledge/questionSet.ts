import { readFileSync } from 'node:fs';
import { z } from 'zod';

const QuestionSchema = z.object({
  question: z.string().min(1),
  expected: z.string().min(1),
  alternates: z.array(z.string()).optional(),
});

export type LabelledQuestion = z.infer<typeof QuestionSchema>;

/** Realistic Dutch questions, each labelled with the article that should answer it. */
export function loadQuestionSet(): LabelledQuestion[] {
  const json: unknown = JSON.parse(readFileSync(new URL('./questions.json', import.meta.url), 'utf8'));
  return z.array(QuestionSchema).parse(json);
}

export function acceptableIds(question: LabelledQuestion): Set<string> {
  return new Set([question.expected, ...(question.alternates ?? [])]);
}
