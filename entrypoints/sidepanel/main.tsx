import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { DbProvider } from '@/components/hooks/DbContext';
import { I18nProvider } from '@/components/hooks/I18nProvider';
import { App } from '@/components/sidepanel/App';
import '@/assets/style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <DbProvider>
        <I18nProvider>
          <App />
        </I18nProvider>
      </DbProvider>
    </ErrorBoundary>
  </StrictMode>,
);
