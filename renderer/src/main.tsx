import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { warmUpEditorWhenIdle } from './editor/warmUp';
import './app.css';

const root = document.getElementById('root');
if (!root) throw new Error('Copydesk: #root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
warmUpEditorWhenIdle();
