import { useEffect, useMemo } from 'react';
import { INBOXES, compareInInbox, inboxCounts, inboxOf, type Layout } from '@/core/inbox';
import type { Agent, Conversation } from '@/core/model';
import { WithBotSection } from '../bot/WithBotSection';
import { InboxTabs } from '../header/InboxTabs';
import { ConversationList } from '../list/ConversationList';
import { TagFilter, useInboxTagFilter } from '../customer/TagFilter';
import { useListShortcuts, type ListKeyboard } from '../keyboard/useListShortcuts';
import { firstScreenCounts, type QueueSizes } from '@/utils/inbox/firstScreenCounts';

/** Rows from the end of the first screen at which the keyboard asks for the rest. */
const NEAR_END = 5;

interface Props {
  me: Agent;
  layout: Layout;
  conversations: Conversation[] | undefined;
  now: number;
  onOpen: (id: string) => void;
  /** The keyboard's highlighted row and inbox choice, kept by the app while a thread is open. */
  keyboard: ListKeyboard;
  /** false while `conversations` holds only the first screen of each queue (see useInboxConversations). */
  complete?: boolean;
  /** Each queue's size; undefined until counted (the tabs' counts stay blank a moment). */
  sizes?: QueueSizes;
  /** Asks for the whole queues, when the first screen is not enough. */
  onNeedAll?: () => void;
}

/** Tabs and list; which conversation is in which inbox is core's inboxOf, nothing local. */
export function InboxScreen({
  me,
  layout,
  conversations: all,
  now,
  onOpen: openConversation,
  keyboard,
  complete = true,
  sizes,
  onNeedAll,
}: Props) {
  // The tag filter narrows what every tab and count sees.
  const tagFilter = useInboxTagFilter(all);
  const conversations = tagFilter.conversations;
  const chosen = keyboard.inboxChoice;
  const inbox = INBOXES[layout].includes(chosen[layout]) ? chosen[layout] : INBOXES[layout][0];
  const tagFiltered = tagFilter.control.value !== null;
  const counts = useMemo(
    () =>
      complete ? inboxCounts(conversations ?? [], me, layout, now) : firstScreenCounts(layout, tagFiltered, sizes),
    [complete, conversations, me, layout, now, tagFiltered, sizes],
  );
  const visible = useMemo(
    // A tag filter over the first screen alone could look empty: wait for the whole queues.
    () =>
      tagFiltered && !complete
        ? undefined
        : conversations?.filter((c) => inboxOf(c, me, layout, now) === inbox).sort(compareInInbox(inbox)),
    [conversations, me, layout, now, inbox, tagFiltered, complete],
  );
  const onOpen = (id: string) => {
    keyboard.setCursor(id);
    openConversation(id);
  };
  const cursorId = useListShortcuts({ keyboard, layout, inbox, visible, onOpen });
  // Beta's tabs and a tag filter need every row; so does the keyboard nearing the first screen's end.
  const cursorIndex = visible?.findIndex((c) => c.id === cursorId) ?? -1;
  const needAll =
    !complete &&
    (layout !== 'classic' || tagFiltered || (visible !== undefined && cursorIndex >= visible.length - NEAR_END));
  useEffect(() => {
    if (needAll) onNeedAll?.();
  }, [needAll, onNeedAll]);
  return (
    <>
      <InboxTabs
        layout={layout}
        value={inbox}
        counts={counts}
        onChange={(next) => keyboard.setInboxChoice(layout, next)}
      />
      <TagFilter {...tagFilter.control} />
      <WithBotSection meId={me.id} now={now} onOpen={openConversation} />
      <div role="tabpanel" aria-labelledby={`inbox-tab-${inbox}`} className="flex min-h-0 flex-1 flex-col">
        <ConversationList
          conversations={visible}
          inbox={inbox}
          now={now}
          onOpen={onOpen}
          activeId={cursorId}
          onNearEnd={complete ? undefined : onNeedAll}
        />
      </div>
    </>
  );
}
