/** Light or dark, remembered; the whole page and the terminal follow it. */
import { create } from 'zustand';

export type Theme = 'light' | 'dark';

const KEY = 'kube-playground.theme';

function initialTheme(): Theme {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(KEY) : null;
  if (saved === 'light' || saved === 'dark') return saved;
  return typeof matchMedia !== 'undefined' && matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark';
}

interface ThemeStore {
  theme: Theme;
  toggleTheme(): void;
}

export const useTheme = create<ThemeStore>()((set, get) => ({
  theme: initialTheme(),
  toggleTheme: () => {
    const theme: Theme = get().theme === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(KEY, theme);
    } catch {
      // Not remembered across visits; still applied now.
    }
    set({ theme });
  },
}));
