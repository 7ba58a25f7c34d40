import { Component, type ReactNode } from 'react';
import { t } from '@/utils/i18n';

/** The UI's one catch-all: a rendering bug shows a calm message and a reload, not a blank panel. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.error('[sidedesk] UI crashed', error);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="flex h-full flex-col items-center justify-center gap-3 p-6 text-center">
        <p className="text-sm font-medium text-zinc-800">{t.crash.title}</p>
        <button
          type="button"
          onClick={() => location.reload()}
          className="rounded-md bg-zinc-900 px-3 py-1.5 text-[12.5px] font-medium text-white"
        >
          {t.crash.reload}
        </button>
      </div>
    );
  }
}
