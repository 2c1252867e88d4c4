// Compiles and renders generated MDX the way the site does: Sätteri's `mdxToJs`/`evaluate` (the
// compiler behind Astro 7's MDX integration; @mdx-js/mdx is not installed) with Astro's default
// features (GFM and smart punctuation on), then a tiny JSX runtime that turns the result into text.
import { evaluate, mdxToJs } from 'satteri';

import astroConfig from '../../astro.config.mjs';

/**
 * The parser features the site's MDX is compiled with: Astro's MDX integration inherits them from the
 * Markdown processor set in astro.config.mjs (`markdown.processor`); GFM and smart punctuation are on
 * when unset.
 */
type Features = { gfm?: boolean; smartPunctuation?: boolean };
const processorFeatures: Features = (astroConfig.markdown?.processor as { options?: { features?: Features } } | undefined)?.options?.features ?? {};
export const astroFeatures = {
  gfm: processorFeatures.gfm ?? true,
  smartPunctuation: Boolean(processorFeatures.smartPunctuation ?? true),
};

/** Components the generated MDX may use; each renders as a marker element so text can be collected per clause. */
const components = ['Clause', 'ClauseLead', 'SectionHeading', 'Target', 'Citation', 'DepartmentTag'];

interface RenderedNode {
  type: unknown;
  props: Record<string, unknown> & { children?: unknown };
}

/**
 * Compile MDX to JavaScript; throws with the parser's message when the MDX is invalid.
 * @param mdx MDX source
 * @returns the compiled module's code
 */
export function compileMdx(mdx: string): string {
  // Without plugins Sätteri compiles synchronously.
  return (mdxToJs(mdx, { features: astroFeatures }) as { code: string }).code;
}

/**
 * Evaluate MDX and render it with a minimal JSX runtime.
 * @param mdx MDX source
 * @returns the text inside each `<Clause clause=…>` by clause id, each section heading's text by anchor,
 *   the HTML-like element names that appeared, and ESM exports the module declared
 */
export async function renderMdx(mdx: string): Promise<{ clauses: Map<string, string>; headings: Map<string, string>; elements: Set<string>; exports: string[] }> {
  const jsx = (type: unknown, props: unknown): RenderedNode => ({ type, props: props as RenderedNode['props'] });
  const module = (await evaluate(mdx, { Fragment: 'fragment', jsx, jsxs: jsx, features: astroFeatures })) as Record<string, unknown> & { default: (props: unknown) => RenderedNode };
  const tree = module.default({ components: Object.fromEntries(components.map((name) => [name, `component:${name}`])) });
  const clauses = new Map<string, string>();
  const headings = new Map<string, string>();
  const elements = new Set<string>();
  const textOf = (node: unknown): string => {
    if (node === null || node === undefined || node === false || node === true) return '';
    if (typeof node === 'string' || typeof node === 'number') return String(node);
    if (Array.isArray(node)) return node.map(textOf).join('');
    const element = node as RenderedNode;
    if (typeof element.type === 'function') return textOf((element.type as (p: unknown) => unknown)(element.props));
    if (typeof element.type === 'string') elements.add(element.type);
    const text = textOf(element.props.children);
    if (element.type === 'component:Clause') clauses.set(String(element.props.clause), text);
    if (element.type === 'component:SectionHeading') headings.set(String(element.props.id), text);
    return text;
  };
  textOf(tree);
  return { clauses, headings, elements, exports: Object.keys(module).filter((k) => k !== 'default') };
}
