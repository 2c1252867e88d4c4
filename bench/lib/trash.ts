// Clearing a build's outputs by moving them aside, and deleting them only when the run is over.
// This machine's disk is ext4 without a journal. There, the inode allocator passes over every inode
// freed in the last 60 s (360 s while its inode-table block is still dirty), so deleting thousands of
// files right before a build makes the files that build creates cost more kernel time. A fresh clone
// deletes nothing, so a cold build is measured that way (bench/README.md has the figures).
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Moves `path` (if it exists) into `trashDir`, on the same disk: a rename, no inode is freed. */
export function discard(path: string, trashDir: string): void {
  if (!existsSync(path)) return;
  mkdirSync(trashDir, { recursive: true });
  renameSync(path, join(trashDir, `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`));
}

/** Deletes everything discarded, after the last measurement. */
export function emptyTrash(trashDir: string): void {
  rmSync(trashDir, { recursive: true, force: true });
}
