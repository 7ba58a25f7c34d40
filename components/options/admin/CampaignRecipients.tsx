// One campaign's recipients with their outcome; read again whenever the synced counts move.
import { useEffect, useState } from 'react';
import type { CampaignRecipient } from '@/core/api/campaigns';
import type { Campaign } from '@/core/model';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { ErrorText } from './ui';

const tone = { pending: 'text-zinc-500', sent: 'text-emerald-700', failed: 'text-rose-700' } as const;

export function CampaignRecipients({ campaign }: { campaign: Campaign }) {
  const [recipients, setRecipients] = useState<CampaignRecipient[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    sendMessage('campaignRecipients', { campaignId: campaign.id })
      .then((r) => live && setRecipients(r.recipients))
      .catch((err: Error) => live && setError(err.message));
    return () => {
      live = false;
    };
  }, [campaign.id, campaign.sent, campaign.failed, campaign.status]);
  if (error) return <ErrorText error={error} />;
  if (!recipients) return null;
  return (
    <ul
      className="mt-2 divide-y divide-zinc-100 rounded-md border border-zinc-200 text-[12.5px]"
      data-testid="campaign-recipients"
    >
      {recipients.map((r, i) => (
        <li
          key={i}
          className="flex items-baseline gap-3 px-3 py-1.5"
          data-testid="campaign-recipient"
          data-status={r.status}
        >
          <span className="w-40 shrink-0 truncate font-mono text-zinc-700">{r.phone ? `+${r.phone}` : r.input}</span>
          <span className={`w-16 shrink-0 font-medium ${tone[r.status]}`}>{t.campaigns.recipientStatus[r.status]}</span>
          {r.error && <span className="min-w-0 flex-1 text-zinc-600">{r.error}</span>}
        </li>
      ))}
    </ul>
  );
}
