// Where a province's list of priority sectors is quoted from. The quote is in a text the site holds — a plan, a 解读,
// or the news roundup that sums a province's policy up — which is often not the policy the list belongs to, so a page
// names that text, never the policy, as the place of the quote.
import { documentBySourceFile, documents, KIND_LABEL, shortName, provinces, sectorById, sectorsFile, type AtlasDocument, type SectorsFile } from './atlas.ts';

export type PriorityList = SectorsFile['priorities'][number];

/** @returns a title in 《》; a title within it takes 〈〉, as Chinese writes a title within a title */
export function titled(title: string): string {
  return `《${title.replaceAll('《', '〈').replaceAll('》', '〉')}》`;
}

/** @returns a policy title as the priority list writes it, without its outer 《》 */
const bare = (policy: string) => policy.replace(/^《(.*)》$/u, '$1');

/** @returns the held text a priority list is quoted from (its `source` file's document) */
export function quotedIn(list: PriorityList): AtlasDocument {
  const document = documentBySourceFile.get(list.source);
  if (!document) throw new Error(`priority list of ${list.province}: no document holds ${list.source}`);
  return document;
}

/** @returns a held text named by its kind and title: `新闻综述《多地发布政策，支持建设未来产业先导区》` */
export function namedText(document: AtlasDocument): string {
  return `${KIND_LABEL[document.kind]}${titled(document.title)}`;
}

/** @returns the label of the link to a priority quote's line, naming the text it is in as the search status does: `先导区新闻综述第28行` */
export function priorityLineLabel(list: PriorityList): string {
  return `${shortName(quotedIn(list))}第${list.line}行`;
}

/** How the kind of text that is not the policy itself relates to it. */
const RETELLS: Record<string, string> = { interpretation: '解读', digest: '概述' };

/**
 * What the site can say of a province whose quoted text names no sector: only what that text supports. When the text
 * is a 解读 or the roundup, the policy itself may list sectors the site cannot see, so no absence is claimed for it.
 * @returns e.g. `本站收录的新闻综述《…》在概述《关于开展未来产业先导区建设工作的通知》时没有列出具体的未来产业领域，因此…`
 */
export function noSectorsNote(list: PriorityList): string {
  const read = quotedIn(list);
  const policy = bare(list.policy);
  const province = provinces.find((p) => p.id === list.province)?.short ?? list.province;
  // A 解读's title names its plan already; a roundup sums up several policies, so which one is said.
  const retold = read.title === policy || read.title.includes(policy) ? '' : `在${RETELLS[read.kind] ?? '提到'}${titled(policy)}时`;
  const held = documents.some((d) => d.source !== null && d.title === policy);
  const unheld = held ? '' : `；本站没有${titled(policy)}的全文，无从判断其中是否列出`;
  return `本站收录的${namedText(read)}${retold}没有列出具体的未来产业领域，因此本站没有把任何领域记为${province}的重点${unheld}。`;
}

/**
 * The heatmap's basis: which held texts the listing sentences are quoted from, for which provinces, and that the
 * cells are the site's categories, with examples of a province's words filed under another name.
 * @returns the legend's sentences after the first
 */
export function coverageBasis(): string {
  const listed = sectorsFile.priorities.filter((p) => p.sectors.length > 0);
  const texts = [...Map.groupBy(listed, quotedIn)].map(([document, lists]) => {
    const shorts = provinces.filter((p) => lists.some((l) => l.province === p.id)).map((p) => p.short).join('、');
    // A text that is not the policy it quotes for (the roundup, a 解读) retells it: its words are not the policy's.
    const retells = lists.some((l) => document.title !== bare(l.policy));
    const caveat = !retells ? '' : document.kind === 'digest' ? '，是综述对各省文件的概述，不是文件原文' : '，是对所解读文件的转述，不是该文件原文';
    return `${namedText(document)}（${shorts}）${caveat}`;
  });
  // One example per province, the first whose words do not hold the site's name (类人机器人, not 零碳负碳（碳捕集…）).
  const filed = provinces.flatMap((p) => {
    const s = listed.filter((l) => l.province === p.id).flatMap((l) => l.sectors).find((x) => !x.as.includes(sectorById.get(x.sector)?.name ?? x.as));
    return s ? [`${p.short}的“${s.as}”归入“${sectorById.get(s.sector)!.name}”`] : [];
  }).slice(0, 2);
  const basis = texts.length > 0 ? `列举重点领域的原句出自本站收录的以下文本：${texts.join('；')}。` : '';
  return `${basis}格中是本站的领域分类，各省原文的说法按本站归入其中${filed.length > 0 ? `（如${filed.join('、')}）` : ''}；原文说法、原句和出处见各省页面。`;
}
