// Keyset paging over (last_activity_at DESC, id): the cursor names the last row already given.

export const encodeCursor = (row: { lastActivityAt: number; id: string }) => `${row.lastActivityAt}:${row.id}`;

export function decodeCursor(cursor: string): { at: number; id: string } {
  const colon = cursor.indexOf(':');
  return { at: Number(cursor.slice(0, colon)), id: cursor.slice(colon + 1) };
}
