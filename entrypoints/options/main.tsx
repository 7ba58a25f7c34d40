import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { DbProvider } from '@/components/hooks/DbContext';
import { OptionsPage } from '@/components/options/OptionsPage';
import './style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <DbProvider>
        <OptionsPage />
      </DbProvider>
    </ErrorBoundary>
  </StrictMode>,
);
