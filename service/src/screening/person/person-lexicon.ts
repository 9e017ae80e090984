// Loads the title, rank and kinship words and the dictionary-derived words that only look like "title + name".
import titleData from '../lexicon/titles.json' with { type: 'json' };
import innerTitleWordData from '../lexicon/inner-title-words.json' with { type: 'json' };
import titleWordData from '../lexicon/title-words.json' with { type: 'json' };
import verbData from '../lexicon/thai-verbs.json' with { type: 'json' };
import nicknameData from '../lexicon/thai-nicknames.json' with { type: 'json' };
import sensitiveData from '../lexicon/sensitive.json' with { type: 'json' };
import { normaliseText } from '../normalise/normalise-text.js';
import { childOf, Trie, type TrieNode } from '../match/trie.js';
import { continuesSyllable } from '../normalise/char-class.js';

/**
 * 'office': a local office or profession as a title (กำนัน, ผญบ., ดร.); 'sign': a title that is also an ordinary word
 * or role (ครู, หมอ, ผู้ใหญ่, อ.), a person only with a second sign (titles.json `signTitles`).
 */
export type TitleKind = 'title' | 'rank' | 'kinship' | 'office' | 'sign';

const norm = (w: string) => normaliseText(w).text;
const normAll = (words: readonly string[]) => words.map(norm);

/** A trie of words as the detectors read them (normalised), each word its own value. */
export function wordTrie(words: readonly string[]): Trie<string> {
  const trie = new Trie<string>();
  for (const w of words) trie.add(norm(w), w);
  return trie;
}

export const titleTrie = new Trie<TitleKind>();
const OFFICE_TITLES = new Set(normAll(titleData.officeTitles));
const SIGN_TITLES = new Set(normAll(titleData.signTitles));
for (const w of normAll(titleData.titles))
  titleTrie.add(w, SIGN_TITLES.has(w) ? 'sign' : OFFICE_TITLES.has(w) ? 'office' : 'title');
for (const w of titleData.ranks) titleTrie.add(norm(w), 'rank');
for (const w of titleData.kinship) titleTrie.add(norm(w), 'kinship');

/** นายก, นายอำเภอ, ป้าย, ย่าน, คุณภาพ: dictionary words that begin with a title. */
export const titleWordTrie = new Trie<string>();
for (const w of titleWordData.words) titleWordTrie.add(norm(w), w);
// Round 18: โฮงเฮียน|เรียนร่วม (Northern, "school"), ตาบอด, อาบน้ำ: verbs of thai-verbs.json that begin with a title or
// kinship word are such words too (the dictionary the list is derived from has no dialect words), and so are the
// parent words' compounds it lacks (titles.json `parentCompounds`: แม่ครัว, บักหุ่ง).
{
  const starters = normAll([...titleData.titles, ...titleData.kinship, ...titleData.weakKinship]).filter((w) =>
    /[\u0e00-\u0e7f]/.test(w),
  );
  for (const word of normAll(titleData.parentCompounds))
    if (titleWordTrie.longestAt(word, 0) !== word.length) titleWordTrie.add(word, word);
  for (const verb of normAll(verbData.verbs))
    if (starters.some((t) => verb.length > t.length && verb.startsWith(t)) && titleWordTrie.longestAt(verb, 0) !== verb.length)
      titleWordTrie.add(verb, verb);
}

/**
 * Round 15: whether a dictionary word of titleWordTrie starting at `start` runs past `end` (ป้า in ป้าย, นาย in นายก),
 * counting only a word that ends where a syllable may end: ป้าบ (a slap) is no word in ป้า|บ้าน, whose บ takes the tone
 * mark after it. Was `titleWordTrie.longestAt(text, start) > end`, which read every ป้า before บ้าน as ป้าบ.
 */
export function titleWordOver(text: string, start: number, end: number): boolean {
  let node = titleWordTrie.root as TrieNode<string> | undefined;
  for (let i = start; i < text.length; i++) {
    node = childOf(node!, text.charCodeAt(i));
    if (!node) return false;
    if (node.values && i + 1 > end && !continuesSyllable(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** กำนันประกาศ, ครูสอน, หมอบอก: the office's own work right after its title, a role acting rather than a name. */
export const officeVerbTrie = new Trie<string>();
for (const w of normAll(titleData.officeVerbs)) officeVerbTrie.add(w, w);

/** ขยาย, ทนายความ, หน้า, อย่า: dictionary words with a title inside, so that title is a syllable, not a person's. */
export const innerTitleWordTrie = new Trie<string>();
for (const w of innerTitleWordData.words) innerTitleWordTrie.add(norm(w), w);
for (const w of normAll(titleData.dialectInnerTitleWords)) innerTitleWordTrie.add(w, w);

/** นายช่าง, ลุงยาม, พี่วินมอเตอร์ไซค์: a job right after a title is a role, not a name. */
export const occupationTrie = new Trie<string>();
for (const w of normAll(titleData.occupations)) occupationTrie.add(w, w);

/** น้องชายผม, พี่สาวฉัน, ป้าของผม: the poster's own relative right after a kinship word, not a name. */
export const ownRelationTrie = new Trie<string>();
for (const w of normAll(titleData.ownRelation)) ownRelationTrie.add(w, w);

/** Words that end a name (verbs, places, pronouns), as a trie: names are scanned character by character. */
export const nameStopTrie = new Trie<string>();
for (const w of normAll(titleData.nameStops)) nameStopTrie.add(w, w);

/** The longest name-stop word at pos, if any. */
export function stopWordAt(text: string, pos: number): string | undefined {
  // Each word is stored under itself, so the longest match is the longest word; no callback per call.
  return nameStopTrie.longestAt(text, pos) < 0 ? undefined : nameStopTrie.longestValue;
}

/** ตา, บัง, อี, uncle: kinship only with a relation word before or a place after the name (see titles.json). */
export const weakKinshipTrie = new Trie<string>();
for (const w of normAll(titleData.weakKinship)) weakKinshipTrie.add(w, w);

/** Start of the longest word of a reversed trie ending at end, or -1. One backward walk. */
export function reversedWordStart(trie: Trie<string>, text: string, end: number): number {
  let node: TrieNode<string> | undefined = trie.root;
  let start = -1;
  for (let i = end; i > 0 && end - i < trie.maxLength; i--) {
    node = childOf(node, text.charCodeAt(i - 1));
    if (!node) break;
    if (node.values) start = i - 1;
  }
  return start;
}

/** Relation words reversed (หลาน → นาลห), so that "a relation ends here" is one backward trie walk. */
export const reversedRelationTrie = new Trie<string>();
for (const w of normAll(titleData.relations)) reversedRelationTrie.add([...w].reverse().join(''), w);

/** Modifiers between a relation word and the name (ลูกชายคนเล็กของน้าพร), reversed like the relations. */
export const reversedModifierTrie = new Trie<string>();
for (const w of normAll(titleData.relationModifiers)) reversedModifierTrie.add([...w].reverse().join(''), w);

/** The same modifiers read forwards. */
export const modifierTrie = new Trie<string>();
for (const w of normAll(titleData.relationModifiers)) modifierTrie.add(w, w);

/** Relation words read forwards: a relation after a weak kinship word's name (อ้ายจ่อยลูกพ่อใหญ่สอน). */
export const relationTrie = new Trie<string>();
for (const w of normAll(titleData.relations)) relationTrie.add(w, w);

/** Words a weak kinship word may follow without a space (คือพ่อใหญ่หมวย…), reversed for one backward walk. */
export const reversedChainLeadTrie = new Trie<string>();
for (const w of normAll(titleData.chainLeads)) reversedChainLeadTrie.add([...w].reverse().join(''), w);

/** English relations after a name and 's (Auntie Noi's son). */
export const possessiveRelationTrie = new Trie<string>();
for (const w of normAll(titleData.possessiveRelations)) possessiveRelationTrie.add(w, w);

/** Names that begin with a stop word (หมาน, มาลี). */
export const stopLikeNameTrie = new Trie<string>();
for (const w of normAll(titleData.namesLikeStops)) stopLikeNameTrie.add(w, w);

/** Places right after a weak kinship word's name (บ้าน, หน้าร้าน, from the). */
export const placeAfterNameTrie = new Trie<string>();
for (const w of normAll(titleData.placeAfterName)) placeAfterNameTrie.add(w, w);

/** Particles after a kinship word's name that address the reader (พี่แอดมินคะ, ลุงแดงครับ). */
export const vocativeTrie = new Trie<string>();
for (const w of normAll(titleData.vocatives)) vocativeTrie.add(w, w);

/** Mr. DIY, นางนพมาศ, ย่าโม, ปู่ตา: a title or kinship word inside a brand's, a character's or a figure's name. */
export const notPersonTrie = new Trie<string>();
for (const w of normAll(titleData.notPersons)) notPersonTrie.add(w, w);

/** สาขา, branch: after a kinship name, the name is a shop's brand (ร้านป้าอ้วนสาขาสอง). */
export const brandAfterNameTrie = new Trie<string>();
for (const w of normAll(titleData.brandAfterName)) brandAfterNameTrie.add(w, w);

/** Round 30: a business's kind after a kinship word (บ้านยายคาเฟ่): the business's name. */
export const businessAfterKinshipTrie = new Trie<string>();
for (const w of normAll(titleData.businessAfterKinship)) businessAfterKinshipTrie.add(w, w);

/** หนุ่ม, สาว: words that end a name but are a shop owner's nickname when the shop's blame follows (titles.json). */
/** Round 24: what บัง (to shade) takes as its object where the Malay kinship word would stand (titles.json). */
export const malayKinshipObjectTrie = new Trie<string>();
for (const w of normAll(titleData.malayKinshipObjects)) malayKinshipObjectTrie.add(w, w);
export const shopNicknameStopTrie = new Trie<string>();
for (const w of normAll(titleData.shopNicknameStops)) shopNicknameStopTrie.add(w, w);

/** Words for a shop or stall (titles.json `shopWords`), looked for in the run of letters before a name: ร้านก๋วยเตี๋ยว|ป้าศรี. */
export const shopTrie = new Trie<string>();
for (const w of normAll(titleData.shopWords)) shopTrie.add(w, w);
export const shopWrongTrie = new Trie<string>();
for (const w of normAll(titleData.shopWrongs)) shopWrongTrie.add(w, w);

/** ที่, ซึ่ง, who, the guy: a clause about the person opens right after the name (titles.json `clauseLeads`). */
export const clauseLeadTrie = new Trie<string>();
for (const w of normAll(titleData.clauseLeads)) clauseLeadTrie.add(w, w);

/** มัสยิด, โรงเรียน, stall, soi: a place named inside that clause (titles.json `clausePlaces`). */
export const clausePlaceTrie = new Trie<string>();
for (const w of normAll(titleData.clausePlaces)) clausePlaceTrie.add(w, w);

/** เอกชน, โทรศัพท์, โทรม: ordinary words that begin with a rank's degree syllable (titles.json `rankDegreeWords`). */
export const rankDegreeWordTrie = new Trie<string>();
for (const w of normAll(titleData.rankDegreeWords)) rankDegreeWordTrie.add(w, w);

export const personWords = {
  ownedPlaces: normAll(titleData.ownedPlaces),
  surnameStops: normAll(titleData.surnameStops),
  placeWords: normAll(titleData.placeWords),
  roleWords: normAll(titleData.roleWords),
  thanksWords: normAll(titleData.thanksWords),
  signatureWords: normAll(titleData.signatureWords),
  newsWords: normAll(titleData.newsWords),
  titleMentions: normAll(titleData.titleMentions),
  vocatives: normAll(titleData.vocatives),
  objectKinship: normAll(titleData.objectKinship),
  leadableKinship: new Set(normAll(titleData.leadableKinship)),
  casedLatinKinship: new Set(normAll(titleData.casedLatinKinship)),
  malayKinship: new Set(normAll(titleData.malayKinship)),
  chatLatinKinship: new Set(normAll(titleData.chatLatinKinship)),
  rankDegrees: normAll(titleData.rankDegrees),
  kinshipPairJoins: normAll(titleData.kinshipPairJoins),
  /** Kinship words that, written right before another, make a list (ตา|ยาย, ปู่|ย่า): the strong ones and ตา, อา. */
  // Round 23: ปี้น้อง, the Northern พี่น้อง (everyone), and ป้อหนาน|แม่อุ๊ย, elders of the North, are a list's words too.
  // Round 24 (two writers each): so are the Malay father and grandparent (มะกับเปาะที่บ้าน; not มะ and เมาะ, which are
  // also names: แบมะ, ยายเมาะ) and the old ones (พ่อเฒ่าแม่เฒ่าที่อยู่ผู้เดียว, ยายตาเฒ่าๆ หลายคน).
  listKinship: normAll([
    ...titleData.kinship,
    ...['ตา', 'อา', 'ปี้', 'ป้อหนาน', 'แม่อุ๊ย', 'พ่ออุ๊ย', 'ป้ออุ๊ย'],
    ...['เปาะ', 'โต๊ะ'],
    ...['พ่อเฒ่า', 'แม่เฒ่า', 'ตาเฒ่า', 'ยายเฒ่า'],
  ]),
};

/** เร็ว, ดีใจ, ไป: how, how much, where to or how someone felt, right after a kinship word (titles.json `kinshipMannerWords`). */
export const kinshipMannerTrie = new Trie<string>();
for (const w of normAll(titleData.kinshipMannerWords)) kinshipMannerTrie.add(w, w);

/** ขาย, ซ่อม, เลี้ยง: a trade written after a weak kinship word's nickname (titles.json `tradeVerbs`). */
export const tradeVerbTrie = new Trie<string>();
for (const w of normAll(titleData.tradeVerbs)) tradeVerbTrie.add(w, w);

/** road, street, soi: after an English title's word, a road's name (titles.json `latinStreetWords`). */
export const latinStreetWords = new Set(normAll(titleData.latinStreetWords));

/** stall, shop, store: after an English name and 's, the shop's name (titles.json `latinShopWords`). */
export const latinShopWords = new Set(normAll(titleData.latinShopWords));

/** pour, dump, plays loud: what an English post blames a shop for (titles.json `latinShopWrongs`). */
export const latinShopWrongTrie = new Trie<string>();
for (const w of normAll(titleData.latinShopWrongs)) latinShopWrongTrie.add(w, w);

/**
 * กด, ตัดหญ้า, ออกกำลังกาย, เว้า, แอ่ว: words that open a predicate right after a person word (lexicon/thai-verbs.json,
 * round 14), so a kinship word before one is used generically (ยาย|กดเงิน), no nickname.
 */
export const kinVerbTrie = wordTrie(verbData.verbs);
/** แดง, ต้อม, ชม, ยิ้ม: common nicknames (lexicon/thai-nicknames.json); they outrank a verb they spell. */
export const nicknameTrie = wordTrie(nicknameData.nicknames);
/** ชม, ยิ้ม, ต่อ, หอม: nicknames that are also verbs; what follows them decides. */
export const verbLikeNicknames: ReadonlySet<string> = new Set(nicknameData.verbLike);

/**
 * Round 23: ไอ้ท่อประปาหน้าบ้าน, ไอ้เสาไฟหน้าบ้าน (two writers): ไอ้/อี before a thing is a demonstrative ("that damn pipe").
 * The things are sensitive.json `thingSubjects` (streets, pipes, poles, signs: what a complaint is about), less the
 * nicknames and the words of two letters or fewer (ไฟ), which people are called by.
 */
export const demonstrativeThingTrie = wordTrie(
  sensitiveData.thingSubjects.filter((w) => w.length > 2 && !nicknameData.nicknames.includes(w)),
);
/** titles.json `dialectKinshipWords` (เฮียน). */
export const dialectKinshipWords: readonly string[] = normAll(titleData.dialectKinshipWords);
/** The prefixes that are also demonstratives before a thing. */
export const DEMONSTRATIVE_KIN: ReadonlySet<string> = new Set(['ไอ้', 'ไอ่', 'ไอ', 'อี']);
