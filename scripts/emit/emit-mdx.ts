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
  /** Clause id (`document/anchor`). */
  id: string;
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
  /** Targets printed in the heading (（一）着力推进100项重大前沿技术攻关), offsets into `heading`. */
  marks: InlineMark[];
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
  return `---\n${stringify(frontmatter, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n\n${body}`;
}

function attributes(values: Record<string, string>): MdxJsxFlowElement['attributes'] {
  return Object.entries(values).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));
}

function sectionElement(section: MdxSection): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: 'SectionHeading',
    attributes: attributes({ id: section.anchor, level: String(section.level) }),
    children: [{ type: 'paragraph', children: markedPhrasing(section.heading, 0, section.heading.length, section.marks) }],
  };
}

// Text always sits in a paragraph: MDX escapes `{`, `<` and the like only in phrasing content.
function clauseElement(clause: MdxClause): MdxJsxFlowElement {
  const phrasing: PhrasingContent[] = [];
  if (clause.lead) {
    phrasing.push({ type: 'mdxJsxTextElement', name: 'ClauseLead', attributes: [], children: markedPhrasing(clause.text, 0, clause.lead.length, clause.marks) });
  }
  phrasing.push(...markedPhrasing(clause.text, clause.lead.length, clause.text.length, clause.marks));
  return { type: 'mdxJsxFlowElement', name: 'Clause', attributes: attributes({ clause: clause.id }), children: [{ type: 'paragraph', children: phrasing }] };
}

/** Text from `from` to `to`, with the marks that lie inside (first of overlapping ones wins) turned into inline elements. */
function markedPhrasing(text: string, from: number, to: number, marks: InlineMark[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = from;
  for (const mark of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (mark.start < at || mark.end > to) continue;
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
  if (at < to) out.push({ type: 'text', value: text.slice(at, to) });
  return out;
}
