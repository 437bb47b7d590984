import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n';
import { loadCommandsWhenIdle } from '../state/commandsLater';
import { App } from './App';
import '../styles/app.css';
import '../styles/present.css';

/** The app itself: languages, then React. Loaded by main.tsx once the board's code is asked for. */
initI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
loadCommandsWhenIdle();
