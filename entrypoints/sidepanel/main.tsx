import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { DbProvider } from '@/components/hooks/DbContext';
import { App } from '@/components/sidepanel/App';
import './style.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <DbProvider>
        <App />
      </DbProvider>
    </ErrorBoundary>
  </StrictMode>,
);
