/**
 * The small closed word lists the target extractor reads Chinese with. They are grammar (how a
 * count is written), not vocabulary: what a count is OF lives in content/vocab/target-categories.yaml.
 */

/**
 * Classifiers: measure words that count things. Which one a text uses says little about what it
 * counts (100个未来科技创新示范企业 = 100家示范企业, 100个未来产业标准规范 = 100项标准规范).
 */
export const CLASSIFIERS = ['项', '个', '家', '名', '人'] as const;

/** Classifiers and money units a target's number must be followed by; longest first. */
export const UNITS = ['万亿元', '亿元', '万元', '元', ...CLASSIFIERS] as const;

/** 十大科创城: a Chinese numeral + 大 names a set; its classifier is implied and recorded as 个. */
export const NAMED_SET_MARK = '大';
export const NAMED_SET_UNIT = '个';

/**
 * Verbs that may govern a named set (N大X) for it to count as a commitment: 高标准建设十大科创城 is one,
 * 瞄准七大重点领域 / 升级六大行动 / 提出了五大建设任务 are not.
 */
export const NAMED_SET_VERBS = ['建设', '打造', '建成'] as const;

/** A bracketed alternative classifier right after the unit, as in 100名（个）…人才（团队）; part of the unit as printed. */
export const ALTERNATIVE_UNIT = /^（[个名家项]）/;

/** Whether a unit as printed counts things (项, 名（个）…) rather than money. */
export function isClassifier(unit: string): boolean {
  return (CLASSIFIERS as readonly string[]).includes(unit.replace(/（[个名家项]）$/u, ''));
}

/** Qualifiers written right after the unit: 10项左右, 100家以上. */
export const QUALIFIERS_AFTER = ['左右', '以上', '以内'] as const;

/** Qualifiers written earlier in the same sentence: 力争…60项, 争取形成10家, 每年择优组织30-40项. */
export const QUALIFIERS_BEFORE = ['力争', '争取', '每年', '不少于', '至少', '超过'] as const;

/**
 * Verbs that govern a counted object (建设20个…, 制定…60项). Used to find where the subject of a
 * post-nominal count starts (…推动市场主体制定地方标准或行业标准60项 -> 地方标准或行业标准) and to tell
 * an enumeration's size (…、虚拟现实10个成长型: no verb) from a commitment (、科研院所联合企业建设20个).
 * 推动 and 依托 are deliberately absent: they introduce the actor or the means, not the object.
 */
export const GOVERNING_VERBS = [
  '制修订', '发展壮大', '建设', '打造', '培育', '形成', '突破', '推进', '研制', '开发', '升级', '制定',
  '组织', '实施', '引育', '引培', '招引', '吸引', '引进', '选拔', '筛选', '布局', '建强', '培养', '新建', '建成',
] as const;

/**
 * What may stand before the verb phrase of a count and is not part of it: a bullet or enumerator (——, 一是),
 * a deadline (到2026年), a hedge (力争, 争取, 每年: kept as qualifiers), a field (在未来产业领域), a list's 、.
 * Stripped from the start of the words before a count, repeatedly, to find its action.
 */
export const ACTION_LEAD = [/^[、—\s]+/u, /^[一二三四五六七八九十]+是/u, /^[到至]\d{4}年/u, /^(?:力争|争取|每年)/u, /^在[^，。；]*?领域/u] as const;

/** A conjunction that carries the previous count's verb over to this one: …骨干高企，以及300家左右…创业企业. */
export const ACTION_CONJUNCTIONS = ['以及', '和', '及', '并'] as const;

/**
 * Words that, in the verb phrase a count stands in, change what the number counts; pages then show the phrase
 * with the amount, since the amount alone would be read as things the province itself makes:
 * - another actor does it, the province pushes, encourages or supports (推动市场主体制定, 鼓励高校、科研院所联合企业建设,
 *   支持建设, 推动建设): the count is of what others make;
 * - taking part counts (主导或参与制修订): a standard others lead counts too;
 * - existing ones are picked or upgraded (分批分类筛选, 竞争选拔, 着力升级): the count is of existing things;
 * - they are brought in (打造和吸引, 集聚和招引, 系统引培, 重点引育): the count includes what comes from elsewhere.
 * A plain 建设, 打造, 培育, 形成, 制定, 突破, 组织实施… says the province makes them, which is how a bare amount reads.
 */
export const COUNT_CHANGING_WORDS = ['推动', '鼓励', '支持', '引导', '参与', '筛选', '选拔', '遴选', '升级', '吸引', '招引', '引进', '引培', '引育'] as const;

/** Verbs linking a preceding subject to its amount: 未来产业总体规模达到1000亿元. */
export const LINKING_VERBS = ['达到', '超过', '突破', '达'] as const;

/**
 * Words by which a news report states a commitment rather than an event: 重庆将培育…, 力争…. With an
 * explicit 到2026年 (DEADLINE), the only ways a digest's sentence can hold a target.
 */
export const FORWARD_WORDS = ['将', '力争', '争取', '计划', '预计'] as const;

/** Predicates that end a subject written before them: 共有10个先导区入选. */
export const SUBJECT_STOP_WORDS = ['入选'] as const;

/**
 * Punctuation that closes a clause for the purpose of finding a subject. Input is normalised to
 * full-width, but half-width marks count too so that a normaliser gap does not glue clauses.
 */
export const CLAUSE_BREAK = /[，。；：！？,;:!?]/;

/** Marks that end a count-first subject or start a count-last one: a clause break or 、. */
export const ITEM_BREAK = /[，。；：！？,;:!?、]/;

/** Punctuation that closes a sentence for the purpose of finding a deadline or a hedge. */
export const SENTENCE_BREAK = /[。；！？;!?]/;

/** An explicit deadline: 到2026年, 至2030年. */
export const DEADLINE = /[到至](\d{4})年/g;
