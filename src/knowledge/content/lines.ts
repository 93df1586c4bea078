/** Joins lines of article text with line breaks, so content files can stay readable. */
export function lines(...textLines: string[]): string {
  return textLines.join('\n');
}
