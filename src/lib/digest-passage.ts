// What a news digest says about a document it names but the site does not hold (仅见引用): the paragraphs a reader
// of that document's page should see, shown as the digest's words, never as the document's.
//
// The rule: a digest gives each province one section (sections[].province) that opens by naming the policy it
// summarises (content/sources/README.md). A document named in a province section's first paragraph, and the only
// document that paragraph names, is what the section describes: its paragraphs from that one to the section's end.
// A later paragraph naming another text stays in (the Chongqing 申报书 is the form the 通知's procedure asks for). A
// document named anywhere else (a digest's preamble, mid-section like that 申报书, in a plan's opening beside other
// titles, in a 解读) gets no passage: nothing in the data says the text around it is about it.
import { clausesByDocument, documentById, knownFromClause, linksFrom, type AtlasClause, type AtlasDocument } from './atlas.ts';

/** The paragraphs of a digest that describe one document it names. */
export interface DigestPassage {
  /** The digest the paragraphs are quoted from. */
  digest: AtlasDocument;
  /** The province section's heading as printed (重庆市). */
  section: string;
  /** Its paragraphs, from the one naming the document to the section's end, in order. */
  clauses: AtlasClause[];
}

/** @returns the ids of the documents a clause names: its 《title》 links, and those known from it without one */
function documentsNamedBy(clauseId: string): Set<string> {
  const cited = (linksFrom.get(clauseId) ?? []).filter((l) => l.type === 'cites' || l.type === 'implements').map((l) => l.to.split('/')[0]!);
  return new Set([...cited, ...(knownFromClause.get(clauseId) ?? []).map((d) => d.id)]);
}

/**
 * @param document a document the site knows only because a held text names it
 * @returns the digest section paragraphs that describe it (see the rule above), or null when the rule gives none
 */
export function digestPassageAbout(document: AtlasDocument): DigestPassage | null {
  const from = document.knownFrom;
  if (document.kind !== 'referenced' || !from?.clauseId || !from.sectionId) return null;
  const digest = documentById.get(from.documentId);
  const section = digest?.sections.find((s) => s.id === from.sectionId);
  if (digest?.kind !== 'digest' || !section?.province) return null;
  const inSection = (clausesByDocument.get(digest.id) ?? []).filter((c) => c.path.includes(section.id));
  if (inSection[0]?.id !== from.clauseId) return null;
  const named = documentsNamedBy(from.clauseId);
  if (named.size !== 1 || !named.has(document.id)) return null;
  return { digest, section: `${section.marker}${section.title}`, clauses: inSection };
}
