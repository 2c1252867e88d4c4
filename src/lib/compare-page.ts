// The compare page: target categories × provinces, each cell the targets a province's texts set.
import {
  anchorLabel, anchorName, documentById, documentsOfProvince, firstStatementOf, hrefOf, provinces, restatementOf, printedAmount, targetAction, targetAmount, targetAnchor, targetHedge, targetStatement, targetYearLabel, targetYears, targets,
  yearSourceLabel, KIND_LABEL, type Target,
} from './atlas.ts';
import { targetCategories, UNCATEGORISED_LABEL } from './target-categories.ts';
import { QUALIFIER_JOIN } from './target-csv.ts';
import { isMoneyUnit } from './target-labels.ts';
import { partOfNote, partsNote, type TargetNote } from './target-parts.ts';

/** What an empty cell says: the texts in the atlas set no number for this province and category. */
export const NO_TARGET = '收录文本无数量目标';

/** One target as a compare cell shows it. */
export interface CompareTarget {
  target: Target;
  /** Hedges written before the amount (力争, 每年 …). */
  hedge: string;
  /** The verb phrase shown before the amount where it changes what the number counts (主导或参与制修订), else empty. */
  action: string;
  /** 100项 / 8-10个 / 10家左右 */
  amount: string;
  /** The amount as printed where the text has no digits for it (百家, 十大), else null. */
  printed: string | null;
  /** The thing counted, as written. */
  subject: string;
  /** 2026年 / 2026年（规划期末） / 2024–2026年（规划期内） for a yearly amount / 未写明年份 */
  yearLabel: string;
  /** `2026`, `2024 2025 2026` for a yearly amount, or `none`: the years the year filter matches. */
  yearKey: string;
  /** The clause it comes from, with anchor. */
  href: string;
  /** Document title · clause name (tooltip, CSV). */
  clauseLabel: string;
  /** The clause's number and heading, or its opening words. */
  clauseName: string;
  /** The target's own words in the text, as targets.json's text: 100项重大前沿技术攻关. */
  quote: string;
  /** The words with the verb printed right before them (what a repeat's link reads): 着力推进100项重大前沿技术攻关. */
  statement: string;
  /** For a repeat, how its hedges differ from the first statement's (此处有“争取”“左右”); else empty. */
  differs: string;
  /** The text it is stated in, by its short name (三年行动方案, “5个100”政策解读, 先导区新闻综述): a province's cell may
   * gather targets, and their repeats, from several texts, and a hover title is not seen on a phone. */
  source: string;
  documentId: string;
  /** The same target restated elsewhere (a goal bullet repeated as a task heading, a plan restated by its 解读). */
  repeats: CompareTarget[];
  /** What the target's declared parts are (其中：…，合计约100项); on the entry only, not on its repeats. */
  parts: TargetNote | null;
  /** That this target is a declared part of another and must not be added to it. */
  partOf: TargetNote | null;
  /** The other rows the same target stands in, as its subject counts two things (未来产业科技园和未来产业先导区):
   * the reader is told, so as not to add it twice. Empty for most targets, and on repeats. */
  alsoIn: Array<{ id: string; label: string }>;
}

/**
 * How a restatement's hedges differ from the first statement's, which the cell shows: 争取形成…100家左右 is folded under
 * a plain 100个, and the reader is told so rather than left to compare the quotes.
 * @returns e.g. 此处有“争取”“左右”, 此处无“力争”, or empty when they agree
 */
export function hedgeDifference(first: Pick<Target, 'qualifiers'>, repeat: Pick<Target, 'qualifiers'>): string {
  const quoted = (words: string[]) => words.map((w) => `“${w}”`).join('');
  const more = repeat.qualifiers.filter((q) => !first.qualifiers.includes(q));
  const fewer = first.qualifiers.filter((q) => !repeat.qualifiers.includes(q));
  return [more.length > 0 && `此处有${quoted(more)}`, fewer.length > 0 && `此处无${quoted(fewer)}`].filter(Boolean).join('，');
}


/** One cell: a province's targets in a category. */
export interface CompareCell {
  province: (typeof provinces)[number];
  targets: CompareTarget[];
  /** The largest amount (the upper bound of a range) per unit kind, for the chart. */
  max: number | null;
  /** How the chart names that amount: beside the bar, under it, and to a screen reader; null without one. */
  chart: ChartRowText | null;
}

/**
 * A chart row's words. The chart names what its amount counts, since one category holds unlike things
 * (300家 创业企业 beside 100家 领军企业).
 */
export interface ChartRowText {
  /** Beside the bar: the amount as printed (300家左右, 3-5个左右); the bare upper end when tied targets print different amounts. */
  value: string;
  /** Under the bar: the subject as printed (依托前沿科技成果转化与产业化的创业企业), tied subjects joined with ／;
   *  with different units each with its amount (100个 未来产业科创园区／100家左右 未来产业标杆孵化器). */
  subject: string;
  /** What a screen reader hears after the province: 300家左右（…）. */
  summary: string;
}

/** Room for a chart's subject line under its bar, in px of its 11 px type: the chart is 360 wide and the bars start at 48. */
const SUBJECT_WIDTH = 312;
/** Marks a subject line breaks after by choice: it names several things (100个 科创园区／100家 孵化器). */
const BREAK_AFTER = new Set([' ', '／', '、', '，']);

/**
 * A chart's subject in lines that fit under the bar, so none of it is cut: an SVG text does not wrap. A Han character
 * or full-width mark is 11 px wide, a digit or Latin letter about 6.5. A line breaks after a space, ／, 、 or ， in its
 * second half, else between two characters, never inside or right after a number or a Latin word (1000亿 stays together).
 * @returns the lines, each as wide as `width` at most (but a word wider than a line)
 */
export function subjectLines(subject: string, width = SUBJECT_WIDTH): string[] {
  const charWidth = (c: string) => (c.charCodeAt(0) < 0x80 ? 6.5 : 11);
  const widthOf = (text: string) => [...text].reduce((w, c) => w + charWidth(c), 0);
  const lines: string[] = [];
  let rest = subject;
  while (widthOf(rest) > width) {
    const characters = [...rest];
    // How many characters fit, adding their widths once rather than measuring each longer prefix again.
    let fit = 0;
    for (let used = 0; fit < characters.length && used + charWidth(characters[fit]!) <= width; fit++) used += charWidth(characters[fit]!);
    let at = fit;
    const mark = characters.slice(0, fit).findLastIndex((c) => BREAK_AFTER.has(c));
    if (mark >= fit / 2) at = mark + 1;
    else while (at > 1 && /[0-9A-Za-z.-]/u.test(characters[at - 1]!)) at--;
    // A word wider than a whole line has nowhere better to break.
    if (at <= 1) at = Math.max(fit, 1);
    lines.push(characters.slice(0, at).join('').trimEnd());
    rest = characters.slice(at).join('').trimStart();
  }
  return rest ? [...lines, rest] : lines;
}

/**
 * @param rowId the chart's category: a target that counts two kinds of thing (湖北 10家未来产业科技园和未来产业先导区)
 *   is charted in both categories' charts, and each bar says so, so the two bars are not read as two targets
 * @returns the words of a chart row for the first statements of the targets at its largest amount
 */
export function chartRowText(max: number, top: Target[], rowId?: string): ChartRowText {
  const words = chartRowWords(max, top);
  const others = [...new Set(top.filter((t) => t.alsoCategories.length > 0).flatMap((t) => [t.category, ...t.alsoCategories]))]
    .filter((id): id is string => id !== null && id !== rowId)
    .map((id) => `“${targetCategories.find((c) => c.id === id)?.label ?? id}”`);
  if (others.length === 0) return words;
  const note = `两类合计，同一目标亦见${others.join('、')}图`;
  return { ...words, subject: `${words.subject}（${note}）`, summary: `${words.summary}，${note}` };
}

function chartRowWords(max: number, top: Target[]): ChartRowText {
  // The amount as the text gives it (3-5个左右, 8-10个): the bar is drawn to the upper end, the label says the range.
  const amounts = [...new Set(top.map(targetAmount))];
  // 分批分类筛选 300家左右…创业企业 counts enterprises picked, not made: the verb goes with the subject where it changes that.
  const subjectOf = (t: Target) => `${targetAction(t) && `${targetAction(t)} `}${t.subject ?? '（未写明对象）'}`;
  if (amounts.length === 1) {
    // 百家高新技术企业 is charted as 100家: the subject line says how the text writes it.
    const printed = [...new Set(top.map(printedAmount).filter((p) => p !== null))].map((p) => `原文作“${p}”`);
    const subjects = [...new Set(top.map(subjectOf))].join('／');
    return {
      value: amounts[0]!,
      subject: printed.length ? `${subjects}（${printed.join('、')}）` : subjects,
      summary: `${amounts[0]}（${[subjects, ...printed].join('，')}）`,
    };
  }
  // A space, as in the table: the subject may stand apart from the amount in the text (100家左右…的未来产业标杆孵化器).
  const subject = [...new Set(top.map((t) => `${targetAction(t) && `${targetAction(t)} `}${printedAmount(t) ?? targetAmount(t)} ${t.subject ?? '（未写明对象）'}`))].join('／');
  return { value: `${max}`, subject, summary: subject };
}

/** One row of the matrix, and its chart. */
export interface CompareRow {
  id: string;
  label: string;
  description: string;
  cells: CompareCell[];
  /** The unit of the charted amounts: counts (项、个、家…) or money (亿元). */
  chartUnit: string;
}

/** @returns a target as the cell shows it */
export function compareTarget(target: Target): CompareTarget {
  const document = documentById.get(target.documentId);
  const kind = document?.kind;
  return {
    target,
    hedge: targetHedge(target),
    action: targetAction(target),
    amount: targetAmount(target),
    printed: printedAmount(target),
    subject: target.subject ?? '（未写明对象）',
    yearLabel: targetYearLabel(target),
    yearKey: target.year === null ? 'none' : targetYears(target).join(' '),
    href: hrefOf(target.id),
    clauseLabel: anchorLabel(targetAnchor(target)),
    clauseName: anchorName(targetAnchor(target)),
    quote: target.text,
    statement: targetStatement(target),
    differs: '',
    source: document?.shortTitle ?? (kind ? KIND_LABEL[kind] ?? '' : ''),
    documentId: target.documentId,
    repeats: [],
    parts: partsNote(target),
    partOf: partOfNote(target),
    alsoIn: [],
  };
}

/** @returns the cell's targets with each repeat folded under the first statement of its target */
function foldRepeats(own: Target[]): CompareTarget[] {
  const shown = new Map<string, CompareTarget>();
  for (const target of own) {
    const first = firstStatementOf(target.id);
    const holder = shown.get(first);
    // The entry says what its target's parts are, once.
    if (holder) holder.repeats.push({ ...compareTarget(target), differs: hedgeDifference(holder.target, target), parts: null });
    else shown.set(first, compareTarget(target));
  }
  return [...shown.values()];
}

/** How a province's targets are known: from its own full texts, or only from a digest's summary. */
function provenanceNote(provinceId: string): string {
  const own = documentsOfProvince(provinceId).filter((d) => d.source !== null);
  if (own.length === 0) return '无原文';
  if (own.every((d) => d.kind === 'digest')) return '仅新闻综述摘要';
  if (own.every((d) => d.kind === 'interpretation')) return '仅政策解读';
  // By kind: a 解读 is not the policy itself, as Jiangxi's 仅政策解读 says.
  const plans = own.filter((d) => d.kind === 'plan').length;
  const interpretations = own.filter((d) => d.kind === 'interpretation').length;
  return [plans > 0 && `${plans}份政策文件`, interpretations > 0 && `${interpretations}份政策解读`].filter(Boolean).join('、');
}

/**
 * Everything the compare page shows.
 * @returns rows (one per target category, then 其他 when some target has no category), the provinces
 *   with a note on where their targets come from, and the years the filter offers
 */
export function comparePage() {
  const byCategory = Map.groupBy(targets, (t) => t.category ?? '');
  const categories = [
    ...targetCategories.map((c) => ({ id: c.id, label: c.label, description: c.description })),
    ...(byCategory.has('') ? [{ id: 'other', label: UNCATEGORISED_LABEL, description: 'Targets whose subject matches no category.' }] : []),
  ];
  const rows: CompareRow[] = categories.map((category) => {
    // A coordinated subject (未来产业科技园和未来产业先导区) stands in the row of each thing it counts.
    const inCategory = category.id === 'other' ? byCategory.get('') ?? [] : targets.filter((t) => t.category === category.id || t.alsoCategories.includes(category.id));
    // Chart the unit kind most targets of the row use; the table lists every target whatever its unit.
    // Counts of things (项、个、家、名) compare with each other; money (亿元) only with money.
    const money = inCategory.filter((t) => isMoneyUnit(t.unit)).length > inCategory.length / 2;
    const cells = provinces.map((province) => {
      const own = inCategory.filter((t) => t.province === province.id);
      // A yearly amount (每年30-40项) is no total, so it is not charted against totals. Nor is a part whose whole is
      // in the cell: the 300家左右 创业企业 screened into the pool of the 100 示范企业 is not a larger target than it.
      const wholesHere = new Set(own.map((t) => t.id));
      const charted = own.filter((t) => isMoneyUnit(t.unit) === money && !t.perYear && !(t.partOf !== null && wholesHere.has(t.partOf)));
      const max = charted.length ? Math.max(...charted.map((t) => t.max)) : null;
      // A restatement (the plan's goal repeated as a task heading, or by its 解读) names its target again in other words.
      const atMax = charted.filter((t) => t.max === max);
      const firstStatements = atMax.filter((t) => !restatementOf.has(t.id));
      // A target in two rows says so in each, naming the other.
      const shown = foldRepeats(own).map((t) => ({
        ...t,
        alsoIn: categories.filter((c) => c.id !== category.id && (c.id === t.target.category || t.target.alsoCategories.includes(c.id))).map((c) => ({ id: c.id, label: c.label })),
      }));
      return { province, targets: shown, max, chart: max === null ? null : chartRowText(max, firstStatements.length ? firstStatements : atMax, category.id) };
    });
    // 名（个） is printed as one unit but names two classifiers: listed once each beside 名 and 个.
    const units = [...new Set(inCategory.filter((t) => isMoneyUnit(t.unit) === money).flatMap((t) => t.unit.split(/[（）]/u).filter(Boolean)))];
    return { ...category, cells, chartUnit: units.join('、') || '项' };
  });
  // Every year a target is in force, so a yearly amount's first years (2024 of 每年…2024–2026) are offered too.
  const years = [...new Set(targets.flatMap((t): Array<number | null> => (t.year === null ? [null] : targetYears(t))))].sort((a, b) => (a ?? 9999) - (b ?? 9999));
  const yearOptions = years.map((y) => ({ key: y === null ? 'none' : String(y), label: y === null ? '未写明年份' : `${y}年` }));
  return {
    rows,
    // Counted as the table shows them: a target restated elsewhere is one entry, its restatements listed under it.
    provinces: provinces.map((p) => {
      // A target listed in two rows (its subject counts two things) is one target.
      const shown = [...new Map(rows.flatMap((r) => r.cells).filter((c) => c.province.id === p.id).flatMap((c) => c.targets).map((t) => [t.target.id, t])).values()];
      const count = (entries: CompareTarget[]) => ({ targetCount: entries.length, restatements: entries.reduce((n, t) => n + t.repeats.length, 0) });
      return {
        ...p,
        note: provenanceNote(p.id),
        ...count(shown),
        // With a year chosen the table shows the entries in force that year (the filter reads their yearKey), each with
        // its restatements under it: the column head counts those, and says which year.
        byYear: yearOptions.map((y) => ({ ...y, ...count(shown.filter((t) => t.yearKey.split(' ').includes(y.key))) })),
      };
    }),
    years: yearOptions,
    documentTitle: (id: string) => documentById.get(id)?.title ?? id,
  };
}

/** In a row other than its category's, a target says where else it stands, so that rows are not counted twice. */
function alsoNote(target: Target, rowId: string): string {
  if (target.category === rowId || !target.alsoCategories.includes(rowId)) return '';
  const label = targetCategories.find((c) => c.id === target.category)?.label ?? target.category ?? '';
  return `计数对象并列两类，同一目标也列在“${label}”`;
}

/** The columns of compare.csv, in order, as the data page describes them. Each column holds one type: the year of a
 * yearly target is its last year, with its first year and 每年 beside it, so no cell mixes a range into the years. */
export const COMPARE_CSV_COLUMNS: ReadonlyArray<{ name: string; type: string; description: string }> = [
  { name: '类别ID', type: 'string', description: '目标类别 ID（对比表的行）。' },
  { name: '类别', type: 'string', description: '目标类别名称，与目标对比页的行名相同。' },
  { name: '省份ID', type: 'string', description: '省份 ID（对比表的列）。' },
  { name: '省份', type: 'string', description: '省份名称。' },
  { name: '目标ID', type: 'string', description: '目标 ID（同 targets.json）；没有目标的格为空。' },
  { name: '限定', type: 'string', description: `限定词，按原文顺序，以“${QUALIFIER_JOIN}”分隔（力争、左右、超过等）。` },
  { name: '做法', type: 'string', description: '数量所在的动词短语，按原文，仅在它改变数量所计之物时填写，与对比页相同：如“主导或参与制修订”（国家标准30项包括参与制修订的）、“推动市场主体制定”“分批分类筛选”“打造和吸引”；其他为空。' },
  { name: '数量', type: 'number', description: '单一数值；区间为空。' },
  { name: '下限', type: 'number', description: '下限；单一数值时等于数量。' },
  { name: '上限', type: 'number', description: '上限；单一数值时等于数量。' },
  { name: '单位', type: 'string', description: '量词或金额单位，按原文。' },
  { name: '对象', type: 'string', description: '计数对象，按对比页的写法。' },
  { name: '年份', type: 'integer', description: '目标年份；每年目标为其最后一年；没有年份时为空。' },
  { name: '起始年份', type: 'integer', description: '每年目标的起始年份（规划期首年）；其他目标为空。' },
  { name: '每年', type: 'string', description: '每年目标（原文写“每年”）为“是”：数量是每一年的；其他为空。' },
  { name: '年份来源', type: 'string', description: '“原文写明”或“按规划期推定”；没有年份时为空。' },
  { name: '原文', type: 'string', description: '目标的原文片段（本站规范化后的文字，同 targets.json 的 text）。' },
  { name: '条款', type: 'string', description: '所在条款或章节标题的名称。' },
  { name: '链接', type: 'string', description: '所在条款的网址（本地构建时为站内路径）。' },
  // So a reader can check a figure against the raw text without following a link: the file and line, as targets.csv gives them.
  { name: '原文文件', type: 'string', description: '目标所在的原始文本文件名（同 targets.csv 的 file，随开放数据下载）。' },
  { name: '原文行', type: 'integer', description: '目标原文片段在原始文本中开始的行号（同 targets.csv 的 line）。' },
  { name: '重复于', type: 'string', description: '本行是另一项目标的重复表述时，首见目标的 ID；页面把两者合并显示。' },
  { name: '所属整体', type: 'string', description: '本行目标是另一项目标的组成部分时（经人工审定），那项目标（整体）的 ID：两者不应相加；其他为空。' },
  {
    name: '整体与部分',
    type: 'string',
    description: '与对比页相同：经审定有组成部分的目标，在首见表述的一行写明组成部分及是否合计，如“其中：地方标准或行业标准60项、国家标准30项、国际标准10项左右（“5个100”行动方案第41行），合计约100项”（只是列于其任务之下的，注明“该任务下另列：……原文未说明与这一总数的关系，不宜直接相加”）；组成部分写明所属整体，如“属“着力研制100项未来产业标准规范”（第39行）的一部分，不应与之相加”。其他为空。',
  },
  // The words an empty cell holds come from the constant the rows are written with, so the two cannot drift.
  { name: '说明', type: 'string', description: `没有目标的格注明“${NO_TARGET}”；重复表述的限定词与首见表述不同时，写明不同之处，如：此处有“争取”“左右”；一项目标因计数对象并列两类而也列在另一行时，写明另一行。` },
];
export const COMPARE_CSV_HEADER = COMPARE_CSV_COLUMNS.map((c) => c.name);

/**
 * The matrix as CSV rows: one per target, and one per empty cell saying so. Always the whole matrix: the page's
 * province and year filters do not apply.
 * @param site the deployed site's origin, for absolute clause links; null gives links from the site root
 * @returns rows of strings, header first
 */
export function compareCsvRows(site: string | null): string[][] {
  const rows: string[][] = [COMPARE_CSV_HEADER];
  for (const row of comparePage().rows) {
    for (const cell of row.cells) {
      const base = [row.id, row.label, cell.province.id, cell.province.name];
      if (cell.targets.length === 0) rows.push([...base, ...new Array<string>(COMPARE_CSV_HEADER.length - base.length - 1).fill(''), NO_TARGET]);
      for (const shown of cell.targets) {
        for (const t of [shown, ...shown.repeats]) {
          const x = t.target;
          rows.push([
            ...base, x.id, x.qualifiers.join(QUALIFIER_JOIN), t.action, x.value === null ? '' : String(x.value), String(x.min), String(x.max), x.unit, t.subject,
            x.year === null ? '' : String(x.year), x.fromYear === null ? '' : String(x.fromYear), x.perYear ? '是' : '', yearSourceLabel(x),
            x.text, t.clauseLabel, site ? new URL(t.href, site).href : t.href, documentById.get(x.documentId)?.source?.file ?? '', String(x.line), t === shown ? '' : shown.target.id, x.partOf ?? '', t.parts?.text ?? t.partOf?.text ?? '',
            [t.differs, alsoNote(x, row.id)].filter(Boolean).join('；'),
          ]);
        }
      }
    }
  }
  return rows;
}
