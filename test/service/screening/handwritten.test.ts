// Scores the engine in this tree on the hand-labelled evaluation posts (handwritten/), prints the table, and fails
// below the floors set after issue 12's thirteenth round (and must stay above each set's untuned score).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { checkLabelledFiles, handwrittenDir, handwrittenFiles } from './handwritten/check-labels.js';
import { formatHandwrittenReport, holdoutSetName, scoreHandwritten } from './handwritten/handwritten-report.js';

/**
 * The untuned figures (handwritten/README.md), by set: the evaluation set and hold-out 2 on the engine at 48e2ade, before
 * any work on issue 12; hold-out 3 on 049da22 (after two rounds, before the third); hold-out 4 on bb74282; hold-out 5 on
 * b484d45; hold-outs 6 and 7 on 8b952e6 (before the seventh round); hold-out 8 on 0be0cf9 (before the ninth); hold-out 9
 * on 8b952e6; hold-out 10 on 50196f0 (before the eleventh); hold-out 11 on 3c6a713 (after the eleventh, before the
 * twelfth); hold-outs 12 and 13 on 5356fe3 (before the thirteenth; hold-out 13 was written after it); hold-out 14 on
 * 0993d0d (before the fourteenth); hold-out 15 on 6c460e4 (before the fifteenth); hold-out 16 on 8da52fc (before the
 * seventeenth); hold-out 17 on 8da52fc too (written during the seventeenth, scored on both engines, told to no round);
 * hold-out 18 on 37c5519 (written during the eighteenth, told to no round); hold-outs 19 and 20 on 3916e6a (written
 * during the nineteenth, told to no round); hold-outs 21 and 22 on de7a330 (written at the start and at the end of the
 * twentieth, each scored before it was read); hold-outs 23 to 26 on 9553c6d (written during the twenty-first; 23 read
 * afterwards, 24 to 26 never); hold-outs 27 to 41 on 1835bac (written during the twenty-second); hold-outs 42 to 52 on
 * 58f53f5 (written during the twenty-third, 50 to 52 at its end); hold-outs 53 to 67 on d9b71bd (written during the
 * twenty-fourth, 64 to 67 at its end; 53's four e-mail addresses, which the writer's tool had turned into the literal
 * text "[email protected]", repaired before its score); hold-outs 68 to 82 on b3c6a43 (written during the twenty-fifth);
 * hold-outs 83 to 97 on 350cc1d (written during the twenty-sixth, 91 to 97 during its second half); hold-outs 98 to 105
 * on ef3b4e7 (written at the start of the twenty-seventh, never read); hold-outs 106 to 113 on a58660c (written at the
 * start of the twenty-eighth, never read); hold-outs 114 to 121 on d0ca161 (written at the start of the twenty-ninth,
 * never read); hold-outs 122 to 129 on 6dd1f3b (written at the start of the thirtieth, never read). Each hold-out was
 * written before the round it measures and scored before any of its engine work read it.
 */
const UNTUNED: Record<string, { holdRecall: number; falseHold: number }> = {
  'evaluation set': { holdRecall: 88 / 164, falseHold: 12 / 115 },
  'hold-out': { holdRecall: 27 / 46, falseHold: 2 / 34 },
  'hold-out 3': { holdRecall: 82 / 97, falseHold: 4 / 73 },
  'hold-out 4': { holdRecall: 89 / 96, falseHold: 2 / 59 },
  'hold-out 5': { holdRecall: 86 / 95, falseHold: 3 / 65 },
  'hold-out 6': { holdRecall: 84 / 88, falseHold: 11 / 82 },
  'hold-out 7': { holdRecall: 81 / 88, falseHold: 7 / 82 },
  'hold-out 8': { holdRecall: 83 / 88, falseHold: 2 / 82 },
  'hold-out 9': { holdRecall: 51 / 61, falseHold: 8 / 50 },
  'hold-out 10': { holdRecall: 87 / 90, falseHold: 6 / 80 },
  'hold-out 11': { holdRecall: 88 / 90, falseHold: 3 / 80 },
  'hold-out 12': { holdRecall: 84 / 90, falseHold: 8 / 80 },
  'hold-out 13': { holdRecall: 86 / 90, falseHold: 5 / 80 },
  'hold-out 14': { holdRecall: 89 / 90, falseHold: 5 / 80 },
  'hold-out 15': { holdRecall: 88 / 90, falseHold: 7 / 80 },
  'hold-out 16': { holdRecall: 86 / 90, falseHold: 5 / 80 },
  'hold-out 17': { holdRecall: 84 / 90, falseHold: 8 / 80 },
  'hold-out 18': { holdRecall: 79 / 90, falseHold: 1 / 80 },
  'hold-out 19': { holdRecall: 87 / 90, falseHold: 2 / 80 },
  'hold-out 20': { holdRecall: 87 / 90, falseHold: 4 / 80 },
  'hold-out 21': { holdRecall: 87 / 90, falseHold: 7 / 80 },
  'hold-out 22': { holdRecall: 87 / 90, falseHold: 10 / 80 },
  'hold-out 23': { holdRecall: 85 / 90, falseHold: 5 / 80 },
  'hold-out 24': { holdRecall: 85 / 90, falseHold: 4 / 80 },
  'hold-out 25': { holdRecall: 85 / 90, falseHold: 6 / 80 },
  'hold-out 26': { holdRecall: 85 / 90, falseHold: 6 / 80 },
  'hold-out 27': { holdRecall: 87 / 90, falseHold: 3 / 80 },
  'hold-out 28': { holdRecall: 87 / 90, falseHold: 5 / 80 },
  'hold-out 29': { holdRecall: 88 / 90, falseHold: 5 / 80 },
  'hold-out 30': { holdRecall: 89 / 90, falseHold: 3 / 80 },
  'hold-out 31': { holdRecall: 87 / 90, falseHold: 4 / 80 },
  'hold-out 32': { holdRecall: 89 / 90, falseHold: 4 / 80 },
  'hold-out 33': { holdRecall: 87 / 90, falseHold: 3 / 80 },
  'hold-out 34': { holdRecall: 86 / 90, falseHold: 4 / 80 },
  'hold-out 35': { holdRecall: 88 / 90, falseHold: 1 / 80 },
  'hold-out 36': { holdRecall: 84 / 90, falseHold: 3 / 80 },
  'hold-out 37': { holdRecall: 89 / 90, falseHold: 4 / 80 },
  'hold-out 38': { holdRecall: 89 / 90, falseHold: 3 / 80 },
  'hold-out 39': { holdRecall: 87 / 90, falseHold: 5 / 80 },
  'hold-out 40': { holdRecall: 84 / 90, falseHold: 2 / 80 },
  'hold-out 41': { holdRecall: 87 / 90, falseHold: 2 / 80 },
  'hold-out 42': { holdRecall: 86 / 90, falseHold: 3 / 80 },
  'hold-out 43': { holdRecall: 90 / 90, falseHold: 4 / 80 },
  'hold-out 44': { holdRecall: 87 / 90, falseHold: 8 / 80 },
  'hold-out 45': { holdRecall: 85 / 90, falseHold: 3 / 80 },
  'hold-out 46': { holdRecall: 87 / 90, falseHold: 5 / 80 },
  'hold-out 47': { holdRecall: 86 / 90, falseHold: 3 / 80 },
  'hold-out 48': { holdRecall: 87 / 90, falseHold: 7 / 80 },
  'hold-out 49': { holdRecall: 90 / 90, falseHold: 7 / 80 },
  'hold-out 50': { holdRecall: 89 / 90, falseHold: 5 / 80 },
  'hold-out 51': { holdRecall: 87 / 90, falseHold: 8 / 80 },
  'hold-out 52': { holdRecall: 86 / 90, falseHold: 3 / 80 },
  'hold-out 53': { holdRecall: 87 / 90, falseHold: 5 / 80 },
  'hold-out 54': { holdRecall: 88 / 90, falseHold: 5 / 80 },
  'hold-out 55': { holdRecall: 89 / 90, falseHold: 3 / 80 },
  'hold-out 56': { holdRecall: 86 / 90, falseHold: 5 / 80 },
  'hold-out 57': { holdRecall: 89 / 90, falseHold: 3 / 80 },
  'hold-out 58': { holdRecall: 85 / 90, falseHold: 3 / 80 },
  'hold-out 59': { holdRecall: 88 / 90, falseHold: 4 / 80 },
  'hold-out 60': { holdRecall: 89 / 90, falseHold: 1 / 80 },
  'hold-out 61': { holdRecall: 83 / 90, falseHold: 3 / 80 },
  'hold-out 62': { holdRecall: 88 / 90, falseHold: 3 / 80 },
  'hold-out 63': { holdRecall: 87 / 90, falseHold: 3 / 80 },
  'hold-out 64': { holdRecall: 88 / 90, falseHold: 2 / 80 },
  'hold-out 65': { holdRecall: 89 / 90, falseHold: 5 / 80 },
  'hold-out 66': { holdRecall: 86 / 90, falseHold: 8 / 80 },
  'hold-out 67': { holdRecall: 86 / 90, falseHold: 2 / 80 },
  'hold-out 68': { holdRecall: 88 / 90, falseHold: 6 / 80 },
  'hold-out 69': { holdRecall: 87 / 90, falseHold: 4 / 80 },
  'hold-out 70': { holdRecall: 89 / 90, falseHold: 4 / 80 },
  'hold-out 71': { holdRecall: 89 / 90, falseHold: 6 / 80 },
  'hold-out 72': { holdRecall: 87 / 90, falseHold: 2 / 80 },
  'hold-out 73': { holdRecall: 89 / 90, falseHold: 4 / 80 },
  'hold-out 74': { holdRecall: 88 / 90, falseHold: 3 / 80 },
  'hold-out 75': { holdRecall: 87 / 90, falseHold: 4 / 80 },
  'hold-out 76': { holdRecall: 89 / 90, falseHold: 3 / 80 },
  'hold-out 77': { holdRecall: 89 / 90, falseHold: 3 / 80 },
  'hold-out 78': { holdRecall: 87 / 90, falseHold: 4 / 80 },
  'hold-out 79': { holdRecall: 86 / 90, falseHold: 5 / 80 },
  'hold-out 80': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 81': { holdRecall: 84 / 90, falseHold: 5 / 80 },
  'hold-out 82': { holdRecall: 88 / 90, falseHold: 4 / 80 },
  'hold-out 83': { holdRecall: 87 / 90, falseHold: 6 / 80 },
  'hold-out 84': { holdRecall: 87 / 90, falseHold: 3 / 80 },
  'hold-out 85': { holdRecall: 87 / 90, falseHold: 3 / 80 },
  'hold-out 86': { holdRecall: 86 / 90, falseHold: 3 / 80 },
  'hold-out 87': { holdRecall: 88 / 90, falseHold: 2 / 80 },
  'hold-out 88': { holdRecall: 89 / 90, falseHold: 3 / 80 },
  'hold-out 89': { holdRecall: 89 / 90, falseHold: 1 / 80 },
  'hold-out 90': { holdRecall: 88 / 90, falseHold: 3 / 80 },
  'hold-out 91': { holdRecall: 89 / 90, falseHold: 4 / 80 },
  'hold-out 92': { holdRecall: 88 / 90, falseHold: 1 / 80 },
  'hold-out 93': { holdRecall: 87 / 90, falseHold: 2 / 80 },
  'hold-out 94': { holdRecall: 88 / 90, falseHold: 3 / 80 },
  'hold-out 95': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 96': { holdRecall: 85 / 90, falseHold: 5 / 80 },
  'hold-out 97': { holdRecall: 88 / 90, falseHold: 5 / 80 },
  'hold-out 98': { holdRecall: 89 / 90, falseHold: 4 / 80 },
  'hold-out 99': { holdRecall: 88 / 90, falseHold: 5 / 80 },
  'hold-out 100': { holdRecall: 89 / 90, falseHold: 1 / 80 },
  'hold-out 101': { holdRecall: 87 / 90, falseHold: 3 / 80 },
  'hold-out 102': { holdRecall: 87 / 90, falseHold: 0 / 80 },
  'hold-out 103': { holdRecall: 90 / 90, falseHold: 4 / 80 },
  'hold-out 104': { holdRecall: 85 / 90, falseHold: 5 / 80 },
  'hold-out 105': { holdRecall: 86 / 90, falseHold: 2 / 80 },
  'hold-out 106': { holdRecall: 86 / 90, falseHold: 4 / 80 },
  'hold-out 107': { holdRecall: 90 / 90, falseHold: 2 / 80 },
  'hold-out 108': { holdRecall: 89 / 90, falseHold: 4 / 80 },
  'hold-out 109': { holdRecall: 88 / 90, falseHold: 2 / 80 },
  'hold-out 110': { holdRecall: 89 / 90, falseHold: 1 / 80 },
  'hold-out 111': { holdRecall: 88 / 90, falseHold: 3 / 80 },
  'hold-out 112': { holdRecall: 89 / 90, falseHold: 2 / 80 },
  'hold-out 113': { holdRecall: 89 / 90, falseHold: 2 / 80 },
  'hold-out 114': { holdRecall: 88 / 90, falseHold: 0 / 80 },
  'hold-out 115': { holdRecall: 89 / 90, falseHold: 4 / 80 },
  'hold-out 116': { holdRecall: 90 / 90, falseHold: 2 / 80 },
  'hold-out 117': { holdRecall: 89 / 90, falseHold: 3 / 80 },
  'hold-out 118': { holdRecall: 88 / 90, falseHold: 3 / 80 },
  'hold-out 119': { holdRecall: 87 / 90, falseHold: 2 / 80 },
  'hold-out 120': { holdRecall: 88 / 90, falseHold: 1 / 80 },
  'hold-out 121': { holdRecall: 89 / 90, falseHold: 2 / 80 },
  'hold-out 122': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 123': { holdRecall: 88 / 90, falseHold: 0 / 80 },
  'hold-out 124': { holdRecall: 87 / 90, falseHold: 3 / 80 },
  'hold-out 125': { holdRecall: 87 / 90, falseHold: 2 / 80 },
  'hold-out 126': { holdRecall: 89 / 90, falseHold: 0 / 80 },
  'hold-out 127': { holdRecall: 88 / 90, falseHold: 3 / 80 },
  'hold-out 128': { holdRecall: 86 / 90, falseHold: 3 / 80 },
  'hold-out 129': { holdRecall: 88 / 90, falseHold: 4 / 80 },
};

/**
 * Floors at what the engine reached after issue 12's thirteenth round (2026-11-30), so a regression fails. Hold-out 11
 * was told to round 13; hold-out 12 was told to no round: its 6 of 90 misses and 4 of 80 false holds are known, not tuned
 * away (round 13b's resources took it from 8 false holds to 4). Hold-out 13, written after round 13b, measures it: no
 * figure moved from the engine before round 13. Round 14 (2026-11-30): hold-out 14 one false hold fewer (a relative word
 * alone is half a locating sign: its false holds were read as rule names only) and hold-out 3 one fewer; hold-out 13 did
 * not move. Round 15 (2026-11-30): hold-out 12 one more post held (a regional word from a lexicographer helper's
 * list, written without any labelled post); no other hold-out moved. Round 17 (2026-12-01): hold-out 16 three false holds
 * fewer and hold-out 15 two (landlines of businesses, hia in English; round 17 was told the rule names of their false
 * holds, no text). Hold-out 17, written while round 17 ran and told to no one, measures it: 8 false holds -> 4.
 * Round 18 (2026-12-01): hold-out 13 one more post held and one false hold fewer, hold-out 17 one more held (round 18
 * was told hold-out 17's miss families). Hold-out 18, written while round 18 ran and told to no one, measures it: no
 * figure moved (79/90, 1/80), so it is held to no worse than untuned.
 * Round 19 (2026-12-01): a role standing as its fact's subject, a denial after a fact, a negation's clause, an animal's
 * owner: hold-out 18 three more posts held (82/90; round 19 knew its miss families and the signs its s.26 misses scored,
 * no text), hold-outs 10 and 15 one more each. Hold-out 19, written while round 19 ran and told to no one, measures it:
 * no figure moved from 3916e6a (87/90, 2/80), so it is held to no worse than untuned. Hold-out 20, written at the end of
 * round 19, measures it too: 87 -> 88 of 90 held, 4/80 clean held unchanged. Its miss families were then read; a LINE-id
 * set written after that (round19/line-ids.jsonl) took it to 89/90 and hold-out 16 (told) to 87/90.
 * Round 20 (2026-12-01): office holders named after the office's place, organisations' landlines, public rooms, kinship
 * words that name no one, everyday insults. Hold-out 21, written at the round's start and scored untuned on de7a330
 * (87/90, 7/80), did not move with the round's first rules (7 -> 6 clean held); its false holds' rule names and text
 * and its missed insults were then read (told), and the rules they led to took it to 89/90, 1/80. Hold-outs 12, 17 and
 * 20 (office holders, told) two false holds fewer each, 14 and 15 one fewer. Hold-out 22, written at the round's end and
 * scored before it was read, measures it: 10 -> 7 of 80 clean held, 87/90 held unchanged. Its false holds and misses
 * were then read (told), and the rules they led to took it to 90/90, 1/80 (and hold-out 7 to 88/88).
 * Round 21 (2026-12-01): ten topic sets by new writers (titles and names, numbers and places, s.26 words about nobody,
 * insult look-alikes, long posts, thanks, named animals and things, people's data, English residents, dialect and chat).
 * Hold-out 23, written at the round's start and scored on 9553c6d (85/90, 5/80), was then read (89/90, 0/80). Hold-outs
 * 24, 25 and 26, written during the round, scored on 9553c6d and never read, measure it: 85 -> 87 of 90 and 4 -> 3 of
 * 80; 85 -> 86 and 6 -> 5; 85 -> 86 and 6 -> 6. The floors of the older sets rose with the round (hold-out 18 82 -> 86
 * of 90 held, 12 and 17 85 -> 88, 19 87 -> 88; hold-out 16 2 -> 1 of 80 clean held, 13 4 -> 3).
 * Round 22 (2026-12-01): thirteen hold-outs by new writers, each scored first on 1835bac (the last landing). Read after
 * their untuned score: 27 and 28, then 31 and 32, then 34 and 35 (the rules each pair led to landed before the next pair
 * was written), then 37 and 38. Never read: 29, 30 and 33 (written at the round's start and middle; the round did not
 * move them: measured only), 36 (84 -> 85 of 90 held) and 39 (5 -> 3 of 80 clean held, written before the last part),
 * 40 and 41 (written at the round's end: 84 -> 85 and 87 -> 88 of 90 held, 2 of 80 clean held each, untuned as after). The round moved the unread hold-outs of round 21 too (24 3 -> 2 of 80 clean held,
 * 25 86 -> 87 of 90 held and 5 -> 4, 26 86 -> 87 and 6 -> 5) and the told ones (13, 14 and 15 one false hold fewer,
 * 17 2 -> 0, 18 86 -> 87 held and 1 -> 0, 10 2 -> 1).
 * Round 23 (2026-12-01): the eleven hold-outs no round had read (19, 24-26, 29, 30, 33, 36, 39-41) were read at once,
 * and rules written only where two writers' sets or more showed the phenomenon; then 44 and 45, then 48 and 49, each
 * pair read after its untuned score on 58f53f5. Never read: 42 and 47 (measured only: unchanged), 43 (4 -> 2 of 80
 * clean held), 46 (87 -> 88 of 90 held, 5 -> 4) and, written at the round's end, 50 (5 -> 4), 51 (87 -> 88, 8 -> 5)
 * and 52 (86 -> 87, 3 -> 2). The floors of every set the round moved are raised to its figures.
 * Round 24 (2026-12-02): the seven hold-outs round 23 left unread (42, 43, 46, 47, 50-52) were read at once, rules
 * written where two writers showed the phenomenon (sets told before count as writers too); then 53, 54 and 56, then 58
 * and 61, then 59 and 62, each read after its untuned score on d9b71bd. Never read, measured: 55, 57, 60 and 63 (written
 * at the round's start: unchanged), 64 and 67 (written at its end: unchanged), 65 (5 -> 4 of 80 clean held; one of its
 * names, unfound after a change, was traced to a list word without its text and the change taken back) and 66 (86 -> 87
 * of 90 held). The read sets' floors are their figures after the round; 40, 41 and 44 (told) moved too.
 * Round 25 (2026-12-02): the eight hold-outs round 24 left unread (55, 57, 60, 63-67) were read at once; then 68, 69,
 * 71 and 72, then 70, 73 and 74, each after its untuned score on b3c6a43 (the last landing). Never read, measured: 75-82
 * (75-78 written mid-round, 79-82 near its end): 78 (87 -> 88 of 90 held), 81 (5 -> 4 of 80 clean held) and 82 (4 -> 3,
 * after the office names were read strictly: a change decided on the read sets) moved, the other five did not. 5, 39,
 * 52 and 54 (told) moved too.
 * Round 26 (2026-12-02): the eight hold-outs round 25 left unread (75-82) were read at once; then 83-86, then 87-90,
 * each after its untuned score on 350cc1d (the last landing). Never read, measured: 91-97 (written during the round):
 * none moved, so each is held to no worse than untuned. 10, 12, 13, 54, 66 and 74 (told) moved too.
 * Round 27 (2026-12-02): no hand-labelled set was read; the engine work came from generated families with vocabularies
 * written apart from it. Never read, measured: 91-105 (98-105 new): 97 (5 -> 4 clean held) and 105 (86 -> 87 held)
 * moved; 16, 30, 57, 63 and 69 (told) moved too.
 * Round 28 (2026-12-02): no hand-labelled set was read; the engine work came from the generated insult families (two
 * new vocabularies). Never read, measured: 91-113 (106-113 new) did not move; hold-out 12 (told) did (88 -> 89 held).
 * Round 29 (2026-12-02): 91-105, never read through rounds 26-28, were read on purpose (their false holds, then their
 * misses) and moved (held 1,317 -> 1,322 of 1,350, clean held 44 -> 13 of 1,200); 3, 20, 22, 56, 63, 65 and 88 (told)
 * moved too. Never read, measured: 106-121 (114-121 new): 106, 112, 115 and 116 (one clean post fewer held each).
 * Round 30 (2026-12-02): 106-113 were read whole (false holds, then misses) and 114-121's false holds; 53, 56 and 70
 * (told) moved too, and 66 lost a hold it had only by a false name (see its entry). Never read, measured: 122-129 (new):
 * 122 (1 -> 0 clean held) and 129 (4 -> 3). 114 and 116 did not move.
 */
const FLOORS: Record<string, { holdRecall: number; falseHold: number }> = {
  'evaluation set': { holdRecall: 161 / 164, falseHold: 0 / 115 },
  'hold-out': { holdRecall: 45 / 46, falseHold: 0 / 34 },
  'hold-out 3': { holdRecall: 96 / 97, falseHold: 0 / 73 },
  'hold-out 4': { holdRecall: 95 / 96, falseHold: 1 / 59 },
  'hold-out 5': { holdRecall: 95 / 95, falseHold: 1 / 65 },
  'hold-out 6': { holdRecall: 86 / 88, falseHold: 0 / 82 },
  'hold-out 7': { holdRecall: 88 / 88, falseHold: 0 / 82 },
  'hold-out 8': { holdRecall: 88 / 88, falseHold: 0 / 82 },
  'hold-out 9': { holdRecall: 57 / 61, falseHold: 0 / 50 },
  'hold-out 10': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 11': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 12': { holdRecall: 89 / 90, falseHold: 1 / 80 },
  'hold-out 13': { holdRecall: 88 / 90, falseHold: 1 / 80 },
  'hold-out 14': { holdRecall: 90 / 90, falseHold: 2 / 80 },
  'hold-out 15': { holdRecall: 89 / 90, falseHold: 2 / 80 },
  'hold-out 16': { holdRecall: 88 / 90, falseHold: 1 / 80 },
  'hold-out 17': { holdRecall: 88 / 90, falseHold: 0 / 80 },
  'hold-out 18': { holdRecall: 87 / 90, falseHold: 0 / 80 },
  'hold-out 19': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 20': { holdRecall: 89 / 90, falseHold: 0 / 80 },
  'hold-out 21': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 22': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 23': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 24': { holdRecall: 89 / 90, falseHold: 1 / 80 },
  'hold-out 25': { holdRecall: 90 / 90, falseHold: 2 / 80 },
  'hold-out 26': { holdRecall: 89 / 90, falseHold: 0 / 80 },
  'hold-out 27': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 28': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 29': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 30': { holdRecall: 89 / 90, falseHold: 0 / 80 },
  'hold-out 31': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 32': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 33': { holdRecall: 89 / 90, falseHold: 1 / 80 },
  'hold-out 34': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 35': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 36': { holdRecall: 89 / 90, falseHold: 1 / 80 },
  'hold-out 37': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 38': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 39': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 40': { holdRecall: 89 / 90, falseHold: 0 / 80 },
  'hold-out 41': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 42': { holdRecall: 89 / 90, falseHold: 0 / 80 },
  'hold-out 43': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 44': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 45': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 46': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 47': { holdRecall: 89 / 90, falseHold: 0 / 80 },
  'hold-out 48': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 49': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 50': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 51': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 52': { holdRecall: 89 / 90, falseHold: 0 / 80 },
  'hold-out 53': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 54': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 55': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 56': { holdRecall: 87 / 90, falseHold: 2 / 80 },
  'hold-out 57': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 58': { holdRecall: 90 / 90, falseHold: 3 / 80 },
  'hold-out 59': { holdRecall: 88 / 90, falseHold: 1 / 80 },
  'hold-out 60': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 61': { holdRecall: 86 / 90, falseHold: 2 / 80 },
  'hold-out 62': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 63': { holdRecall: 89 / 90, falseHold: 1 / 80 },
  'hold-out 64': { holdRecall: 89 / 90, falseHold: 0 / 80 },
  'hold-out 65': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  // Round 30: 90 -> 89. H11029 was held only by a false name (เด็กชาย|อายุเจ็ดขวบ, "a seven-year-old boy", read as a boy's
  // name); its labelled span, a caretaker's mobile after ผู้ดูแลศูนย์, was never found. The false name went; the miss shows.
  'hold-out 66': { holdRecall: 89 / 90, falseHold: 2 / 80 },
  'hold-out 67': { holdRecall: 88 / 90, falseHold: 1 / 80 },
  'hold-out 68': { holdRecall: 90 / 90, falseHold: 3 / 80 },
  'hold-out 69': { holdRecall: 89 / 90, falseHold: 1 / 80 },
  'hold-out 70': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 71': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 72': { holdRecall: 88 / 90, falseHold: 1 / 80 },
  'hold-out 73': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 74': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 75': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 76': { holdRecall: 89 / 90, falseHold: 0 / 80 },
  'hold-out 77': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 78': { holdRecall: 88 / 90, falseHold: 1 / 80 },
  'hold-out 79': { holdRecall: 89 / 90, falseHold: 1 / 80 },
  'hold-out 80': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 81': { holdRecall: 87 / 90, falseHold: 0 / 80 },
  'hold-out 82': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 83': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 84': { holdRecall: 88 / 90, falseHold: 0 / 80 },
  'hold-out 85': { holdRecall: 89 / 90, falseHold: 0 / 80 },
  'hold-out 86': { holdRecall: 87 / 90, falseHold: 0 / 80 },
  'hold-out 87': { holdRecall: 89 / 90, falseHold: 0 / 80 },
  'hold-out 88': { holdRecall: 89 / 90, falseHold: 0 / 80 },
  'hold-out 89': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 90': { holdRecall: 88 / 90, falseHold: 0 / 80 },
  'hold-out 97': { holdRecall: 88 / 90, falseHold: 2 / 80 },
  'hold-out 105': { holdRecall: 88 / 90, falseHold: 0 / 80 },
  'hold-out 100': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 101': { holdRecall: 87 / 90, falseHold: 0 / 80 },
  'hold-out 103': { holdRecall: 90 / 90, falseHold: 3 / 80 },
  'hold-out 104': { holdRecall: 85 / 90, falseHold: 2 / 80 },
  'hold-out 106': { holdRecall: 87 / 90, falseHold: 1 / 80 },
  'hold-out 112': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 115': { holdRecall: 89 / 90, falseHold: 1 / 80 },
  'hold-out 116': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 91': { holdRecall: 89 / 90, falseHold: 1 / 80 },
  'hold-out 92': { holdRecall: 88 / 90, falseHold: 0 / 80 },
  'hold-out 93': { holdRecall: 87 / 90, falseHold: 0 / 80 },
  'hold-out 94': { holdRecall: 89 / 90, falseHold: 0 / 80 },
  'hold-out 95': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 96': { holdRecall: 85 / 90, falseHold: 1 / 80 },
  'hold-out 98': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 99': { holdRecall: 89 / 90, falseHold: 2 / 80 },
  'hold-out 107': { holdRecall: 90 / 90, falseHold: 1 / 80 },
  'hold-out 108': { holdRecall: 89 / 90, falseHold: 0 / 80 },
  'hold-out 109': { holdRecall: 89 / 90, falseHold: 0 / 80 },
  'hold-out 110': { holdRecall: 89 / 90, falseHold: 0 / 80 },
  'hold-out 111': { holdRecall: 88 / 90, falseHold: 0 / 80 },
  'hold-out 113': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 117': { holdRecall: 89 / 90, falseHold: 2 / 80 },
  'hold-out 118': { holdRecall: 88 / 90, falseHold: 2 / 80 },
  'hold-out 119': { holdRecall: 87 / 90, falseHold: 0 / 80 },
  'hold-out 120': { holdRecall: 88 / 90, falseHold: 0 / 80 },
  'hold-out 121': { holdRecall: 89 / 90, falseHold: 0 / 80 },
  'hold-out 122': { holdRecall: 90 / 90, falseHold: 0 / 80 },
  'hold-out 129': { holdRecall: 88 / 90, falseHold: 3 / 80 },
};

/**
 * No worse than untuned on either figure, and better on at least one; a set that measures work it was never told of
 * (hold-out 13: rounds 13 and 13b did not move it) is only held to no worse.
 */
function expectAboveUntuned(set: string, figures: { holdRecall: number; falseHold: number }, measuredOnly = false): void {
  const untuned = UNTUNED[set]!;
  expect(figures.holdRecall).toBeGreaterThanOrEqual(untuned.holdRecall - 1e-9);
  expect(figures.falseHold).toBeLessThanOrEqual(untuned.falseHold + 1e-9);
  if (!measuredOnly)
    expect(figures.holdRecall > untuned.holdRecall + 1e-9 || figures.falseHold < untuned.falseHold - 1e-9, set).toBe(true);
}

/** Hold-outs that measure work they were never told of, held to no worse than untuned (until a round moves them). */
const MEASURED_ONLY = new Set([
  'hold-out 80',
  'hold-out 91',
  'hold-out 92',
  'hold-out 93',
  'hold-out 94',
  'hold-out 95',
  'hold-out 96',
  'hold-out 97',
  'hold-out 98',
  'hold-out 99',
  'hold-out 100',
  'hold-out 101',
  'hold-out 102',
  'hold-out 103',
  'hold-out 104',
  'hold-out 105',
  'hold-out 114',
  'hold-out 116',
  'hold-out 122',
  'hold-out 123',
  'hold-out 124',
  'hold-out 125',
  'hold-out 126',
  'hold-out 127',
  'hold-out 128',
  'hold-out 129',
]);

/** A set no round has moved yet (the never-read hold-outs) has its untuned figures as its floors. */
function expectAtFloors(set: string, figures: { holdRecall: number; falseHold: number }): void {
  const floor = FLOORS[set] ?? UNTUNED[set]!;
  expect(figures.holdRecall, set).toBeGreaterThanOrEqual(floor.holdRecall - 1e-9);
  expect(figures.falseHold, set).toBeLessThanOrEqual(floor.falseHold + 1e-9);
}

const report = scoreHandwritten((text) => screenText(text));

describe('the hand-labelled posts (test/service/screening/handwritten)', () => {
  it('are labelled consistently: exact spans, hold exactly when spans exist, unique ids, valid citizen IDs', () =>
    expect(checkLabelledFiles(handwrittenFiles())).toEqual([]));

  it('hold at least 240 posts in the evaluation set, about half of them to hold', () => {
    expect(report.evaluation.score.posts).toBeGreaterThanOrEqual(240);
    expect(report.evaluation.score.holds).toBeGreaterThanOrEqual(120);
    expect(report.evaluation.score.publishes).toBeGreaterThanOrEqual(100);
  });

  it('are held far more often than by the untuned engine, and no less often than when issue 12 landed', () => {
    console.log(formatHandwrittenReport(report, 'in this tree'));
    expectAboveUntuned('evaluation set', report.evaluation.figures);
    expectAtFloors('evaluation set', report.evaluation.figures);
  });

  it('keep each hold-out file a set of its own, not merged with the others', () =>
    expect(report.holdouts.map((set) => [set.name, set.score.posts])).toEqual(
      report.files
        .filter((file) => file.name.startsWith('holdout-'))
        .map((file) => [holdoutSetName(file.name), file.score.posts]),
    ));

  it.each([
    ['holdout-2.jsonl', 80, 40, 30],
    ['holdout-3.jsonl', 140, 80, 50],
    ['holdout-4.jsonl', 140, 80, 50],
    ['holdout-5.jsonl', 150, 90, 60],
    ['holdout-6.jsonl', 170, 88, 82],
    ['holdout-7.jsonl', 170, 88, 82],
    ['holdout-8.jsonl', 170, 88, 82],
    ['holdout-9.jsonl', 111, 61, 50],
    ['holdout-10.jsonl', 170, 90, 80],
    ['holdout-11.jsonl', 170, 90, 80],
    ['holdout-12.jsonl', 170, 90, 80],
    ['holdout-13.jsonl', 170, 90, 80],
    ['holdout-14.jsonl', 170, 90, 80],
    ['holdout-15.jsonl', 170, 90, 80],
    ['holdout-16.jsonl', 170, 90, 80],
    ['holdout-17.jsonl', 170, 90, 80],
    ['holdout-18.jsonl', 170, 90, 80],
    ['holdout-19.jsonl', 170, 90, 80],
    ['holdout-20.jsonl', 170, 90, 80],
    ['holdout-21.jsonl', 170, 90, 80],
    ['holdout-22.jsonl', 170, 90, 80],
    ['holdout-23.jsonl', 170, 90, 80],
    ['holdout-24.jsonl', 170, 90, 80],
    ['holdout-25.jsonl', 170, 90, 80],
    ['holdout-26.jsonl', 170, 90, 80],
    ['holdout-27.jsonl', 170, 90, 80],
    ['holdout-28.jsonl', 170, 90, 80],
    ['holdout-29.jsonl', 170, 90, 80],
    ['holdout-30.jsonl', 170, 90, 80],
    ['holdout-31.jsonl', 170, 90, 80],
    ['holdout-32.jsonl', 170, 90, 80],
    ['holdout-33.jsonl', 170, 90, 80],
    ['holdout-34.jsonl', 170, 90, 80],
    ['holdout-35.jsonl', 170, 90, 80],
    ['holdout-36.jsonl', 170, 90, 80],
    ['holdout-37.jsonl', 170, 90, 80],
    ['holdout-38.jsonl', 170, 90, 80],
    ['holdout-39.jsonl', 170, 90, 80],
    ['holdout-40.jsonl', 170, 90, 80],
    ['holdout-41.jsonl', 170, 90, 80],
    ['holdout-42.jsonl', 170, 90, 80],
    ['holdout-43.jsonl', 170, 90, 80],
    ['holdout-44.jsonl', 170, 90, 80],
    ['holdout-45.jsonl', 170, 90, 80],
    ['holdout-46.jsonl', 170, 90, 80],
    ['holdout-47.jsonl', 170, 90, 80],
    ['holdout-48.jsonl', 170, 90, 80],
    ['holdout-49.jsonl', 170, 90, 80],
    ['holdout-50.jsonl', 170, 90, 80],
    ['holdout-51.jsonl', 170, 90, 80],
    ['holdout-52.jsonl', 170, 90, 80],
    ['holdout-53.jsonl', 170, 90, 80],
    ['holdout-54.jsonl', 170, 90, 80],
    ['holdout-55.jsonl', 170, 90, 80],
    ['holdout-56.jsonl', 170, 90, 80],
    ['holdout-57.jsonl', 170, 90, 80],
    ['holdout-58.jsonl', 170, 90, 80],
    ['holdout-59.jsonl', 170, 90, 80],
    ['holdout-60.jsonl', 170, 90, 80],
    ['holdout-61.jsonl', 170, 90, 80],
    ['holdout-62.jsonl', 170, 90, 80],
    ['holdout-63.jsonl', 170, 90, 80],
    ['holdout-64.jsonl', 170, 90, 80],
    ['holdout-65.jsonl', 170, 90, 80],
    ['holdout-66.jsonl', 170, 90, 80],
    ['holdout-67.jsonl', 170, 90, 80],
    ['holdout-68.jsonl', 170, 90, 80],
    ['holdout-69.jsonl', 170, 90, 80],
    ['holdout-70.jsonl', 170, 90, 80],
    ['holdout-71.jsonl', 170, 90, 80],
    ['holdout-72.jsonl', 170, 90, 80],
    ['holdout-73.jsonl', 170, 90, 80],
    ['holdout-74.jsonl', 170, 90, 80],
    ['holdout-75.jsonl', 170, 90, 80],
    ['holdout-76.jsonl', 170, 90, 80],
    ['holdout-77.jsonl', 170, 90, 80],
    ['holdout-78.jsonl', 170, 90, 80],
    ['holdout-79.jsonl', 170, 90, 80],
    ['holdout-80.jsonl', 170, 90, 80],
    ['holdout-81.jsonl', 170, 90, 80],
    ['holdout-82.jsonl', 170, 90, 80],
    ['holdout-83.jsonl', 170, 90, 80],
    ['holdout-84.jsonl', 170, 90, 80],
    ['holdout-85.jsonl', 170, 90, 80],
    ['holdout-86.jsonl', 170, 90, 80],
    ['holdout-87.jsonl', 170, 90, 80],
    ['holdout-88.jsonl', 170, 90, 80],
    ['holdout-89.jsonl', 170, 90, 80],
    ['holdout-90.jsonl', 170, 90, 80],
    ['holdout-91.jsonl', 170, 90, 80],
    ['holdout-92.jsonl', 170, 90, 80],
    ['holdout-93.jsonl', 170, 90, 80],
    ['holdout-94.jsonl', 170, 90, 80],
    ['holdout-95.jsonl', 170, 90, 80],
    ['holdout-96.jsonl', 170, 90, 80],
    ['holdout-97.jsonl', 170, 90, 80],
    ['holdout-98.jsonl', 170, 90, 80],
    ['holdout-99.jsonl', 170, 90, 80],
    ['holdout-100.jsonl', 170, 90, 80],
    ['holdout-101.jsonl', 170, 90, 80],
    ['holdout-102.jsonl', 170, 90, 80],
    ['holdout-103.jsonl', 170, 90, 80],
    ['holdout-104.jsonl', 170, 90, 80],
    ['holdout-105.jsonl', 170, 90, 80],
    ['holdout-106.jsonl', 170, 90, 80],
    ['holdout-107.jsonl', 170, 90, 80],
    ['holdout-108.jsonl', 170, 90, 80],
    ['holdout-109.jsonl', 170, 90, 80],
    ['holdout-110.jsonl', 170, 90, 80],
    ['holdout-111.jsonl', 170, 90, 80],
    ['holdout-112.jsonl', 170, 90, 80],
    ['holdout-113.jsonl', 170, 90, 80],
    ['holdout-114.jsonl', 170, 90, 80],
    ['holdout-115.jsonl', 170, 90, 80],
    ['holdout-116.jsonl', 170, 90, 80],
    ['holdout-117.jsonl', 170, 90, 80],
    ['holdout-118.jsonl', 170, 90, 80],
    ['holdout-119.jsonl', 170, 90, 80],
    ['holdout-120.jsonl', 170, 90, 80],
    ['holdout-121.jsonl', 170, 90, 80],
    ['holdout-122.jsonl', 170, 90, 80],
    ['holdout-123.jsonl', 170, 90, 80],
    ['holdout-124.jsonl', 170, 90, 80],
    ['holdout-125.jsonl', 170, 90, 80],
    ['holdout-126.jsonl', 170, 90, 80],
    ['holdout-127.jsonl', 170, 90, 80],
    ['holdout-128.jsonl', 170, 90, 80],
    ['holdout-129.jsonl', 170, 90, 80],
  ] as const)(
    'include %s, well labelled and large enough, no worse than its untuned score and at its floors',
    (file, posts, holds, publishes) => {
      const name = holdoutSetName(file);
      const score = report.holdouts.find((set) => set.name === name)!;
      expect(checkLabelledFiles([join(handwrittenDir, file)])).toEqual([]);
      expect(score.score.posts).toBeGreaterThanOrEqual(posts);
      expect(score.score.holds).toBeGreaterThanOrEqual(holds);
      expect(score.score.publishes).toBeGreaterThanOrEqual(publishes);
      expectAboveUntuned(name, score.figures, MEASURED_ONLY.has(name));
      expectAtFloors(name, score.figures);
    },
  );
});

describe('the label checker', () => {
  const write = (lines: object[]) => {
    const path = join(mkdtempSync(join(tmpdir(), 'handwritten-')), 'posts.jsonl');
    writeFileSync(path, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
    return path;
  };

  it('rejects a span that is not in the text, a hold without spans and a repeated id', () => {
    const problems = checkLabelledFiles([
      write([
        {
          id: 'H001',
          text: 'โทร ๐๘๑ ๒๓๔ ๕๖๗๘',
          expect: 'hold',
          spans: [{ kind: 'pii', type: 'phone', text: '081 234 5678' }],
          note: 'x',
        },
        { id: 'H001', text: 'ไฟดับ', expect: 'hold', spans: [], note: 'x' },
      ]),
    ]);
    expect(problems).toEqual([
      'posts.jsonl:1: span phone "081 234 5678" is not in the text',
      'posts.jsonl:2: id H001 also in posts.jsonl:1',
      'posts.jsonl:2: expect hold with 0 spans',
    ]);
  });

  it('rejects a citizen ID with a wrong check digit and a valid one (Thai digits, dashes) left unlabelled', () => {
    const problems = checkLabelledFiles([
      write([
        {
          id: 'H001',
          text: 'เลข 1043198639311',
          expect: 'hold',
          spans: [{ kind: 'pii', type: 'national_id', text: '1043198639311' }],
          note: 'x',
        },
        { id: 'H002', text: 'บัตร ๑-๐๔๓๑-๙๘๖๓๙-๓๑-๘ ค่ะ', expect: 'publish', spans: [], note: 'x' },
        { id: 'H003', text: 'พัสดุ 1043198639311', expect: 'publish', spans: [], note: 'wrong check digit: fine' },
      ]),
    ]);
    expect(problems).toEqual([
      'posts.jsonl:1: national_id "1043198639311" has no valid check digit',
      'posts.jsonl:2: ๑-๐๔๓๑-๙๘๖๓๙-๓๑-๘ is a valid citizen ID but not labelled national_id',
    ]);
  });

  it('rejects lines that are not JSON, unknown types and posts without a note instead of crashing', () => {
    const path = write([{ id: 'H001', text: 'ไอ้บ้า', expect: 'hold', spans: [{ kind: 'pii', type: 'insult', text: 'ไอ้บ้า' }] }]);
    writeFileSync(path, '{"id": "H002", "text": \n', { flag: 'a' });
    expect(checkLabelledFiles([path])).toEqual([
      'posts.jsonl:1: no note',
      'posts.jsonl:1: unknown kind/type pii/insult',
      'posts.jsonl:2: not JSON',
    ]);
  });
});
