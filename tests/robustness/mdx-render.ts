// Reads generated MDX the way the site does: src/lib/mdx-reader.ts (Sätteri's parser, the site's
// components as plain elements, hast-util-to-html), with lookups that accept any clause, so that a
// test can render the MDX of an ingest result that is not the site's data.
import type { Element, Root, RootContent } from 'hast';
import { classesOf, textOf } from '../helpers/hast.ts';
import { mdxToReaderTree, renderMdx, type ReaderData } from '../../src/lib/mdx-reader.ts';

export { MDX_FEATURES } from '../../src/lib/mdx-reader.ts';

/** Every clause known, with no metadata: the test looks only at the MDX's own text. */
const anyClause: ReaderData = { clauseMeta: () => [], targetTitle: () => undefined };

/**
 * Parse MDX as the reader does; throws with file and line when the reader would stop the build.
 * @param mdx MDX source
 */
export function parseMdx(mdx: string, file = 'test.mdx'): Root {
  return mdxToReaderTree(mdx, file, anyClause);
}

/**
 * Render MDX as the reader does.
 * @param mdx MDX source
 * @returns the text of each clause by clause id, each section heading's text by anchor, the elements
 *   that appeared (`tag.class`), and the HTML
 */
export function readMdx(mdx: string): { clauses: Map<string, string>; headings: Map<string, string>; elements: Set<string>; html: string } {
  const clauses = new Map<string, string>();
  const headings = new Map<string, string>();
  const elements = new Set<string>();
  const visit = (node: RootContent) => {
    if (node.type !== 'element') return;
    const element = node as Element;
    const className = classesOf(element).join('.');
    elements.add(className ? `${element.tagName}.${className}` : element.tagName);
    if (className === 'clause') clauses.set(String(element.properties.dataClause), textOf(element.children[0]));
    if (className === 'section-heading') headings.set(String(element.properties.id), textOf(element));
    element.children.forEach(visit);
  };
  parseMdx(mdx).children.forEach(visit);
  return { clauses, headings, elements, html: renderMdx(mdx, 'test.mdx', anyClause) };
}
