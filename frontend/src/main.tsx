import '@fontsource-variable/noto-sans';
import './app/utrecht';
import '@utrecht/design-tokens/dist/index.css';
import './app/styles.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// The first render as a transition: React renders it in slices of a few milliseconds that yield to the browser,
// instead of one task that blocks a phone's main thread for a quarter of a second (Lighthouse's blocking time,
// issue 13). Until it commits, the frame that index.html holds (vite-plugins/staticShell.ts) stays on the screen.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
