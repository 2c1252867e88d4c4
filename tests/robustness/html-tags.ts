// A small scanner for the start tags of built HTML pages: names, attributes (quote-aware, entities
// decoded for the few that matter) and the text of inline scripts. Enough to audit what Astro writes;
// not a general HTML parser.

export interface StartTag {
  name: string;
  attributes: Map<string, string>;
  /** 1-based line of the tag in the page. */
  line: number;
  /** For <script>: its content up to </script>. */
  content?: string;
}

const decode = (value: string) => value.replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&amp;/gu, '&');

/**
 * List the start tags of an HTML document, skipping comments and the content of script and style.
 * @param html the page
 * @returns its start tags in order
 */
export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  let i = 0;
  // Line numbers by counting newlines forward from the last tag (tags come in order).
  let counted = 0;
  let line = 1;
  const lineAt = (offset: number) => {
    for (; counted < offset; counted++) if (html.charCodeAt(counted) === 10) line++;
    return line;
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const nameMatch = /^<([a-zA-Z][a-zA-Z0-9:-]*)/u.exec(html.slice(lt, lt + 64));
    if (!nameMatch) {
      i = lt + 1;
      continue;
    }
    const name = nameMatch[1].toLowerCase();
    const attributes = new Map<string, string>();
    let j = lt + nameMatch[0].length;
    // Attributes: name, optionally = and a quoted or bare value; stop at > outside quotes.
    const attribute = /\s*([^\s"'>/=]+)(?:\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?|\s*\/?\s*>/uy;
    for (;;) {
      attribute.lastIndex = j;
      const m = attribute.exec(html);
      if (!m) {
        j = html.indexOf('>', j) + 1 || html.length;
        break;
      }
      j = attribute.lastIndex;
      if (m[1] === undefined) break;
      attributes.set(m[1].toLowerCase(), decode(m[3] ?? m[4] ?? m[5] ?? ''));
    }
    const tag: StartTag = { name, attributes, line: lineAt(lt) };
    if (name === 'script' || name === 'style') {
      const close = html.toLowerCase().indexOf(`</${name}`, j);
      const end = close === -1 ? html.length : close;
      if (name === 'script') tag.content = html.slice(j, end);
      j = end;
    }
    tags.push(tag);
    i = j;
  }
  return tags;
}
