// Renders a document's MDX (written by the ingest) into the reader's HTML. Sätteri, the native MDX
// parser behind Astro 7's MDX integration, parses it to hast; the six components the ingest writes
// become plain elements here, and hast-util-to-html serialises and escapes. Nothing in the MDX is
// evaluated: an expression, an import, raw HTML or any other component stops the build at its file
// and line. This replaced one Vite module per document (bench/README.md): the same MDX, read as data.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { anchorOf } from './labels.ts';

/** Source text must reach the page as written: no smart quotes, dashes or ellipses, no autolinks. */
export const MDX_FEATURES = { gfm: false, smartPunctuation: false, frontmatter: true } as const;

/** What the reader shows beside the MDX's own text, looked up by the ids the components carry. */
export interface ReaderData {
  /** The metadata under a clause (departments, tags, links, provenance); null for an unknown clause. */
  clauseMeta(clauseId: string, anchor: string): ElementContent[] | null;
  /** The tooltip of a quantified target. */
  targetTitle(targetId: string): string | undefined;
  /** What follows a section heading (the 解读 paragraphs explaining that section); none by default. */
  sectionMeta?(sectionId: string): ElementContent[];
  /** Runs of a clause's text to wrap in an element (a correction the site made), as offsets into its text. */
  clauseMarks?(clauseId: string): ClauseMark[];
}

/** A run of a clause's text, `start` to `end` (UTF-16, end exclusive), and the element each piece of it goes in. */
export interface ClauseMark {
  start: number;
  end: number;
  wrap: (children: ElementContent[]) => Element;
}

/**
 * Wraps the text from `start` to `end` of some content (offsets count its text nodes in order) in elements made by
 * `wrap`: one where the run lies in one text node, one per piece where it crosses an element (a target's mark).
 * @returns the content with the run wrapped; unchanged outside it
 */
export function wrapTextRun(nodes: ElementContent[], { start, end, wrap }: ClauseMark): ElementContent[] {
  let at = 0;
  const visit = (list: ElementContent[]): ElementContent[] =>
    list.flatMap((node): ElementContent[] => {
      if (node.type === 'element') return [{ ...node, children: visit(node.children) }];
      if (node.type !== 'text') return [node];
      const from = at;
      at += node.value.length;
      const [a, b] = [Math.max(start, from) - from, Math.min(end, at) - from];
      if (a >= b) return [node];
      return [
        ...(a > 0 ? [{ type: 'text' as const, value: node.value.slice(0, a) }] : []),
        wrap([{ type: 'text', value: node.value.slice(a, b) }]),
        ...(b < node.value.length ? [{ type: 'text' as const, value: node.value.slice(b) }] : []),
      ];
    });
  return visit(nodes);
}

/** The error for MDX the reader will not render, naming file and line. */
export class MdxReaderError extends Error {
  constructor(file: string, line: number | undefined, message: string) {
    super(`${file}:${line ?? '?'}: ${message}`);
    this.name = 'MdxReaderError';
  }
}

/** An MDX component as Sätteri's hast gives it. */
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
  children: RootContent[];
  position?: { start: { line: number } };
}

/**
 * Parse MDX into the reader's hast tree.
 * @param mdx the MDX text
 * @param file its file name, for errors
 * @param data the lookups for clause metadata and target tooltips
 * @returns a hast root of paragraphs, text and the components' elements
 */
export function mdxToReaderTree(mdx: string, file: string, data: ReaderData): Root {
  let tree: Root;
  try {
    tree = mdxToHast(mdx, { features: MDX_FEATURES, position: true }) as Root;
  } catch (error) {
    // Sätteri's message starts with `line:column`; the file is what it cannot know.
    const message = (error as Error).message;
    const line = /^(\d+):\d+/u.exec(message)?.[1];
    throw new MdxReaderError(file, line === undefined ? undefined : Number(line), `MDX does not parse: ${message}`);
  }
  return { type: 'root', children: new Converter(file, data).all(tree.children) };
}

/**
 * Render MDX into the reader's HTML.
 * @returns the HTML, escaped by hast-util-to-html
 */
export function renderMdx(mdx: string, file: string, data: ReaderData): string {
  return toHtml(mdxToReaderTree(mdx, file, data));
}

class Converter {
  private readonly file: string;
  private readonly data: ReaderData;

  constructor(file: string, data: ReaderData) {
    this.file = file;
    this.data = data;
  }

  all(nodes: RootContent[]): ElementContent[] {
    return nodes.flatMap((node) => this.one(node));
  }

  private one(node: RootContent): ElementContent[] {
    switch (node.type) {
      case 'text':
        return [node];
      case 'element':
        // Paragraphs inside components; any other Markdown element is one the ingest never writes.
        if (node.tagName !== 'p') throw this.error(node, `unexpected Markdown element <${node.tagName}>`);
        return [{ ...node, children: this.all(node.children) }];
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return this.component(node as unknown as JsxElement);
      default:
        throw this.error(node, `unexpected MDX node ${node.type}: the ingest writes only components and escaped text`);
    }
  }

  private error(node: { position?: { start: { line: number } } }, message: string): MdxReaderError {
    return new MdxReaderError(this.file, node.position?.start.line, message);
  }

  private component(node: JsxElement): ElementContent[] {
    const props = new Map<string, string>();
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') throw this.error(node, `<${node.name}> has an attribute that is not a plain string`);
      props.set(attribute.name!, attribute.value);
    }
    const prop = (name: string): string => {
      const value = props.get(name);
      if (value === undefined) throw this.error(node, `<${node.name}> has no ${name}`);
      return value;
    };
    const children = this.all(node.children);
    switch (node.name) {
      case 'Clause': {
        const id = prop('clause');
        const anchor = anchorOf(id);
        const meta = this.data.clauseMeta(id, anchor);
        if (!meta) throw this.error(node, `MDX names clause ${id}, which clauses.json does not have`);
        const text = (this.data.clauseMarks?.(id) ?? []).reduce(wrapTextRun, withoutBlankText(children));
        return [h('article.clause', { id: anchor, dataClause: id }, [h('div.clause-text', text), h('div.clause-meta', meta)])];
      }
      case 'ClauseLead':
        return [h('strong.clause-lead', children)];
      case 'DepartmentTag':
        return [h('span.department-tag', children)];
      case 'Citation':
        return [h('a.citation', { href: `/documents/${prop('to')}/` }, children)];
      case 'Target': {
        const id = prop('id');
        return [h('mark.target', { id: `target-${id.split('/').slice(1).join('-')}`, title: this.data.targetTitle(id) }, children)];
      }
      case 'SectionHeading': {
        // The heading's text sits in a paragraph (where MDX escapes it); the heading holds it directly.
        const inline = children.flatMap((child) => (child.type === 'element' && child.tagName === 'p' ? child.children : [child]));
        const id = prop('id');
        return [h(prop('level') === '1' ? 'h2.section-heading' : 'h3.section-heading', { id }, withoutBlankText(inline)), ...(this.data.sectionMeta?.(id) ?? [])];
      }
      default:
        throw this.error(node, `unknown component <${node.name ?? ''}>`);
    }
  }
}

/** Drops the line breaks around a component's content, as JSX does. */
function withoutBlankText(nodes: ElementContent[]): ElementContent[] {
  return nodes.filter((n) => !(n.type === 'text' && n.value.trim() === ''));
}
