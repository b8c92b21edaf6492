/** Text as people write it: one normaliser and one number parser for every reader of prose. */
export { normaliseText, halfWidth, foldName, foldLabel, type NormalisedText } from './normalise';
export { scanNumbers, chineseNumeral, figureValue, FIGURE_SOURCE, type TextNumber } from './numbers';
