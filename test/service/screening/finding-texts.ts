// The texts of a post's findings of one kind or type, as the round study files compare them.
import { screenText } from '../../../service/src/screening/index.js';

export const findingTexts = (text: string, kind: string): string[] =>
  screenText(text)
    .findings.filter((f) => f.kind === kind || f.type === kind)
    .map((f) => f.text);
