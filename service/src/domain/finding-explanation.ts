// Why a finding held a post, in plain Thai and English, for the moderator reading the queue: the finding's type, and
// where its rule says more (a s.26 category and what identified the person, how a name or an insult was written),
// that too. Pure.

export interface Explanation {
  th: string;
  en: string;
}

const BY_TYPE: Record<string, Explanation> = {
  insult: { th: 'คำหยาบหรือคำดูหมิ่น ห้ามเผยแพร่ตามนโยบายของเว็บไซต์', en: 'Profanity or an insult; the site does not publish it.' },
  national_id: {
    th: 'เลขประจำตัวประชาชน 13 หลัก (ตรวจเลขหลักสุดท้ายแล้วถูกต้อง) เป็นข้อมูลส่วนบุคคลตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล',
    en: 'A Thai citizen ID number (its check digit is valid): personal data under the PDPA.',
  },
  phone: {
    th: 'หมายเลขโทรศัพท์ของบุคคล ไม่ใช่หมายเลขสาธารณะของหน่วยงาน',
    en: "A person's phone number, not one of the municipality's public numbers.",
  },
  email: { th: 'ที่อยู่อีเมลของบุคคล', en: "A person's email address." },
  bank_account: { th: 'เลขบัญชีธนาคารหรือพร้อมเพย์', en: 'A bank account or PromptPay number.' },
  license_plate: { th: 'ทะเบียนรถ ระบุตัวเจ้าของรถได้', en: 'A vehicle licence plate, which identifies its owner.' },
  address: { th: 'บ้านเลขที่หรือที่อยู่ที่ระบุตัวบุคคลได้', en: 'A house number or address that identifies a household.' },
  person_name: {
    th: 'ชื่อบุคคลทั่วไปที่มีคำนำหน้า (นาย นาง นางสาว ฯลฯ) ในบริบทที่ระบุตัวได้',
    en: 'A private person named with a title (Mr, Mrs, Miss…) in an identifying context.',
  },
  passport: { th: 'เลขหนังสือเดินทาง', en: 'A passport number.' },
  line_id: { th: 'ไอดีไลน์ของบุคคล', en: "A person's LINE ID." },
  sensitive: {
    th: 'ข้อมูลอ่อนไหวตามมาตรา 26 (สุขภาพ ศาสนา ความคิดเห็นทางการเมือง ประวัติอาชญากรรม ฯลฯ) เกี่ยวกับบุคคลที่ระบุตัวได้',
    en: 'Sensitive data under PDPA section 26 (health, religion, politics, criminal record…) about an identifiable person.',
  },
  url: {
    th: 'มีลิงก์ (เว็บไซต์นี้ตั้งให้ตรวจลิงก์ก่อนเผยแพร่ เพื่อกันสแปม)',
    en: 'Contains a link (this site holds links for review, against spam).',
  },
  private_conversation: {
    th: 'ข้อความเป็นการคุยกันระหว่างบุคคล (ทักทาย ตอบโต้ นัดหมาย) ไม่ใช่เรื่องของหน่วยงาน เว็บไซต์นี้ตั้งให้ตรวจก่อนเผยแพร่',
    en: 'Reads as a conversation between private persons (a greeting, a reply, an arrangement), not a matter for the municipality; this site holds such posts.',
  },
  screening_incomplete: {
    th: 'ระบบตรวจข้อความอัตโนมัติตรวจข้อความนี้ไม่ครบ (ข้อความยาวหรือซับซ้อนผิดปกติ) โปรดอ่านทั้งข้อความก่อนเผยแพร่ ระบบเสนอให้ซ่อนทั้งข้อความไว้ก่อน',
    en: 'Automatic screening could not finish this text (unusually long or convoluted); read all of it before publishing. The suggested redaction hides the whole text.',
  },
};

const BY_KIND: Record<string, Explanation> = {
  profanity: BY_TYPE.insult!,
  pii: { th: 'ข้อมูลส่วนบุคคล', en: 'Personal data.' },
  link: BY_TYPE.url!,
  review: BY_TYPE.screening_incomplete!,
  conversation: BY_TYPE.private_conversation!,
};

const SITE_BLOCKED: Explanation = { th: 'คำที่เว็บไซต์นี้กำหนดให้ตรวจก่อนเผยแพร่', en: "A word on this site's own blocked list." };

/** The words a rule is built of: `sensitive.health+role+place` → head `sensitive.health`, signs role and place. */
function ruleParts(rule: string): { head: string; signs: string[]; word: string | undefined } {
  const colon = rule.indexOf(':');
  const body = colon < 0 ? rule : rule.slice(0, colon);
  const [head = '', ...signs] = body.split('+');
  return { head, signs, word: colon < 0 ? undefined : rule.slice(colon + 1) };
}

/** "a, b and c" in English; "ก ข และค" in Thai. */
function listOf(items: readonly Explanation[]): Explanation {
  const join = (parts: string[], and: string, sep: string) =>
    parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(sep)}${and}${parts[parts.length - 1]}`;
  return {
    th: join(
      items.map((i) => i.th),
      ' และ',
      ' ',
    ),
    en: join(
      items.map((i) => i.en),
      ' and ',
      ', ',
    ),
  };
}

/** The table's own entry for a key (never Object.prototype's: a rule or type is data, `toString` included). */
const own = <T>(table: Record<string, T>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

const known = <T>(table: Record<string, T>, keys: readonly string[]): T[] =>
  keys.flatMap((k) => (Object.hasOwn(table, k) ? [table[k]!] : []));

/** PDPA s.26 categories, as `sensitive.<category>` names them. */
const SENSITIVE_CATEGORY: Record<string, Explanation> = {
  health: { th: 'ข้อมูลสุขภาพ', en: 'health' },
  disability: { th: 'ความพิการ', en: 'a disability' },
  criminal: { th: 'ประวัติอาชญากรรมหรือคดีความ', en: 'a criminal record or case' },
  religion: { th: 'ศาสนาหรือความเชื่อ', en: 'religion or belief' },
  politics: { th: 'ความคิดเห็นหรือสังกัดทางการเมือง', en: 'political opinion or affiliation' },
  sexual: { th: 'รสนิยมหรือพฤติกรรมทางเพศ', en: 'sexual orientation or behaviour' },
  ethnicity: { th: 'เชื้อชาติหรือเผ่าพันธุ์', en: 'race or ethnicity' },
  union: { th: 'การเป็นสมาชิกสหภาพแรงงาน', en: 'trade-union membership' },
  genetic: { th: 'ข้อมูลพันธุกรรม', en: 'genetic data' },
};

/** What made the person identifiable (the detector's signs); a sign not listed here is left out of the sentence. */
const SENSITIVE_SIGN: Record<string, Explanation> = {
  identified: { th: 'ชื่อ เลข หรือที่อยู่ในข้อความเดียวกัน', en: 'a name, number or address in the same post' },
  role: { th: 'อาชีพหรือบทบาท', en: 'their job or role' },
  unique: { th: 'ตำแหน่งที่มีคนเดียว', en: 'a position only one person holds' },
  place: { th: 'สถานที่ที่อยู่หรือทำงาน', en: 'where they live or work' },
  locator: { th: 'คำบอกที่อยู่ (ข้างบ้าน ท้ายซอย ฯลฯ)', en: 'a locating word (next door, end of the soi…)' },
  this_person: { th: 'คำชี้เฉพาะ (คนนี้ คนนั้น)', en: 'a pointing word (this or that person)' },
  pronoun: { th: 'สรรพนามที่อ้างถึงคนเดิม', en: 'a pronoun referring back to them' },
  hearsay: { th: 'การเล่าต่อ (ได้ยินว่า…)', en: 'hearsay about them (I heard…)' },
  carried: { th: 'ประโยคก่อนหน้าที่พูดถึงคนเดียวกัน', en: 'the sentence before, about the same person' },
  far: { th: 'ตอนต้นของข้อความที่แนะนำตัวคนนั้นไว้', en: 'the opening of the post, which introduced them' },
  village: { th: 'หมู่บ้านที่ระบุต่อจากตำแหน่ง', en: 'the village named after their role' },
  subject: {
    th: 'บทบาทที่บอกไว้ตรงหน้าข้อมูลนั้นในฐานะเจ้าของเรื่อง ซึ่งชี้ถึงคนคนเดียว',
    en: 'that role told right before the fact as its subject, pointing at one person',
  },
  kin: {
    th: 'คำเรียกญาติ ชื่อเล่น และบ้านของเขาที่บอกไว้ก่อนหน้า',
    en: 'a kinship word, a nickname and their home, told before',
  },
};

function explainSensitive(head: string, signs: string[]): Explanation | undefined {
  const category = own(SENSITIVE_CATEGORY, head.slice('sensitive.'.length));
  if (!category) return undefined;
  const by = listOf(known(SENSITIVE_SIGN, signs));
  return {
    th: `ข้อมูลอ่อนไหวตามมาตรา 26 (${category.th}) ของบุคคลที่ระบุตัวได้${by.th ? `จาก${by.th}` : ''}`,
    en: `Sensitive data under PDPA section 26 (${category.en}) about an identifiable person${by.en ? `, identified by ${by.en}` : ''}.`,
  };
}

/** How a private person was named (`person_name.<how>+<signs>`). */
const PERSON_HOW: Record<string, Explanation> = {
  'person_name.title': BY_TYPE.person_name!,
  'person_name.rank': {
    th: 'ชื่อบุคคลที่มียศนำหน้า (จ่า ด.ต. ร.ต.อ. ฯลฯ) ในบริบทที่ระบุตัวได้',
    en: 'A person named with a rank (Sgt, Pol. Lt…) in an identifying context.',
  },
  'person_name.kinship': {
    th: 'ชื่อหรือชื่อเล่นที่นำด้วยคำเรียกญาติ (ป้า ลุง ยาย ฯลฯ) ซึ่งชี้ตัวคนในชุมชนได้',
    en: 'A name or nickname after a kinship word (auntie, uncle, grandma…) that points at someone in the community.',
  },
  'person_name.relation': {
    th: 'ชื่อของญาติที่ระบุว่าเป็นญาติของใคร (ลูกชายของเพื่อนบ้านชื่อ…) ซึ่งชี้ตัวบุคคลได้',
    en: "A relative named through whose relative they are (my neighbour's son Boy), which points at one person.",
  },
  'person_name.self': {
    th: 'ชื่อที่ผู้โพสต์บอกว่าเป็นชื่อของตัวเอง (ผมชื่อ… ดิฉันชื่อ…) ในข้อความที่จะเผยแพร่',
    en: 'A name the poster gives as their own (my name is…), in text that would be published.',
  },
  'person_name.contact': {
    th: 'ชื่อของคนที่ให้ติดต่อ ตามด้วยเบอร์โทรศัพท์ (ติดต่อ แอน 08…)',
    en: 'The name of whom to contact, followed by a phone number (call Noi on 08…).',
  },
  'person_name.named': {
    th: 'ชื่อและนามสกุลของบุคคลทั่วไปที่เขียนไว้โดยไม่มีคำนำหน้า (คนที่เช่าแผงชื่อ… ชื่อในบัตรคือ…) ซึ่งชี้ตัวบุคคลได้',
    en: 'A private person’s full name written without a title (the tenant’s name is…, a man called…), which points at one person.',
  },
  'person_name.relative': {
    th: 'ญาติของผู้ดำรงตำแหน่ง (ลูกสาวผู้ใหญ่บ้านหมู่ 4 หลานนายก…) ซึ่งชี้ตัวบุคคลได้แม้ไม่บอกชื่อ เพราะตำแหน่งนั้นมีคนเดียว',
    en: 'A relative of an office holder (the headman of Moo 4’s daughter, the mayor’s nephew), who is one person though unnamed, since the office has one holder.',
  },
  'person_name.role': {
    th: 'ชื่อบุคคลที่ตามหลังคำบอกบทบาทหรือความสัมพันธ์ (แม่บ้าน เพื่อนบ้าน เจ้าของบ้าน คนขับรถ) ซึ่งชี้ตัวบุคคลได้',
    en: 'A personal name after a role or relation word (our housekeeper, my neighbour, the landlord), which points at one person.',
  },
};

const PERSON_SIGN: Record<string, Explanation> = {
  place: { th: 'ที่อยู่หรือที่ทำงานของเขา', en: 'where they live or work' },
  relation: { th: 'สายญาติ (ลูกเขยของยาย… ฯลฯ)', en: 'a chain of relatives (the son-in-law of grandma…)' },
  'relation-after': { th: 'ว่าเป็นญาติของใคร', en: 'whose relative they are' },
  fact: { th: 'เรื่องของเขาที่ตามมา', en: 'what is said about them' },
  'trade-place': { th: 'อาชีพที่ทำและสถานที่', en: 'the trade they ply and where' },
  'clause-place': { th: 'ที่อยู่หรือที่ทำงานที่บอกไว้ในประโยคที่ขยายชื่อ', en: 'where they live or work, told in the clause after the name' },
  'home-place': { th: 'บ้านของเขาที่บอกไว้ว่าติด ริม หรือข้างสถานที่ใด', en: 'where their home is: next to, by or beside a place' },
  'owned-place': {
    th: 'กิจการที่เขาเป็นเจ้าของหรือทำอยู่ (ฟาร์มหมูของ… ร้านน้ำชาของ…)',
    en: 'the business they run (the pig farm of…, the tea shop of…)',
  },
};

function explainPerson(head: string, signs: string[]): Explanation | undefined {
  const how = own(PERSON_HOW, head);
  if (!how) return undefined;
  const also = listOf(known(PERSON_SIGN, signs));
  if (!also.en) return how;
  return { th: `${how.th} พร้อม${also.th}`, en: `${how.en.slice(0, -1)}, with ${also.en}.` };
}

/** Narrower explanations for some number and address rules (the whole rule before any sign, or one sign). */
const PII_RULE: Record<string, Explanation> = {
  'national_id.non_thai': {
    th: 'เลขบัตรประจำตัวคนซึ่งไม่มีสัญชาติไทย (บัตรชมพู) ตรวจเลขหลักสุดท้ายแล้วถูกต้อง เป็นข้อมูลส่วนบุคคลตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล',
    en: 'A non-Thai identity card number (pink card; its check digit is valid): personal data under the PDPA.',
  },
  'address.english_order': {
    th: 'ที่อยู่ที่ระบุตัวบุคคลได้ เขียนแบบภาษาอังกฤษ (เลขที่ หมู่ ซอย ตำบล …)',
    en: 'An address that identifies a household, written the English way (house number, Moo, Soi, Tambon…).',
  },
  'address.building': {
    th: 'ห้องหรือชั้นในอาคารที่ระบุตัวผู้อยู่อาศัยได้',
    en: 'A room or floor in a named building, which identifies who lives there.',
  },
  'plate.truck': {
    th: 'ทะเบียนรถบรรทุกหรือรถสาธารณะพร้อมจังหวัด ระบุตัวเจ้าของรถได้',
    en: 'A truck or commercial plate with its province, which identifies its owner.',
  },
  'passport.numeric': { th: 'เลขหนังสือเดินทางแบบตัวเลขล้วน', en: 'A passport number (digits only).' },
  'passport.grouped': {
    th: 'เลขหนังสือเดินทางที่เขียนแยกเป็นกลุ่ม (K 582 0146)',
    en: 'A passport number written in groups (K 582 0146).',
  },
  'address.home_pin': {
    th: 'พิกัดแผนที่ (ละติจูด ลองจิจูด) ของบ้านของบุคคล',
    en: "The map coordinates (latitude, longitude) of a person's home.",
  },
  'plate.spelled': {
    th: 'ทะเบียนรถที่สะกดตัวอักษรเป็นชื่อ (กอไก่ ขอไข่ …) ระบุตัวเจ้าของรถได้',
    en: 'A licence plate with its letters spelled by name (kor kai, khor khai…), which identifies its owner.',
  },
  'phone.international': {
    th: 'หมายเลขโทรศัพท์ของบุคคลในรูปแบบระหว่างประเทศ (+66)',
    en: "A person's phone number in international form (+66).",
  },
  'phone.spelled': {
    th: 'หมายเลขโทรศัพท์ที่เขียนเป็นคำอ่าน (ศูนย์แปดเก้า …) ยังเป็นหมายเลขของบุคคล',
    en: "A phone number written out in words (zero eight one…), still a person's number.",
  },
};

function explainPii(head: string, signs: string[]): Explanation | undefined {
  const detector = head.slice(0, head.indexOf('.') + 1);
  return (
    own(PII_RULE, head) ??
    known(
      PII_RULE,
      signs.map((sign) => detector + sign),
    )[0]
  );
}

/** The signs that say how an insult was spelled; the others say how it was aimed. */
const DISGUISES = new Set(['spaced', 'leet', 'run', 'emoji']);

/** How an insult was written or aimed (`lexicon.<tier>+<disguise or signal>:<word>`). */
const INSULT_DISGUISE: Record<string, Explanation> = {
  spaced: { th: 'เขียนเว้นหรือคั่นตัวอักษร', en: 'letters spaced or separated' },
  leet: { th: 'ใช้ตัวเลขหรือตัวอักษรหน้าตาคล้ายกัน', en: 'look-alike letters or digits' },
  run: { th: 'ลากเสียงหรือพิมพ์ตัวอักษรซ้ำ', en: 'drawn-out letters' },
  emoji: { th: 'ใช้อีโมจิแทนคำ', en: 'an emoji standing for a word' },
  looks: { th: 'เรียกคนด้วยรูปร่างหน้าตาหรือสีผิวอย่างดูหมิ่น', en: 'a person called by their looks or skin colour, with contempt' },
  'identity-pejorative': {
    th: 'คำเรียกกลุ่มคนตามชาติพันธุ์ เพศ หรือความพิการ ตามด้วยคำเหยียด',
    en: 'a word for a people, a gender or a disability, with a slur after it',
  },
  'group-blame': {
    th: 'เหมารวมความผิดให้คนทั้งกลุ่ม',
    en: 'a wrong blamed on a whole group of people',
  },
  'group-slur': { th: 'คำเหยียดกลุ่มคนตามหลัง "พวก"', en: 'a slur for a whole group of people (those …)' },
  quantifier: { th: 'คำดูหมิ่นพหูพจน์ที่ชี้ไปยังกลุ่มคน', en: 'a plural insult aimed at a group of people (a bunch of …)' },
  intensified: { th: 'คำด่าที่มีคำเน้นต่อท้าย (…ดักดาน …บรม)', en: 'an insult with an intensifier glued to it' },
  'curse-target': { th: 'คำแช่งที่ระบุว่าแช่งใคร', en: 'a curse with the person it falls on' },
  'pronoun-trait': {
    th: 'สรรพนามเชิงดูหมิ่นตามด้วยนิสัยเสีย (มันขี้โกง…)',
    en: 'a contemptuous pronoun with a dishonest trait',
  },
  'identity-noun': {
    th: 'คำเรียกกลุ่มคนตามชาติพันธุ์ ภูมิภาค เพศ ความพิการ ศาสนา หรือแรงงานต่างด้าว ติดกับคำด่าหรือชื่อสัตว์',
    en: 'a word for a people, a region, a gender, a disability, a faith or migrants, joined to an insult or an animal',
  },
  'pronoun-glue': {
    th: 'สรรพนามเชิงดูหมิ่น คำเชื่อม และคำด่า อ่านเป็นวลีเดียว เช่น มึงมันโง่',
    en: "a contemptuous pronoun, a linking word and the insult, read as one phrase, as in you're such a …",
  },
  'kin-curse': {
    th: 'คำด่าถึงพ่อแม่หรือบรรพบุรุษพร้อมคำแช่ง',
    en: "a curse on the person's parents or forebears, with the death wished on them",
  },
};

const INSULT_TIER: Record<string, Explanation> = {
  'lexicon.romanised': { th: 'คำหยาบภาษาไทยที่เขียนด้วยอักษรโรมัน', en: 'a Thai insult written in Latin letters' },
  'lexicon.pronoun': { th: 'สรรพนามเชิงดูหมิ่น', en: 'a contemptuous pronoun' },
};

function explainInsult(head: string, signs: string[], word: string | undefined): Explanation {
  const base = BY_TYPE.insult!;
  const how = listOf([...known(INSULT_TIER, [head]), ...known(INSULT_DISGUISE, signs)]);
  if (!how.en) return base;
  // "reads as" only where the text is disguised: the entry's headword names a class (ชาวเขา is read by the entry of
  // เขมร), so after an aiming signal alone it would name the wrong word.
  const disguised = signs.some((sign) => DISGUISES.has(sign));
  const reads = disguised && word ? { th: ` อ่านว่า «${word}»`, en: `, reads as “${word}”` } : { th: '', en: '' };
  return { th: `${base.th} (${how.th}${reads.th})`, en: `${base.en.slice(0, -1)} (${how.en}${reads.en}).` };
}

export function explainFinding(finding: { kind: string; type: string; rule: string }): Explanation {
  if (finding.rule === 'site.blocked') return SITE_BLOCKED;
  const base = own(BY_TYPE, finding.type) ??
    own(BY_KIND, finding.kind) ?? { th: 'พบข้อความที่ต้องตรวจ', en: 'Text that needs a look.' };
  const { head, signs, word } = ruleParts(finding.rule);
  if (finding.kind === 'profanity') return explainInsult(head, signs, word);
  if (finding.type === 'sensitive') return explainSensitive(head, signs) ?? base;
  if (finding.type === 'person_name') return explainPerson(head, signs) ?? base;
  if (finding.kind === 'pii') return explainPii(head, signs) ?? base;
  return base;
}
