import { documentsOfProvince } from './atlas.ts';

/**
 * How the site holds a province's texts: one of its policy documents in full (`plan`), only a 解读 of one
 * (`interpretation`: Jiangxi), or only the news roundup's summary (`digest`). What a page can say a province's texts
 * lack depends on it: a summary that does not name a measure says nothing of the policy itself.
 */
export type Holding = 'plan' | 'interpretation' | 'digest';

/** @returns how `documents` hold a province's texts (those without a source are not held); `digest` too for none */
export function holdingOfDocuments(documents: ReadonlyArray<{ kind: string; source: unknown }>): Holding {
  const kinds = new Set(documents.filter((d) => d.source !== null).map((d) => d.kind));
  if (kinds.has('plan')) return 'plan';
  return kinds.has('interpretation') ? 'interpretation' : 'digest';
}

/** @returns how the site holds the province's texts */
export const holdingOf = (provinceId: string): Holding => holdingOfDocuments(documentsOfProvince(provinceId));

const ABSENT_IN: Record<Holding, string> = {
  plan: '的政策文件中未见',
  digest: '只收录了新闻综述中的概述，其中未见',
  interpretation: '只收录了政策解读，其中未见',
};

/**
 * Where the held texts do not show something, said of each province as it is held: 江苏的政策文件中未见, but 安徽、广东
 * 只收录了新闻综述中的概述，其中未见, which does not claim the policy lacks it.
 * @returns one phrase per kind of holding, in the order of `absent`; [] for none
 */
export function absentPhrases(absent: readonly { id: string; short: string }[]): string[] {
  const byHolding = Map.groupBy(absent, (p) => holdingOf(p.id));
  return [...byHolding].map(([holding, group]) => `${group.map((p) => p.short).join('、')}${ABSENT_IN[holding]}`);
}
