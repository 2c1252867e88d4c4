// The open-data page: each published file, its JSON Schema, a field-by-field description, and the
// ingest report made readable. Field lists come from the published JSON Schemas; the descriptions
// from each schema's `description` where the generator wrote one, else from FIELD_NOTES below
// (the zod schemas' JSDoc, in Chinese — the generated schemas carry no descriptions).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CLAUSE_CSV_COLUMNS } from './clause-csv.ts';
import { TARGET_CSV_COLUMNS } from './target-csv.ts';
import { COMPARE_CSV_COLUMNS } from './compare-page.ts';
import { DATA_FILES, DATA_LICENCE, datasetCitation, heldTextDates, heldTextDatesLabel, SOURCE_FILES_AT, USE_TERMS } from './open-data-catalogue.ts';
import { OPEN_DATA_ZIP, zipContents } from './open-data-zip.ts';
import { clausesByDocument, documentById, documentBySourceFile, documents, ingestReport, sourceHref, type IngestReport } from './atlas.ts';
import { siteUrl } from './site-url.ts';
import { NOTED_ALONE } from './repair-notes.ts';
import type { Repair } from '../schemas/provenance.ts';

const dataDir = process.env.ATLAS_DATA_DIR || join(process.cwd(), 'public/data');

/** The Chinese name of each repair kind: the dictionary, the data page's counts and the about page all use it. */
export const REPAIR_KIND_LABEL: Record<string, string> = {
  erratum: '勘误', rejoin: '断行拼接', markdown: '删除 Markdown 残留', spacing: '删除排版空格', width: '统一全半角', control: '删除控制字符',
  pinyin: '删除拼音注音', simplified: '繁体转简体', 'unclosed-parenthetical': '括注缺右括号', bom: '去除 BOM', crlf: '统一换行符', encoding: '转码',
};

/** What each top-level field of each file means, keyed `file.field` (sectors.json: `sectors.sectors.field`). */
export const FIELD_NOTES: Record<string, string> = {
  'documents.id': '文件的稳定 ID：省份加简短标识，阅读页地址为 /documents/<id>/。',
  'documents.kind': '文件类型：plan 政策文件、interpretation 政策解读、digest 新闻综述、referenced 仅见引用（库中无全文）。',
  'documents.province': '所属省份 ID；综述多省的文件或国家层面文件为 null（见 provinces）。',
  'documents.provinces': '文件涉及的全部省份 ID。',
  'documents.title': '文件标题（简体、标点已统一）。',
  'documents.shortTitle': '简称：在空间有限处（如目标对照表）区分同省各文件，由本站编辑拟定，不是原文用语；仅收录全文的文件有。',
  'documents.titleVariants': '原文中出现过的各种标题写法（通知标题、重复标题等）。',
  'documents.issuers': '发文机关，按原文写法：落款、解读机关或通知的发文单位。',
  'documents.issuerIds': '发文机关在部门名录中的 ID（省份/部门），无法对应时为 null。',
  'documents.publisherId': '发布者在部门名录中的 ID（省份/部门）；发布者是网站或名录中没有的名称时为 null。',
  'documents.issuersBasis': '原文未印发文机关时，发文机关的依据。',
  'documents.publisher': '本副本的发布者（可能不同于作者，例如转载的县政府网站）。',
  'documents.interpreter': '政策解读的解读机关。',
  'documents.docNumber': '文号。',
  'documents.date': '发文日期（ISO 格式）；转载的文本（发文机关之外的 publisher 刊载）为刊载页面所印的日期（如“生成日期”），不是发文日期。',
  'documents.periodStart': '规划期起始年份（如 2024-2026年 的 2024）：每年目标从这一年起算。',
  'documents.periodEnd': '规划期末年份。',
  'documents.interprets': '本文件所解读的文件 ID。',
  'documents.truncated': '原文在句中截断时为 true。',
  'documents.metadata': '原文印出的全部元数据字段（索引号 → indexNumber 等）。',
  'documents.sections': '文件大纲：各级标题、锚点和原文行号。',
  'documents.source': '原始文件：文件名、字节的 sha256 和编码；仅见引用的文件为 null。',
  'documents.knownFrom': '仅见引用的文件：库中哪份文件、哪一节或哪一条提到或概述了它，附原文引语。',
  'documents.aliases': '文件的其他称呼（引用时的简称）。',
  'documents.abbreviations': '原文定义的简称及其全称。',
  'documents.notes': '页面上显示的数据质量说明：截断、乱码、勘误。',
  'documents.corruptedRuns': '原文中的乱码片段：行号、文字、是否已按勘误表更正。',
  'documents.duplicateParagraphs': '原文中重复出现的段落（两处都保留）。',
  'documents.numberingIrregularities': '条款编号跳号或重复之处。',

  'clauses.id': '条款 ID：文件ID/锚点，锚点为原文编号（c3）或位置路径（s1-g2、chongqing-p2）。',
  'clauses.documentId': '所属文件 ID。',
  'clauses.province': '条款所属省份 ID：文件属某一省的，取该省；综述中取所在的省份小节；综述开头、不在任何小节中的段落，取 sources.yaml 为这段声明的第一个有省份的引用文件所属的省（如开头一段讲安徽的名单，为 anhui），没有时为 null。',
  'clauses.label': '原文编号：3、一是、（一）等，无编号时为空。',
  'clauses.marker': '条款开头印出的编号标记。',
  'clauses.heading': '条款开头的短标题句，无则为空。',
  'clauses.path': '所在章节的锚点，由外到内。',
  'clauses.text': '条款全文（已规范化，每处修改见入库报告）。',
  'clauses.departments': '责任部门：部门登记表中的 ID、规范名称、原文写法和角色（lead 牵头：责任括注中排在首位，原文未写“牵头”二字时按列序标注；co 配合；inherited 承接；inferred 推定，原文写法为推定依据中的写法）。',
  'clauses.departmentTag': '原文括注责任部门的位置（在 text 中的起止偏移，是否缺右括号）。',
  'clauses.sectors': '标注的领域 ID（见 sectors.json）。',
  'clauses.measures': '标注的政策工具 ID（见 measures.json）。',
  'clauses.tagWords': '每个标注的依据：条款原文中匹配到词表的词语，按领域 ID（sectors）和政策工具 ID（measures）分列。',
  'clauses.tagWords.sectors': '领域 ID → 原文中匹配的词语。',
  'clauses.tagWords.measures': '政策工具 ID → 原文中匹配的词语。',
  'clauses.targets': '条款中的量化目标 ID（见 targets.json）。',
  'clauses.citations': '条款中的《书名》及其对应的文件 ID 和位置。',
  'clauses.source': '出处：原始文件、sha256、编码和原文起止行号。',
  'clauses.repairs': '对本条原文所做的修改（勘误、断行拼接、全半角、空格、拼音注音、繁简转换等）及说明：规范化每行每类一条，勘误和断行拼接每处一条。',

  'targets.id': '目标 ID：条款ID/t序号。',
  'targets.clauseId': '目标所在条款的 ID（见 clauses.json）；印在章节标题中的目标为 null。',
  'targets.sectionId': '印有目标的章节标题的 ID（见 documents.json 的 sections，如 s2.1）；条款中的目标为 null。',
  'targets.documentId': '目标所在文件的 ID。',
  'targets.province': '设定目标的省份 ID。',
  'targets.value': '单一数值（如 100项 的 100）；区间（如 30-40项）为 null。',
  'targets.min': '下限；单一数值时等于 value。',
  'targets.max': '上限；单一数值时等于 value。',
  'targets.unit': '量词或金额单位，按原文：项、个、家、名、亿元等；原文没有量词时（十大科创城）为“个”，页面上注明原文写法。',
  'targets.qualifiers': '按原文顺序的限定词：力争、争取、每年、不少于、左右、以上等。',
  'targets.qualifier': '第一个限定词，无则为 null（便于表格使用）。',
  'targets.subject': '计数对象，按原文，如“概念验证中心”；原文未写明时为 null。',
  'targets.action': '数量所在的动词短语，按原文（如“建设”“打造和吸引”“推动市场主体制定”“主导或参与制修订”）：对所计之物做什么、原文写明时由谁做。与前一个数量共用动词时（国家标准30项、国际标准10项左右）为那个动词；条款中数量之前没有动词时为 null。“力争”“争取”“每年”等限定词不在其中（见 qualifiers）。',
  'targets.actionStart': 'action 在条款 text（或章节 title）中的起始偏移；共用的动词指向它印出的位置；没有 action 时为 null。',
  'targets.actionChangesCount': '动词短语改变了数量所计之物时为 true，页面把它与数量一起显示：由他人去做（推动市场主体制定、鼓励高校…联合企业建设、支持建设），参与也算（主导或参与制修订），从已有的之中选出或升级（分批分类筛选、竞争选拔、升级），或从外引进（打造和吸引、集聚和招引、引培）。单纯的“建设”“培育”“制定”等为 false。',
  'targets.category': '目标类别 ID（content/vocab/target-categories.yaml），无匹配时为 null。',
  'targets.alsoCategories': '计数对象由“和”“及”等并列时，其他并列成分所属的类别 ID（如“未来产业科技园和未来产业先导区”的类别为先导区，另属科创园区与孵化器）；目标对比页在这些类别中也列出它。',
  'targets.perYear': '每年目标（原文写“每年”，如 每年择优组织30-40项）为 true：数量是每一年的，不是到 year 累计完成的总数。',
  'targets.year': '目标年份；每年目标为其最后一年；句中和规划期都未给出时为 null。',
  'targets.fromYear': '每年目标的起始年份（规划期首年，如 2024）；其他目标为 null。',
  'targets.yearSource': '年份来源：explicit 句中写明，plan-period 按规划期推定（规划期末；每年目标为规划期内各年）。',
  'targets.text': '原文中目标的确切片段：条款 text 的子串；印在章节标题中的目标（clauseId 为空）是 documents.json 中该章节 title 的子串。',
  'targets.start': '片段在条款 text（或章节 title）中的起始偏移（UTF-16 码元）。',
  'targets.end': '片段在条款 text（或章节 title）中的结束偏移（不含）。',
  'targets.line': '片段在原始文本中起始的行号（印在章节标题中的目标为标题所在行）。',
  'targets.partOf': '本目标是另一项目标的组成部分时，那项目标（整体）的 ID，如国家标准30项属于“着力研制100项未来产业标准规范”：两者不应相加。由人工审定（content/vocab/same-targets.yaml 的 parts）；其他为 null。',
  'targets.parts': '本目标的组成部分的目标 ID，按审定的顺序（各自的 partOf 指向本目标）；没有审定组成部分的为空数组。同一目标的其他表述（links.json 中的 same-target）也由这些部分组成。',
  'targets.partsSum': '组成部分与本目标的关系：equals 合计等于本目标；about 合计约等于本目标（有的部分或本目标写“左右”或区间）；under 列于本目标的任务之下，原文未说明是否计入或如何计入本目标，不宜直接相加。没有组成部分时为 null。',

  'links.from': '引用或解读的一端：文件、章节、条款或目标 ID（见 fromKind）。',
  'links.fromKind': 'from 是什么：document 文件、section 章节（文件 ID/章节锚点，如 jiangsu-5x100-plan/s2.1，在 documents.json 的 sections 中）、clause 条款、target 目标。',
  'links.to': '被引用或被解读的一端。',
  'links.toKind': 'to 是什么，取值同 fromKind。',
  'links.start': '仅 cites 与 implements：《书名》在引用条款 text 中的起始位置（UTF-16 偏移）。同一条款两次提到同一文件时是两行，以此区分。',
  'links.end': '仅 cites 与 implements：《书名》的结束位置（不含）。',
  'links.type': '关系类型：interprets 解读、cites 引用、implements 落实、same-target 相同目标、related 相关。related 是有向的：每条条款取与它最相关的至多 3 条他省条款，所以一对条款可能两个方向各有一行，统计“对数”时应先去重。',
  'links.text': '产生该关系的文字：《书名》、匹配的标题、重复的目标；related 为两条共同的政策工具 ID，对两条都越重要的越靠前，以“; ”分隔。',

  'departments.id': '部门 ID：省份/标识，页面地址为 /departments/<省份>/<标识>/。',
  'departments.province': '所属省份 ID。',
  'departments.slug': '部门标识（英文短名）。',
  'departments.name': '规范全称。',
  'departments.short': '常用简称。',
  'departments.aliases': '原文中出现过的其他写法。',
  'departments.kind': '机构类型（政府部门、人大常委会、事业单位、地方政府等）。',
  'departments.function': '职能 ID（见 department-functions.json）：各省职能相同的部门取同一 ID，可据此跨省对照；由人工审定，不是从部门标识推断的；在其他省份没有对应部门的为 null。',
  'departments.note': '名录说明。',
  'departments.counts': '按角色统计的条款数：牵头、配合、承接、推定。',
  'departments.clauses': '按角色列出的条款 ID。',
  'departments.documents': '该部门发文、解读或发布的文件 ID。',
  'departments.mentions': '正文（责任括注之外）写到该部门的条款 ID，每条一次；提及不是分工。',
  'department-functions.id': '职能 ID，即 departments.json 中 function 字段的取值；页面地址为 /departments/functions/<id>/。',
  'department-functions.name': '职能的中文名称（如 科技部门）。',
  'department-functions.note': '哪些机关算作这一职能。',
  'department-functions.departments': '具有这一职能的部门 ID（同 departments.json），每省至多一个，按省份顺序。',
  'departments.partners': '最常与其列在同一责任括注中的其他部门及条款数（只计牵头、配合，不计承接、推定）。',

  'sectors.sectors': '领域列表（字段见下）。',
  'sectors.priorities': '各省列为重点的领域清单及出处（字段见下）。',
  'sectors.sectors.id': '领域 ID。',
  'sectors.sectors.name': '领域名称。',
  'sectors.sectors.parent': '所属方向 ID；方向本身的 parent 是自己。',
  'sectors.sectors.aliases': '原文中的其他说法。',
  'sectors.sectors.readerTerms': '读者常用而收录文本都没有写到的说法（如“6G”）：不用于标注条款，检索时也不作同义词；检索这些词找不到条款时，检索页指向该领域。',
  'sectors.sectors.note': '非未来产业方向的领域（如江西的稀土）为何收录、归入哪个方向。',
  'sectors.sectors.clausesByProvince': '各省标注了该领域的条款 ID；键 multi 下是不属于任何一省的条款（新闻综述中同时讲多省的段落）。',
  'sectors.sectors.priorityOf': '将其列为重点的省份 ID。',
  'sectors.priorities.province': '省份 ID。',
  'sectors.priorities.policy': '重点领域所出自的政策名称，按原文，括号等标点按本站规范化为全角。',
  'sectors.priorities.source': `引语所在原始文本的文件名（${SOURCE_FILES_AT}），写法同 clauses.json 的 source.file。`,
  'sectors.priorities.line': '原始文件中的行号（从 1 起）。',
  'sectors.priorities.quote': '该行的原文引语（简体、标点已统一）。',
  'sectors.priorities.sectors': '引语中点名的领域，按引语顺序，附原文说法和分组。',
  'sectors.priorities.note': '说明：原文未说明之处、取舍依据。',

  'ingest-report.dataVersion': '数据版本：全部数据文件内容的 SHA-256 的前 12 位（原始文本按其 SHA-256 计入，本报告按不含此字段的内容计入）。内容不变，版本不变；引用数据时请写明。',
  'ingest-report.complete': '全部来源文件是否都已入库。',
  'ingest-report.totals': '合计：来源文件数、非空行数，以及各角色（条款、标题、元数据、网页杂项）的行数。',
  'ingest-report.documents': '生成的文件记录数。',
  'ingest-report.clauses': '生成的条款数。',
  'ingest-report.targets': '抽取的量化目标数。',
  'ingest-report.links': '生成的关系数。',
  'ingest-report.unknownDepartments': '部门名录中找不到的部门写法（文件、行号）；应为空。',
  'ingest-report.corruptedRuns': '原文中的乱码片段：文件、行号、文字、是否已按勘误表更正。',
  'ingest-report.truncated': '在句中截断的文件 ID。',
  'ingest-report.sources': '每个来源文件的台账：sha256、编码、行数、逐行角色与规则、所做修改、删除的控制字符、可疑空格、重复段落、编号异常。',

  'ingest-report.unknownDepartments.written': '原文写法。',
  'ingest-report.unknownDepartments.province': '所在省份 ID。',
  'ingest-report.unknownDepartments.file': `来源文件的文件名（${SOURCE_FILES_AT}）。`,
  'ingest-report.unknownDepartments.line': '原文行号。',
  'ingest-report.unknownDepartments.clauseId': '所在条款 ID；发文机关为 null。',
  'ingest-report.corruptedRuns.documentId': '所在文件 ID。',
  'ingest-report.corruptedRuns.line': '原文行号。',
  'ingest-report.corruptedRuns.text': '乱码片段原文。',
  'ingest-report.corruptedRuns.corrected': '是否已按勘误表更正。',
  'ingest-report.sources.file': `来源文件的文件名（${SOURCE_FILES_AT}）。`,
  'ingest-report.sources.sha256': '原始字节的 sha256。',
  'ingest-report.sources.encoding': '解码所用编码。',
  'ingest-report.sources.totalLines': '总行数。',
  'ingest-report.sources.nonBlankLines': '非空行数。',
  'ingest-report.sources.counts': '各角色的行数：条款、标题、元数据、网页杂项，合计等于非空行数。',
  'ingest-report.sources.lines': '逐行台账：行号、角色、规则、原文。',
  'ingest-report.sources.controlCharactersRemoved': '删除的控制字符个数。',
  'ingest-report.sources.repairs': '所做的每项修改及页面上显示的说明，按行排列：规范化每行每类一条（一行删除了多处拼音注音也只记一条），勘误、断行拼接和缺右括号的括注每处一条，断行拼接记在后一行。',
  'ingest-report.sources.suspiciousSpaces': '两个汉字之间保留的空格（可能是丢失的字符）。',
  'ingest-report.sources.duplicateParagraphs': '与前文逐字相同的段落：两段都保留。',
  'ingest-report.sources.numberingIrregularities': '重复或跳号的条款编号：各自保留，编号不同。',

  'measures.id': '政策工具 ID。',
  'measures.name': '政策工具名称。',
  'measures.description': '政策工具的说明。',
  'measures.clausesByProvince': '各省使用该工具的条款 ID；键 multi 下是不属于任何一省的条款（新闻综述中同时讲多省的段落）。',

  // Nested records. A key `*.parent.field` describes that field wherever a record named `parent` stands (a clause's
  // repairs, a heading's repairs and a source's repairs are one kind of record).
  // The labels the pages use, with what two of them leave out: a rejoin joins a sentence a page break cut; an unclosed note is read to the paragraph's end.
  '*.repairs.kind': `修改类别：${Object.entries(REPAIR_KIND_LABEL).map(([kind, label]) => `${kind} ${label}`).join('、')}。rejoin 把被分页断开的同一句话接合；unclosed-parenthetical 的责任单位括注按读到段末处理。`,
  '*.repairs.line': '修改所在的原文行号（从 1 起）。',
  '*.repairs.note': '页面上显示的中文说明。',
  '*.repairs.original': '被替换的原文文字（替换一处文字的修改才有，如勘误）。',
  '*.repairs.correction': '替换成的文字，按原文的字体（繁体来源为繁体）。',
  '*.repairs.shown': '勘误在本站文本中的样子：繁体来源转为简体后的更正文字（如 深海空间）；否则同 correction。',
  '*.repairs.span': '修改在所属文本（条款的 text 或章节的 title）中的位置：勘误为更正后的文字，分页接合为第二行开始处的空位置。整行的规范化没有；入库报告按行列出，也没有。',
  '*.span.start': '起始位置（UTF-16 偏移，从 0 起）。',
  '*.span.end': '结束位置（不含）。',
  '*.source.file': `原始文本的文件名（${SOURCE_FILES_AT}），文件逐字节同原文。`,
  '*.source.sha256': '原始文件字节的 SHA-256（十六进制）。',
  '*.source.encoding': '解码所用编码。',
  '*.source.startLine': '起始行号（从 1 起，含）。',
  '*.source.endLine': '结束行号（含）。',
  'documents.sections.id': '章节锚点（如 s2.1），与文件 ID 组成 文件ID/锚点，即 links.json 中 section 一端的 ID。',
  'documents.sections.level': '层级：1 为“一、”级，2 为“（一）”级，依此类推。',
  'documents.sections.marker': '原文印的编号（一、（一）等）。',
  'documents.sections.title': '标题文字（规范化后，不含编号）。',
  'documents.sections.parent': '上级章节的 id；顶层章节为 null。',
  'documents.sections.line': '标题所在的原文行号。',
  'documents.sections.province': '新闻综述按省分节时本节所属省份 ID；其他为 null。',
  'documents.sections.repairs': '对标题文字所做的修改（记录格式同条款的 repairs）。',
  'documents.knownFrom.documentId': '提到这份文件的文本（有全文的文件）的 ID。',
  'documents.knownFrom.sectionId': '提到它的章节锚点；不在章节中为 null。',
  'documents.knownFrom.clauseId': '提到它的条款 ID；只在标题中提到时为 null。',
  'documents.knownFrom.quote': '原文中提到它的《书名》（规范化后）。',
  'documents.corruptedRuns.line': '乱码所在的原文行号。',
  'documents.corruptedRuns.text': '乱码片段原样。',
  'documents.corruptedRuns.corrected': '是否已按勘误表更正。',
  'clauses.departments.id': '部门 ID（省份/标识，同 departments.json）；名录中没有的写法为 null。',
  'clauses.departments.name': '规范全称。',
  'clauses.departments.written': '原文写法（如 省科技厅）。',
  'clauses.mentions': '正文提及的部门：条款正文（责任括注之外）按部门登记表的写法写到的部门，每处一项；责任括注已列为牵头或配合的部门不再计入。提及不是分工。',
  'clauses.mentions.id': '部门 ID（省份/标识，同 departments.json）。',
  'clauses.mentions.name': '规范全称。',
  'clauses.mentions.written': '原文写法（如 市经济信息委）。',
  'clauses.mentions.start': '该写法在 text 中的起始位置（UTF-16 码元，从 0 起）。',
  'clauses.mentions.end': '该写法在 text 中的结束位置（不含）。',
  'clauses.departments.role': '角色：lead 牵头（责任括注中排在首位，原文未写“牵头”二字时按列序标注）、co 配合（列在其后）、inherited 承接（沿用上文“以下均需……”之类的统一说明）、inferred 推定（政策方案整份没有责任括注时，其编号任务取牵头发文机关，即署名在先者）。',
  'clauses.departmentTag.start': '责任单位括注在条款 text 中的起始位置（UTF-16 偏移）。',
  'clauses.departmentTag.end': '括注的结束位置（不含）。',
  'clauses.departmentTag.unclosed': '原文括注缺少右括号时为 true（括注按读到段末处理，repairs 中有说明）。',
  'clauses.citations.to': '被提到的文件 ID（documents.json）。',
  'clauses.citations.title': '书名号内的标题（规范化后）。',
  'clauses.citations.start': '《书名》在条款 text 中的起始位置（UTF-16 偏移）。',
  'clauses.citations.end': '结束位置（不含）。',
  'departments.counts.lead': '牵头的条款数。',
  'departments.counts.co': '配合的条款数。',
  'departments.counts.inherited': '承接的条款数。',
  'departments.counts.inferred': '推定负责的条款数。',
  'departments.clauses.lead': '牵头的条款 ID。',
  'departments.clauses.co': '配合的条款 ID。',
  'departments.clauses.inherited': '承接的条款 ID。',
  'departments.clauses.inferred': '推定负责的条款 ID。',
  'departments.partners.id': '另一部门的 ID。',
  'departments.partners.shared': '两者列在同一责任括注中的条款数。',
  'sectors.priorities.sectors.sector': '领域 ID。',
  'sectors.priorities.sectors.as': '引语中的原文写法。',
  'sectors.priorities.sectors.group': '原文给它的分组（如“10+X”中的“成长型”“前沿性”，甘肃的“未来制造”）；原文不分组时没有这个字段。',
  'ingest-report.sources.counts.boilerplate': '网页杂项（已删除）行数。',
  'ingest-report.sources.counts.metadata': '元数据行数（文号、日期、发文机关等）。',
  'ingest-report.sources.counts.clause': '条款正文行数。',
  'ingest-report.sources.counts.heading': '标题行数。',
  'ingest-report.sources.lines.line': '原文行号。',
  'ingest-report.sources.lines.role': '角色：clause 条款正文、heading 标题、metadata 元数据、boilerplate 网页杂项（已删除）。',
  'ingest-report.sources.lines.rule': '归入网页杂项所依据的规则名，或元数据的种类；条款和标题行没有。',
  'ingest-report.sources.lines.why': '该规则的中文说明。',
  'ingest-report.sources.lines.text': '该行原文（原样）。',
  'ingest-report.sources.suspiciousSpaces.line': '原文行号。',
  'ingest-report.sources.suspiciousSpaces.text': '该行文字（空格保留）。',
  'ingest-report.sources.duplicateParagraphs.line': '重复段落的起始行号。',
  'ingest-report.sources.duplicateParagraphs.duplicateOf': '与之相同的前一段的起始行号。',
  'ingest-report.sources.duplicateParagraphs.text': '段落的前 60 个字。',
  'ingest-report.sources.numberingIrregularities.line': '条款所在的原文行号。',
  'ingest-report.sources.numberingIrregularities.label': '原文印的编号。',
  'ingest-report.sources.numberingIrregularities.expected': '按顺序应为的编号。',
  'ingest-report.sources.numberingIrregularities.kind': 'repeated 与前文重复、out-of-sequence 不连续。',
  'ingest-report.sources.numberingIrregularities.localId': '为区分而给这条条款的局部 ID（条款 ID 为 文件ID/局部ID）。',
};

/** One field of a published file. */
export interface DataField {
  name: string;
  /** JSON type(s) from the schema: string, number, array, object, null… */
  type: string;
  description: string;
}

/** One published file. */
export interface DataFile {
  file: string;
  href: string;
  /** Size in bytes. */
  size: number;
  title: string;
  summary: string;
  schemaHref: string | null;
  /** Field groups: the records' fields, and for nested lists (sectors.json) each list's fields. */
  groups: Array<{ caption: string; fields: DataField[] }>;
}

interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
}

/** @returns a schema node's type as a short text: `string | null`, `array<string>`, `enum`… */
function typeOf(schema: JsonSchema): string {
  if (schema.anyOf) return [...new Set(schema.anyOf.map(typeOf))].join(' | ');
  if (schema.enum) return 'string（枚举）';
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : ['any'];
  return types.map((t) => (t === 'array' && schema.items ? `array<${typeOf(schema.items)}>` : t)).join(' | ');
}

/** @returns the object schema a property holds, itself or as the items of a list (either possibly nullable), and which; or null */
function objectOf(schema: JsonSchema): { record: JsonSchema; list: boolean } | null {
  for (const option of schema.anyOf ?? [schema]) {
    if (option.properties) return { record: option, list: false };
    if (option.items?.properties) return { record: option.items, list: true };
  }
  return null;
}

/** @returns the fields of an object schema, described; an enum's values are listed where the note does not name them all */
function fieldsOf(schema: JsonSchema, prefix: string): DataField[] {
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const note = (typeof property.description === 'string' && property.description) || FIELD_NOTES[`${prefix}.${name}`] || FIELD_NOTES[`*.${prefix.split('.').at(-1)}.${name}`] || '（暂无说明）';
    const values = (property.anyOf ?? [property]).flatMap((option) => option.enum ?? []).map(String);
    const unnamed = values.some((value) => !note.includes(value));
    return { name, type: typeOf(property), description: unnamed ? `${note}取值：${values.join('、')}。` : note };
  });
}

/** The CSVs' columns: a CSV is described where its columns are made, not by a schema. */
const CSV_COLUMNS: Record<string, readonly DataField[]> = {
  // It flattens lists into cells, so its columns are not clauses.json's fields.
  'clauses.csv': CLAUSE_CSV_COLUMNS.map(({ name, type, description }) => ({ name, type, description })),
  // It joins the qualifiers into one cell and names the year's source in words, so its columns are not targets.json's fields.
  'targets.csv': TARGET_CSV_COLUMNS.map(({ name, type, description }) => ({ name, type, description })),
};
const FILES = DATA_FILES.map((f) => ({ ...f, summary: f.file === 'ingest-report.json' ? `${f.summary}下文以表格呈现。` : f.summary, columns: CSV_COLUMNS[f.file] }));

/**
 * A file's fields as its JSON Schema gives them.
 * @returns the schema's address, or null when none is published, and the field groups
 */
function describedBySchema(file: string): Pick<DataFile, 'schemaHref' | 'groups'> {
  const base = file.replace(/\.json$/u, '');
  const schemaPath = join(dataDir, 'schema', `${base}.schema.json`);
  if (!existsSync(schemaPath)) return { schemaHref: null, groups: [] };
  const schema: JsonSchema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  const record = schema.type === 'array' && schema.items ? schema.items : schema;
  const groups: DataFile['groups'] = [{ caption: schema.type === 'array' ? `${file} 中每条记录的字段` : `${file} 的字段`, fields: fieldsOf(record, base) }];
  // Nested records (a clause's repairs, a sector list's entries, a repair's span): each gets its own table, named by its path.
  const nested = (node: JsonSchema, path: string, prefix: string) => {
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      const object = objectOf(property);
      if (!object) continue;
      const here = path ? `${path}.${name}` : name;
      // Named with the file: two files' records both hold a `source`, and each table is a landmark that needs its own name.
      groups.push({ caption: object.list ? `${file}：${here} 中每条记录的字段` : `${file}：${here} 的字段`, fields: fieldsOf(object.record, `${prefix}.${name}`) });
      nested(object.record, here, `${prefix}.${name}`);
    }
  };
  nested(record, '', base);
  return { schemaHref: `/data/schema/${base}.schema.json`, groups };
}

/**
 * The published files with their schemas and fields.
 * @returns one entry per file, in the order the page lists them
 */
export function dataFiles(): DataFile[] {
  return FILES.map(({ file, title, summary, columns }) => ({
    file,
    href: `/data/${file}`,
    size: statSync(join(dataDir, file)).size,
    title,
    summary,
    ...(columns ? { schemaHref: null, groups: [{ caption: `${file} 的列`, fields: [...columns] }] } : describedBySchema(file)),
  }));
}

/**
 * What the 字段说明 lists: each published file's fields, then compare.csv's columns (the site makes it, beside /data/).
 * @returns one section per file
 */
export function fieldSections(): Array<Pick<DataFile, 'file' | 'title' | 'groups'>> {
  const compare = { file: 'compare.csv', title: '目标对比表（CSV）', groups: [{ caption: 'compare.csv 的列', fields: [...COMPARE_CSV_COLUMNS] }] };
  return [...dataFiles().filter((f) => f.groups.length > 0), compare];
}

/**
 * 使用与引用: the terms, the licence, the data version the ingest computed, the held texts' dates, and the dataset's
 * citation, with this page's address when the build knows the site's (ATLAS_SITE_URL).
 * @returns what the data page says of using and citing the data
 */
export function useTerms() {
  const dates = heldTextDates(documents);
  const address = siteUrl ? new URL('/data/', siteUrl).href : null;
  return { version: ingestReport.dataVersion, dates, datesLabel: dates ? heldTextDatesLabel(dates) : null, licence: DATA_LICENCE, paragraphs: USE_TERMS, citation: datasetCitation(ingestReport.dataVersion, dates, address) };
}

/**
 * The one-file download of all the open data (src/lib/open-data-zip.ts).
 * @returns its address, and how many files it holds and their size unpacked
 */
export function openDataZipSummary(): { href: string; files: number; bytes: number } {
  return { href: `/${OPEN_DATA_ZIP}`, ...zipContents(dataDir) };
}

/** The Chinese name of each line role of the ingest ledger. */
export const LINE_ROLE_LABEL: Record<string, string> = { clause: '条款', heading: '标题', metadata: '元数据', boilerplate: '网页杂项（已删除）' };

/**
 * Where a truncated text's last clause ends, quoted from a boundary so no word is cut in two: the sentence it breaks
 * off in (after the last 。；！？), or the whole clause when it is short; a sentence longer than `max` from the first
 * 、，：； that leaves at most `max`, or else whole. A cut is marked with …
 * @param text the clause's text
 * @param max the most characters (code points) quoted, where a boundary allows
 * @returns e.g. `…推动南京科创圈、`
 */
export function breakOffQuote(text: string, max = 40): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  // The sentence end before the last character: a clause that ends on one is a whole last sentence.
  let start = 0;
  for (let i = chars.length - 2; i >= 0; i--) {
    if (/[。；！？]/u.test(chars[i]!)) {
      start = i + 1;
      break;
    }
  }
  let tail = chars.slice(start);
  if (tail.length > max) {
    const cut = tail.findIndex((c, i) => /[、，：；]/u.test(c) && i < tail.length - 1 && tail.length - i - 1 <= max);
    if (cut !== -1) tail = tail.slice(cut + 1);
  }
  return tail.length === chars.length ? text : `…${tail.join('')}`;
}

/** The ingest report as the data page renders it. */
export function ingestSummary() {
  const report: IngestReport = ingestReport;
  return {
    complete: report.complete,
    totals: report.totals,
    counts: { documents: report.documents, clauses: report.clauses, targets: report.targets, links: report.links },
    sources: report.sources.map((source) => ({
      file: source.file,
      sourceHref: sourceHref(source.file),
      document: documentBySourceFile.get(source.file) ?? null,
      sha256: source.sha256,
      encoding: source.encoding,
      totalLines: source.totalLines,
      nonBlankLines: source.nonBlankLines,
      counts: source.counts,
      boilerplate: source.lines.filter((l) => l.role === 'boilerplate'),
      // A normalisation is recorded once per line however many spots it changed; an erratum or a rejoin is one change.
      repairsByKind: Object.entries(Object.groupBy(source.repairs, (r) => r.kind)).map(([kind, list]) => ({ kind, count: list!.length, unit: NOTED_ALONE.has(kind as Repair['kind']) ? '处' : '行' })),
      controlCharactersRemoved: source.controlCharactersRemoved,
      suspiciousSpaces: source.suspiciousSpaces,
    })),
    errata: report.sources.flatMap((source) => source.repairs.filter((r) => r.kind === 'erratum').map((r) => ({ file: source.file, ...r }))),
    corruptedRuns: report.corruptedRuns.map((run) => ({ ...run, title: documentById.get(run.documentId)?.title ?? run.documentId })),
    truncated: report.truncated.map((id) => {
      const last = clausesByDocument.get(id)?.at(-1);
      return { id, title: documentById.get(id)?.title ?? id, lastWords: last ? breakOffQuote(last.text) : null };
    }),
    unknownDepartments: report.unknownDepartments,
  };
}

