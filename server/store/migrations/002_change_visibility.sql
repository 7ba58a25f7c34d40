-- The sequence number at which a conversation last changed who may see it (taken, reassigned,
-- closed). A viewer whose cursor is before it may hold a copy they must now drop; one whose
-- cursor is past it has already been told, so later activity needs no removal for them.
ALTER TABLE changes ADD COLUMN visibility_seq bigint;
