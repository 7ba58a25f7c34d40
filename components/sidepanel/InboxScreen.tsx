import { useMemo } from 'react';
import { INBOXES, inboxCounts, inboxOf, type InboxName, type Layout } from '@/core/inbox';
import type { Agent, Conversation } from '@/core/model';
import { InboxTabs } from '../header/InboxTabs';
import { ConversationList } from '../list/ConversationList';
import { TagFilter, useInboxTagFilter } from '../customer/TagFilter';
import { useListShortcuts, type ListKeyboard } from '../keyboard/useListShortcuts';

interface Props {
  me: Agent;
  layout: Layout;
  conversations: Conversation[] | undefined;
  now: number;
  onOpen: (id: string) => void;
  /** The keyboard's highlighted row and inbox choice, kept by the app while a thread is open. */
  keyboard: ListKeyboard;
}

/** Tabs and list; which conversation is in which inbox is core's inboxOf, nothing local. */
export function InboxScreen({ me, layout, conversations: all, now, onOpen: openConversation, keyboard }: Props) {
  // The tag filter narrows what every tab and count sees.
  const tagFilter = useInboxTagFilter(all);
  const conversations = tagFilter.conversations;
  const chosen = keyboard.inboxChoice;
  const inbox = INBOXES[layout].includes(chosen[layout]) ? chosen[layout] : INBOXES[layout][0];
  const counts = useMemo(() => inboxCounts(conversations ?? [], me, layout, now), [conversations, me, layout, now]);
  const visible = useMemo(
    () => conversations?.filter((c) => inboxOf(c, me, layout, now) === inbox),
    [conversations, me, layout, now, inbox],
  );
  const onOpen = (id: string) => {
    keyboard.setCursor(id);
    openConversation(id);
  };
  const cursorId = useListShortcuts({ keyboard, layout, inbox, visible, onOpen });
  return (
    <>
      <InboxTabs layout={layout} value={inbox} counts={counts} onChange={(next) => keyboard.setInboxChoice(layout, next)} />
      <TagFilter {...tagFilter.control} />
      <div role="tabpanel" aria-labelledby={`inbox-tab-${inbox}`} className="flex min-h-0 flex-1 flex-col">
        <ConversationList conversations={visible} now={now} onOpen={onOpen} activeId={cursorId} />
      </div>
    </>
  );
}
