import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import { requestSnapshotEarly } from './state/earlySnapshot';
import './styles/app.css';
import './styles/present.css';

// Before anything renders: the snapshot of a workshop opened by the address is on its way.
requestSnapshotEarly(window.location.hash);
initI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
