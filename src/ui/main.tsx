import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/app.css';
import { useSim } from './state/simStore';
import { registerServiceWorker } from './offline/registerServiceWorker';

// Start the Worker (and its cluster's boot) before React's first render, not after it.
void useSim.getState().connect();
registerServiceWorker();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
