// Reading hast trees in tests: the reader's own output (tests/robustness/mdx-render.ts) and built pages
// parsed back with Sätteri's htmlToHast (tests/site/reader.test.ts).
import type { Element, Root, RootContent } from 'hast';

/** @returns an element's classes */
export function classesOf(element: Element): string[] {
  return ([] as unknown[]).concat(element.properties.className ?? []).map(String);
}

/** @returns the text of a node, its descendants' text joined */
export function textOf(node: RootContent | Root): string {
  return node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';
}

/** @returns the outermost elements under `node` that match, in document order */
export function findAll(node: Root | Element, match: (element: Element) => boolean, out: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (match(child)) out.push(child);
    else findAll(child, match, out);
  }
  return out;
}
