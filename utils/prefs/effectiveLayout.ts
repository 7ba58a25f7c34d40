import type { Layout } from '@/core/inbox';

/**
 * The inbox layout the side panel shows: the agent's own pick once they made one, otherwise the
 * workspace default an admin chose, otherwise Classic (before the settings first sync).
 */
export function effectiveLayout(picked: Layout | undefined, workspaceDefault: Layout | undefined): Layout {
  return picked ?? workspaceDefault ?? 'classic';
}
