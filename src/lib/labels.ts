// Names the site shows for ids: shared by the pages (through atlas.ts) and the search index (scripts/pagefind.ts).

/** The seven provinces, in the order the site lists them. */
export const provinces = [
  { id: 'jiangsu', name: '江苏省', short: '江苏' },
  { id: 'anhui', name: '安徽省', short: '安徽' },
  { id: 'guangdong', name: '广东省', short: '广东' },
  { id: 'hubei', name: '湖北省', short: '湖北' },
  { id: 'chongqing', name: '重庆市', short: '重庆' },
  { id: 'gansu', name: '甘肃省', short: '甘肃' },
  { id: 'jiangxi', name: '江西省', short: '江西' },
] as const;
export type ProvinceId = (typeof provinces)[number]['id'];

/** @returns the anchor part of a clause id (`jiangsu-3yr-plan/c3` → `c3`), its id on the reader page */
export function anchorOf(clauseId: string): string {
  return clauseId.slice(clauseId.indexOf('/') + 1);
}

/** Province id → full name. */
export const PROVINCE_NAME: Record<string, string> = Object.fromEntries(provinces.map((p) => [p.id, p.name]));

/**
 * A province's name as pages and search show it. Text that belongs to no one province is the digest's opening
 * (今年6月以来，安徽、广东、江苏等地陆续推出新政…): 多省, not 全国, which would read as national policy.
 */
export function provinceLabel(province: string | null): string {
  return province ? PROVINCE_NAME[province] ?? province : MANY_PROVINCES;
}

/** The label of text about several provinces at once. */
export const MANY_PROVINCES = '多省';

/** The label of a document of no province and about none: a national one (工业和信息化部等七部门…实施意见). */
export const NATIONAL = '全国';

/**
 * Where a whole document belongs, as its title result shows it: its province, 多省 for a digest of several, 全国 for a
 * national document (as the documents index says), which 多省 would misdescribe.
 */
export function documentPlaceLabel(document: { province: string | null; provinces: readonly string[] }): string {
  return document.province || document.provinces.length > 0 ? provinceLabel(document.province) : NATIONAL;
}

/** The key of such clauses where clauses are listed by province (sectors.json, measures.json clausesByProvince). */
export const MANY_PROVINCES_KEY = 'multi';

/** Document kind → label. */
export const KIND_LABEL: Record<string, string> = { plan: '政策文件', interpretation: '政策解读', digest: '新闻综述', referenced: '仅见引用' };
/** The order document kinds are listed in: full texts first (plans, then interpretations, then digests), then documents known only by reference. */
export const KIND_ORDER = ['plan', 'interpretation', 'digest', 'referenced'] as const;

/**
 * The search filters: Pagefind filter names, which the search page shows as they are and reads from its
 * address (`/search/?q=…&省份=江苏省`); public/scripts/search.js lists them in display order.
 */
export const FILTER_NAMES = { province: '省份', kind: '文件类型', sector: '领域', measure: '政策工具', lead: '牵头部门' } as const;

/**
 * Marks issuers the text does not print (taken from its 解读 or a web page's 发布机构 field; see issuersBasis), on the
 * document page and in the search index alike.
 */
export const INFERRED_MARK = '〔推定〕';

/** Department role on a clause → label. */
export const ROLE_LABEL: Record<string, string> = { lead: '牵头', co: '配合', inherited: '承接', inferred: '推定' };

/** The four roles in one sentence, for the tables that count them (the departments index, a province page). */
export const ROLE_SUMMARY =
  '牵头：责任括注中排在首位（原文不写“牵头”二字时，按公文列序标注）；配合：排在其后；承接：“以下均需……落实”所指的落实单位；推定：政策方案整份没有一处责任括注时，其编号任务按牵头发文机关（署名在先者）推定。';

/** The list of clauses whose text names a department outside their responsibility notes: not a role. */
export const MENTION_LABEL = '正文提及';
/** A mention's chip says only 提及: its list is labelled, and the legend says the rest. */
export const MENTION_CHIP_LABEL = '提及';
/** The legend beside a document's chips: what a 提及 chip is. */
export const MENTION_LEGEND_NOTE = '条款正文（责任括注之外）写到的部门，链接其页面；这是原文的叙述，不是分工；责任括注已列为牵头或配合的部门不再重复。';
export const MENTION_NOTE = '条款正文（责任括注之外）写到这个机关的地方：这是原文的叙述，不是责任括注列出的分工；责任括注已列它为牵头或配合的条款不再重复。';

/**
 * What each role means, for a reader who has not read the ingest notes (a department page's sections). 牵头 and
 * 配合 come from the order of the clause's responsibility note, which the texts collected never write as 牵头.
 */
export const ROLE_NOTE: Record<string, string> = {
  lead: '条款责任括注中排在首位的部门（原文不写“牵头”二字时，按列举顺序标注）。',
  co: '条款责任括注中排在首位之后的部门。',
  inherited: '文中“以下均需……落实”一类总括说明所指的落实单位，带入写明该说明的条款之后的各条。',
  inferred: '政策方案整份没有一处责任括注时，按牵头发文机关（联合发文时署名在先者）推定；只标在编号的任务条款上，不含前言、目标等段落。',
};

/** How the reader picks a clause's 他省同类条款 (scripts/knowledge/link-related.ts), said where they are shown. */
export const RELATED_NOTE = '条款下的“他省同类条款”是其他省份中用到同一政策工具的条款，最多三条，该工具在两条中都是重点（写进标题或多次提到）的排在前面。';

/**
 * A clause's printed number as a prefix: `3.` for numbered clauses, `一是` / `（一）` as printed, nothing for goal bullets and paragraphs.
 * @param label the clause's label
 * @returns the prefix, without a trailing space
 */
export function clauseNumber(label: string): string {
  if (!label || label === '——') return '';
  return /\d$/u.test(label) ? `${label}.` : label;
}

/**
 * A title cut around its bracketed periods and years（2024-2026年）, which a line break must not split.
 * @param title a document title
 * @returns the title's runs in order, `keep` on the bracketed ones; joined, they are the title unchanged
 */
export function titleRuns(title: string): Array<{ text: string; keep: boolean }> {
  return title.split(/(（[^（）]*\d{4}[^（）]*）)/u).filter(Boolean).map((text) => ({ text, keep: /^（.*）$/u.test(text) }));
}

/** Why a clause carries a sector or measure tag, for its chip's tooltip: 依据原文：“精准招商”. */
export function tagEvidence(words: readonly string[] | undefined): string | undefined {
  return words?.length ? `依据原文：${words.map((w) => `“${w}”`).join('、')}` : undefined;
}
