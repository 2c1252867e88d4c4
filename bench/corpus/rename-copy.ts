// Give a copy of a source its own identity: another province, a shifted period and a numbered title,
// applied identically to the raw text and to the manifest strings that must match it (titles, quotes).

/** How a province is written: full name, short name, one-character abbreviation. */
export interface ProvinceForms {
  name: string;
  short: string;
  abbr: string;
}

// The names are those of content/vocab/provinces.yaml; the abbreviations are the standard ones
// (苏, 皖 and 赣 occur in the sources: 苏发改, 沪浙皖, 科技兴赣).
export const PROVINCE_FORMS: Record<string, ProvinceForms> = {
  jiangsu: { name: '江苏省', short: '江苏', abbr: '苏' },
  anhui: { name: '安徽省', short: '安徽', abbr: '皖' },
  guangdong: { name: '广东省', short: '广东', abbr: '粤' },
  hubei: { name: '湖北省', short: '湖北', abbr: '鄂' },
  chongqing: { name: '重庆市', short: '重庆', abbr: '渝' },
  gansu: { name: '甘肃省', short: '甘肃', abbr: '陇' },
  jiangxi: { name: '江西省', short: '江西', abbr: '赣' },
};

export interface CopyIdentity {
  /** Province of the original source, or null (then no swap). */
  fromProvince: string | null;
  /** Province of the copy. */
  toProvince: string | null;
  /** Years added to every year written in the text (period, dates, doc number). */
  yearShift: number;
  /** Copy number, printed as a suffix after the title: （第3批）. */
  suffix: number;
  /** The last characters of the document's own title (before its period), which locate the title in the text. */
  titleCore: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Derive the title core from a manifest title: up to six characters before the period parenthetical.
 * @param title manifest title, e.g. 江苏省加快培育发展未来产业三年行动方案（2024-2026年）
 * @returns the core, e.g. 三年行动方案
 */
export function titleCoreOf(title: string): string {
  const name = title.replace(/^《/u, '').replace(/[（(]\d{4}[-—]\d{4}年[)）].*$/u, '').replace(/》.*$/u, '');
  return [...name].slice(-6).join('');
}

/**
 * Build the rename function of one copy.
 * @param identity what the copy becomes
 * @returns a function applied to every raw line and every manifest string of the copy
 */
export function createRename(identity: CopyIdentity): (text: string) => string {
  const from = identity.fromProvince ? PROVINCE_FORMS[identity.fromProvince] : null;
  const to = identity.toProvince ? PROVINCE_FORMS[identity.toProvince] : null;
  const swap = from && to && from !== to;
  // 江苏化工网 is the republishing website, not the province: its chrome rule must still match.
  const provincePattern = swap
    ? new RegExp(`${from.name}|${from.short}(?!化工网)|(?<=[来在兴])${from.abbr}(?![州南中北])|${from.abbr}(?=发改)`, 'gu')
    : null;
  const coreChars = [...identity.titleCore].map(escape).join('\\s?');
  const titlePattern = new RegExp(`${coreChars}\\s?[(（]\\d{4}[-—]\\d{4}年[)）]`, 'gu');
  const suffix = `（第${identity.suffix}批）`;
  return (text: string) => {
    let out = text;
    if (provincePattern && to && from) {
      out = out.replace(provincePattern, (m) => (m === from.name ? to.name : m === from.short ? to.short : to.abbr));
    }
    if (identity.suffix > 0) out = out.replace(titlePattern, (m) => `${m}${suffix}`);
    if (identity.yearShift !== 0) out = out.replace(/(?<!\d)20[0-3]\d(?!\d)/gu, (y) => String(Number(y) + identity.yearShift));
    return out;
  };
}
