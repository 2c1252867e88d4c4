// /data/README.md: the open data's own description, so the zip is usable without the site: what each file is, the
// version, the terms of use and how to cite, and where the full field dictionary is.
import { DATA_FILES, DATA_LICENCE, datasetCitation, USE_TERMS, type HeldTextDates } from '../../src/lib/open-data-catalogue.ts';

/**
 * @param version the data version (src/lib/open-data-catalogue.ts dataVersionOf)
 * @param sourcesReadme whether the sources folder has a README, published beside them
 * @param dates the held texts' earliest and latest issue dates (heldTextDates)
 * @returns the README's Markdown
 */
export function dataReadme(version: string, sourcesReadme: boolean, dates: HeldTextDates | null): string {
  return [
    '# 未来产业政策图谱 开放数据',
    '',
    `数据版本：${version}（由全部数据文件的内容计算：内容不变，版本不变）`,
    '',
    '## 文件',
    '',
    ...DATA_FILES.map(({ file, summary }) => `- \`${file}\`：${summary}`),
    '- `schema/`：每个 JSON 文件的 JSON Schema。',
    `- \`sources/\`：原始文本，逐字节同原文，附清单 sources.yaml${sourcesReadme ? ' 和说明 README.md' : ''}。`,
    '',
    '`targets.json` 中的 `partOf`、`parts` 和 `partsSum` 记录经人工审定的整体与组成部分（审定记录见 content/vocab/same-targets.yaml 的 parts）：如江苏“5个100”行动方案的地方标准或行业标准60项、国家标准30项、国际标准10项左右（第41行）是“着力研制100项未来产业标准规范”（第39行）的组成部分，合计约100项。`partsSum` 为 equals 或 about 时，组成部分已计入整体，不应再与整体相加；为 under 时，这些目标列于整体的任务之下，原文未说明是否计入或如何计入整体的数量，同样不宜直接相加。',
    '',
    '`departments.json` 中每个部门的 `function` 字段是它的职能 ID（`department-functions.json` 列出各职能的名称、说明和具有这一职能的部门）：各省职能相同的部门（如各省的科学技术厅）取同一 ID，可据此跨省对照。职能由人工审定；在其他省份没有对应部门的，为 null。',
    '',
    `每个字段的说明见网站的 /data/ 页面（开放数据）；每个 JSON 文件的结构见 schema/ 中的 JSON Schema。${sourcesReadme ? '各原始文本的来历和缺陷见 sources/README.md（英文）。' : ''}`,
    '',
    '## 使用与引用',
    '',
    ...USE_TERMS.flatMap((paragraph) => [paragraph, '']),
    // The ingest does not know the site's address (a build setting it does not read), so the citation leaves it to fill.
    `> ${datasetCitation(version, dates, null)}`,
    '',
    `许可协议全文：${DATA_LICENCE.href}`,
    '',
  ].join('\n');
}
