// A WhatsApp Flows form the customer submitted, as a readable card: each answer under the label
// of the information field it fills (by key), or its own key when no field has it.
import { useLiveQuery } from 'dexie-react-hooks';
import type { FlowForm } from '@/core/model';
import { useDb } from '../hooks/DbContext';

export function FormAnswersCard({ form }: { form: FlowForm }) {
  const db = useDb();
  const labels = useLiveQuery(async () => new Map((await db.fields.toArray()).map((f) => [f.key, f.label])), [db]);
  return (
    <dl data-testid="form-answers" className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-[12.5px]">
      {form.answers.map((answer, i) => (
        <div key={i} className="contents">
          <dt className="text-zinc-500">{labels?.get(answer.name) ?? answer.name}</dt>
          <dd className="min-w-0 font-medium [overflow-wrap:anywhere]">{answer.value}</dd>
        </div>
      ))}
    </dl>
  );
}
