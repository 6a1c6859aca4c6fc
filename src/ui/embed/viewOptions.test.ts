import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEED, DEFAULT_VIEW, panesOf, parseViewOptions, type ViewOptions } from './viewOptions';

function parse(search: string, hash = '') {
  const warnings: string[] = [];
  const options = parseViewOptions(search, hash, (m) => warnings.push(m));
  return { options, warnings };
}

describe('parseViewOptions', () => {
  const cases: { name: string; search: string; hash?: string; want: Partial<ViewOptions> }[] = [
    { name: 'no parameters: the full playground', search: '', want: {} },
    { name: 'a layout written with a literal +', search: '?layout=terminal%2Bgraph', want: { layout: 'terminal+graph' } },
    { name: 'a layout whose + the query string turned into a space', search: '?layout=lesson+terminal', want: { layout: 'lesson+terminal' } },
    { name: 'embed and readonly flags', search: '?embed=1&readonly=true', want: { embed: true, readonly: true } },
    { name: 'theme, language and profile', search: '?theme=light&lang=ja&profile=multinode', want: { theme: 'light', lang: 'ja', profile: 'multinode' } },
    { name: 'a lesson without a step starts at step 1', search: '?lesson=pods', want: { lesson: { id: 'pods', step: 1 } } },
    { name: 'a lesson step', search: '?lesson=pods&step=3', want: { lesson: { id: 'pods', step: 3 } } },
    {
      name: 'autorun commands split on ; with the spaces trimmed, typed at speed',
      search: '?autorun=kubectl+create+deployment+web+--image%3Dnginx%3B+kubectl+get+pods;&speed=25',
      want: { autorun: ['kubectl create deployment web --image=nginx', 'kubectl get pods'], speed: 25 },
    },
    { name: 'origins, trailing slashes removed', search: '?origins=https://slides.example.com/,http://localhost:8000', want: { origins: ['https://slides.example.com', 'http://localhost:8000'] } },
    { name: 'the #state= fragment, kept raw for its decoder', search: '', hash: '#state=abc%2Fdef', want: { state: 'abc%2Fdef' } },
    {
      name: 'presenter mode with an automatic demo',
      search: '?presenter=1&demo=kubectl%20get%20nodes%3Bkubectl%20run%20web%20--image%3Dnginx&demo-auto=1',
      want: { presenter: true, demo: ['kubectl get nodes', 'kubectl run web --image=nginx'], demoAuto: true },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { options, warnings } = parse(c.search, c.hash);
      expect(options).toEqual({ ...DEFAULT_VIEW, ...c.want });
      expect(warnings).toEqual([]);
    });
  }

  const invalid: { name: string; search: string; want: Partial<ViewOptions>; warning: RegExp }[] = [
    { name: 'an unknown layout', search: '?layout=sidebar', want: {}, warning: /layout=sidebar: expected one of full, terminal/ },
    { name: 'an unknown theme', search: '?theme=blue', want: {}, warning: /theme=blue/ },
    { name: 'an unknown language', search: '?lang=fr', want: {}, warning: /lang=fr/ },
    { name: 'a profile that is not a name', search: '?profile=../x', want: {}, warning: /profile=\.\.\/x/ },
    { name: 'a step without a lesson', search: '?step=2', want: {}, warning: /step=2: it needs lesson/ },
    { name: 'a step that is not a positive number', search: '?lesson=pods&step=0', want: { lesson: { id: 'pods', step: 1 } }, warning: /step=0/ },
    { name: 'a flag that is neither 1 nor 0', search: '?embed=yes', want: {}, warning: /embed=yes/ },
    { name: 'a speed out of range', search: '?speed=5000', want: { speed: DEFAULT_SPEED }, warning: /speed=5000/ },
    { name: 'an origin with a path', search: '?origins=https://a.example/deck,https://b.example', want: { origins: ['https://b.example'] }, warning: /https:\/\/a.example\/deck/ },
    { name: 'an origin with another scheme', search: '?origins=javascript:alert(1)', want: {}, warning: /javascript/ },
  ];
  for (const c of invalid) {
    it(`ignores ${c.name} with a warning`, () => {
      const { options, warnings } = parse(c.search);
      expect(options).toEqual({ ...DEFAULT_VIEW, ...c.want });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(c.warning);
    });
  }

  it('keeps at most 50 demo commands', () => {
    const { options, warnings } = parse(`?demo=${Array.from({ length: 60 }, (_, i) => `echo ${i}`).join(';')}`);
    expect(options.demo).toHaveLength(50);
    expect(warnings).toEqual(['ignoring demo commands after the first 50']);
  });

  it('keeps at most 20 autorun commands', () => {
    const { options, warnings } = parse(`?autorun=${Array.from({ length: 25 }, (_, i) => `echo ${i}`).join(';')}`);
    expect(options.autorun).toHaveLength(20);
    expect(options.autorun.at(-1)).toBe('echo 19');
    expect(warnings).toHaveLength(1);
  });
});

describe('panesOf', () => {
  const cases = [
    { layout: 'full', want: { lesson: true, graph: true, terminal: true, editor: false } },
    { layout: 'terminal', want: { lesson: false, graph: false, terminal: true, editor: false } },
    { layout: 'graph', want: { lesson: false, graph: true, terminal: false, editor: false } },
    { layout: 'terminal+graph', want: { lesson: false, graph: true, terminal: true, editor: false } },
    { layout: 'lesson+terminal', want: { lesson: true, graph: false, terminal: true, editor: false } },
    { layout: 'editor+graph', want: { lesson: false, graph: true, terminal: false, editor: true } },
  ] as const;
  for (const c of cases) it(c.layout, () => expect(panesOf(c.layout)).toEqual(c.want));
});
