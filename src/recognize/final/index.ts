/** 决算 公开01–10 recognizers (by content: titles, header words, 栏次, subject codes). */
import type { FamilyRecognizer } from '../types';

export const finalRecognizer: FamilyRecognizer = {
  id: 'final',
  recognize() {
    // Filled in by the final-tables recognizer work.
  },
};
