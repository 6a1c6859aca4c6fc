import { describe, expect, it } from 'vitest';
import { fullPlaygroundUrl } from './fullPlaygroundUrl';

describe('fullPlaygroundUrl', () => {
  const cases = [
    { name: 'drops the embedding parameters', href: 'https://p.example/?embed=1&layout=terminal&readonly=1&autorun=ls&speed=9&origins=https://d.example', want: 'https://p.example/' },
    { name: 'keeps profile, theme, language and lesson', href: 'https://p.example/?embed=1&profile=multinode&theme=light&lang=ja&lesson=pods&step=2', want: 'https://p.example/?profile=multinode&theme=light&lang=ja&lesson=pods&step=2' },
    { name: 'keeps the state fragment', href: 'https://p.example/app/?embed=1#state=xyz', want: 'https://p.example/app/#state=xyz' },
  ];
  for (const c of cases) it(c.name, () => expect(fullPlaygroundUrl(c.href)).toBe(c.want));
});
