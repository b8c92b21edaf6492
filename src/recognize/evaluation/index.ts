/** 绩效自评 recognizers: project self-evaluation (templates a/b), department self-evaluation. */
import type { FamilyRecognizer } from '../types';

export const evaluationRecognizer: FamilyRecognizer = {
  id: 'evaluation',
  recognize() {
    // Filled in by the self-evaluation recognizer work.
  },
};
