import { useEffect, useState } from 'react';
import { connectSim, type SimConnection } from '../../bridge/main/connectSim';
import { Console } from '../features/console/Console';

/** Composes the page; features own their UI. */
export function App() {
  const [api, setApi] = useState<SimConnection>();
  useEffect(() => {
    void connectSim().then(({ api }) => setApi(api));
  }, []);
  return (
    <div className="app">
      <header className="topbar">
        <h1>Kubernetes Playground</h1>
        <span data-testid="cluster-status">{api ? 'cluster: minikube' : 'starting cluster…'}</span>
      </header>
      <main>{api ? <Console api={api} /> : <p className="booting">Starting the simulated cluster…</p>}</main>
    </div>
  );
}
