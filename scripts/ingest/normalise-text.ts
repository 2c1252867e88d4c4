import { normaliseSpacing } from './normalise/normalise-spacing.ts';
import { normaliseWidth } from './normalise/normalise-width.ts';

/**
 * Normalise a string written in the manifest or a vocabulary (a title, a quote) the way source lines are
 * normalised, so that the two compare equal.
 * @param text simplified text
 * @returns the text with the same spacing and punctuation width as normalised source lines
 */
export function normaliseText(text: string): string {
  return normaliseWidth(normaliseSpacing(text).text).text;
}
