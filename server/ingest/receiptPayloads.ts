// Test-only: receipt webhooks in the shapes of Meta's reference examples (Messenger
// message_deliveries and message_reads: developers.facebook.com/documentation/business-messaging/
// messenger-platform/webhooks/webhook-events/; Instagram messaging_seen, PLATFORM.md §5.1). The
// shared fixtures folder has none, so they are built here with the documented fields only.

const envelope = (object: 'page' | 'instagram', ourId: string, item: Record<string, unknown>) => ({
  object,
  entry: [{ id: ourId, time: 1_458_668_856_463, messaging: [item] }],
});

/** No `timestamp`: the reference example of a delivery has none. */
export const messengerDelivery = (pageId: string, psid: string, watermark: number, mids: string[]) =>
  envelope('page', pageId, {
    sender: { id: psid },
    recipient: { id: pageId },
    delivery: { ...(mids.length ? { mids } : {}), watermark },
  });

export const messengerRead = (pageId: string, psid: string, watermark: number) =>
  envelope('page', pageId, {
    sender: { id: psid },
    recipient: { id: pageId },
    timestamp: watermark + 210,
    read: { watermark },
  });

export const instagramSeen = (igId: string, igsid: string, mid: string) =>
  envelope('instagram', igId, {
    sender: { id: igsid },
    recipient: { id: igId },
    timestamp: 1_569_262_612_054,
    read: { mid },
  });
