-- The bot: a conversation it has is in no inbox until it hands over; agents mark themselves
-- available for its round-robin handover.
ALTER TABLE conversations ADD COLUMN with_bot boolean NOT NULL DEFAULT false;
ALTER TABLE agents ADD COLUMN available boolean NOT NULL DEFAULT false;
