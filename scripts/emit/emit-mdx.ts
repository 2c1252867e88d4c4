import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { stringify } from 'yaml';

/** A span of clause text to wrap in an inline component: a target, a cited title, the department tag. */
export interface InlineMark {
  start: number;
  end: number;
  /** Component name. */
  component: 'Target' | 'Citation' | 'DepartmentTag';
  /** Attributes: ascii ids only, so no attribute ever carries source text. */
  attributes: Record<string, string>;
}

export interface MdxClause {
  /** Id within the document (the page anchor). */
  anchor: string;
  /** The clause's lead as printed (marker and heading): `3.加速创新成果转化。`. */
  lead: string;
  text: string;
  marks: InlineMark[];
}

export interface MdxSection {
  anchor: string;
  level: 1 | 2;
  /** Marker and title as printed: `二、重点任务`. */
  heading: string;
}

/**
 * Serialise one document as MDX through the MDX AST, so that `{`, `<`, `import` and other syntax in
 * source text is escaped as text and can never run.
 * @param frontmatter validated frontmatter fields
 * @param blocks sections and clauses in source order
 * @returns MDX source
 */
export function emitMdx(frontmatter: Record<string, unknown>, blocks: Array<MdxSection | MdxClause>): string {
  const children: RootContent[] = blocks.map((block) => ('text' in block ? clauseElement(block) : sectionElement(block)));
  const root: Root = { type: 'root', children };
  const body = toMarkdown(root, { extensions: [mdxToMarkdown()] });
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}`;
}

function attributes(values: Record<string, string>): MdxJsxFlowElement['attributes'] {
  return Object.entries(values).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));
}

function sectionElement(section: MdxSection): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: 'SectionHeading',
    attributes: attributes({ id: section.anchor, level: String(section.level) }),
    children: [{ type: 'paragraph', children: [{ type: 'text', value: section.heading }] }],
  };
}

function clauseElement(clause: MdxClause): MdxJsxFlowElement {
  const children: MdxJsxFlowElement['children'] = [];
  if (clause.lead) {
    children.push({ type: 'mdxJsxFlowElement', name: 'ClauseLead', attributes: [], children: [{ type: 'paragraph', children: [{ type: 'text', value: clause.lead }] }] });
  }
  const phrasing = markedPhrasing(clause.text, clause.lead.length, clause.marks);
  if (phrasing.length > 0) children.push({ type: 'paragraph', children: phrasing });
  return { type: 'mdxJsxFlowElement', name: 'Clause', attributes: attributes({ id: clause.anchor }), children };
}

/** Text from `from` on, with marks (non-overlapping) turned into inline elements. */
function markedPhrasing(text: string, from: number, marks: InlineMark[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = from;
  for (const mark of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (mark.start < at || mark.end > text.length) continue;
    if (mark.start > at) out.push({ type: 'text', value: text.slice(at, mark.start) });
    const element: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: mark.component,
      attributes: attributes(mark.attributes),
      children: [{ type: 'text', value: text.slice(mark.start, mark.end) }],
    };
    out.push(element);
    at = mark.end;
  }
  if (at < text.length) out.push({ type: 'text', value: text.slice(at) });
  return out;
}
