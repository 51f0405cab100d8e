import { createRoot } from 'react-dom/client';
import './i18n';
import './styles.css';
import { App } from './app/App';
import { keepAppOffline } from './offlineShell';

keepAppOffline();
createRoot(document.getElementById('root')!).render(<App />);
