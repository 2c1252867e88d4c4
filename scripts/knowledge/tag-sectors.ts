import type { SectorVocab } from '../../src/schemas/sector.ts';
import { findLongestMatches, type MatchCandidate } from './longest-match.ts';

/** One sector mention in a text. */
export interface SectorTag {
  /** Id of the sector matched. */
  sectorId: string;
  /** Id of its top-level direction; a top-level sector is its own parent here. */
  parentId: string;
  /** The written form found. */
  matched: string;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset after the last character. */
  end: number;
}

interface SectorRef {
  sectorId: string;
  parentId: string;
}

const compiled = new WeakMap<SectorVocab, MatchCandidate<SectorRef>[]>();

function candidatesOf(vocab: SectorVocab): MatchCandidate<SectorRef>[] {
  let candidates = compiled.get(vocab);
  if (!candidates) {
    candidates = vocab.sectors.flatMap((sector) => {
      const payload = { sectorId: sector.id, parentId: sector.parent ?? sector.id };
      return [sector.name, ...sector.aliases].map((literal) => ({ literal, payload }));
    });
    compiled.set(vocab, candidates);
  }
  return candidates;
}

/**
 * Tags every sector mention (name or alias) in a text, longest match first, non-overlapping.
 * @param vocab validated sector vocabulary
 * @param text normalised clause or sentence text
 * @returns tags sorted by position
 */
export function tagSectors(vocab: SectorVocab, text: string): SectorTag[] {
  return findLongestMatches(candidatesOf(vocab), text).map(({ payload, matched, start, end }) => ({
    sectorId: payload.sectorId,
    parentId: payload.parentId,
    matched,
    start,
    end,
  }));
}
