// The admin's settings area: a left nav of sections and the chosen one beside it.
import { useState } from 'react';
import { t } from '@/utils/i18n';
import { ADMIN_SECTIONS, type AdminSection } from './adminSections';

export function AdminArea({ sections = ADMIN_SECTIONS }: { sections?: AdminSection[] }) {
  const [chosen, setChosen] = useState(sections[0]?.id);
  const active = sections.find((s) => s.id === chosen) ?? sections[0];
  const Section = active?.component;
  return (
    <section data-testid="admin-area" aria-labelledby="admin-title" className="mt-8">
      <h2 id="admin-title" className="text-base font-semibold text-zinc-900">
        {t.admin.title}
      </h2>
      <p className="mb-4 text-zinc-500">{t.admin.subtitle}</p>
      {/* Narrow (the options page in a small window), the section list sits above the section. */}
      <div className="flex min-h-[28rem] flex-col overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-sm sm:flex-row">
        <nav
          aria-label={t.admin.sectionsLabel}
          className="shrink-0 border-b border-zinc-200 bg-zinc-50/70 p-2 sm:w-52 sm:border-r sm:border-b-0"
        >
          <ul className="flex flex-wrap gap-1 sm:block sm:space-y-0.5">
            {sections.map((section) => (
              <li key={section.id}>
                <button
                  type="button"
                  data-testid={`admin-nav-${section.id}`}
                  aria-current={section.id === active?.id ? 'page' : undefined}
                  onClick={() => setChosen(section.id)}
                  className={`rounded-md px-3 py-2 text-left sm:w-full text-[13px] font-medium focus-visible:outline-2 focus-visible:outline-indigo-500 ${
                    section.id === active?.id
                      ? 'bg-white text-indigo-700 shadow-sm ring-1 ring-zinc-200'
                      : 'text-zinc-600 hover:bg-white/70 hover:text-zinc-900'
                  }`}
                >
                  {section.label()}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="min-w-0 flex-1 p-4 sm:p-6" data-testid={`admin-section-${active?.id}`}>
          {Section && <Section />}
        </div>
      </div>
    </section>
  );
}
