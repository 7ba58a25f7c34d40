import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { DbProvider } from '@/components/hooks/DbContext';
import { I18nProvider } from '@/components/hooks/I18nProvider';
import { OptionsPage } from '@/components/options/OptionsPage';
import '@/assets/style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <DbProvider>
        <I18nProvider>
          <OptionsPage />
        </I18nProvider>
      </DbProvider>
    </ErrorBoundary>
  </StrictMode>,
);
