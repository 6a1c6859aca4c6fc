import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import { useSim } from './state/simStore';
import { bootView } from './embed/bootView';
import { registerServiceWorker } from './offline/registerServiceWorker';

// The URL's view options (theme, autorun, the embedding bridge) apply before the first render.
bootView();
// Start the Worker (and its cluster's boot) before React's first render, not after it.
void useSim.getState().connect();
registerServiceWorker();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
