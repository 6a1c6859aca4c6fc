/*
 * <kube-playground> — embeds the Kubernetes Playground in any page.
 *
 *   <script src="https://playground.example/embed.js"></script>
 *   <kube-playground layout="terminal" autorun="kubectl get nodes" style="height: 360px"></kube-playground>
 *
 * Attributes mirror the playground's URL parameters (layout, embed, theme, lang, profile, lesson,
 * step, readonly, autorun, speed, origins, state); `embed` defaults to 1 and `origins` to this
 * page's origin. `src` overrides the playground's address (by default, the folder embed.js was
 * loaded from). Changing an attribute reloads the playground.
 *
 * Methods (each waits for the playground to be ready and resolves with its answer):
 *   run(command, { charsPerSecond }) → { command, stdout, stderr, exitCode }
 *   gotoStep(lesson, step), reset(profile?), pause(), resume(), setSpeed(n), loadState(state)
 * Events (CustomEvent, the protocol message in `detail`): ready, command-finished,
 * step-completed, lesson-completed, focus-released, playground-error.
 * Protocol: postMessage v1, described in the playground's README.
 */
(() => {
  const PROTOCOL = 1;
  const PARAMS = ['layout', 'embed', 'theme', 'lang', 'profile', 'lesson', 'step', 'readonly', 'autorun', 'speed', 'origins'];
  const script = document.currentScript;
  const scriptBase = script && script.src ? new URL('./', script.src).href : new URL('./', location.href).href;

  class KubePlayground extends HTMLElement {
    static get observedAttributes() {
      return [...PARAMS, 'state', 'src', 'title', 'loading'];
    }

    constructor() {
      super();
      this.pending = new Map();
      this.nextId = 1;
      this.onMessage = this.onMessage.bind(this);
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<style>:host{display:block;height:420px;border-radius:8px;overflow:hidden}iframe{display:block;width:100%;height:100%;border:0}</style>';
      this.iframe = document.createElement('iframe');
      this.iframe.setAttribute('allow', 'clipboard-write');
      root.append(this.iframe);
      this.resetReady();
    }

    connectedCallback() {
      window.addEventListener('message', this.onMessage);
      this.load();
    }

    disconnectedCallback() {
      window.removeEventListener('message', this.onMessage);
    }

    attributeChangedCallback(_name, before, after) {
      if (before !== after && this.isConnected) this.load();
    }

    /** The playground URL these attributes describe. */
    get playgroundUrl() {
      const url = new URL(this.getAttribute('src') || scriptBase, location.href);
      for (const name of PARAMS) {
        const value = this.getAttribute(name);
        if (value !== null) url.searchParams.set(name, value);
      }
      if (!this.hasAttribute('embed')) url.searchParams.set('embed', '1');
      if (!this.hasAttribute('origins')) url.searchParams.set('origins', location.origin);
      const state = this.getAttribute('state');
      if (state) url.hash = `state=${state}`;
      return url;
    }

    load() {
      const url = this.playgroundUrl;
      if (this.iframe.src === url.href) return;
      this.origin = url.origin;
      this.resetReady();
      this.iframe.title = this.getAttribute('title') || 'Kubernetes Playground';
      this.iframe.loading = this.getAttribute('loading') === 'lazy' ? 'lazy' : 'eager';
      this.iframe.src = url.href;
    }

    resetReady() {
      for (const { reject } of this.pending.values()) reject(new Error('the playground reloaded'));
      this.pending.clear();
      this.ready = new Promise((resolve) => (this.markReady = resolve));
    }

    onMessage(e) {
      if (e.source !== this.iframe.contentWindow || e.origin !== this.origin) return;
      const m = e.data;
      if (!m || typeof m !== 'object' || m.v !== PROTOCOL || typeof m.type !== 'string') return;
      if (m.type === 'ready') {
        this.post({ type: 'init' });
        this.markReady();
      }
      if (m.type === 'focus-released') {
        // Hand the keyboard back to this page: the deck's arrow keys work again.
        this.iframe.blur();
        window.focus();
      }
      const waiting = m.id !== undefined && this.pending.get(m.id);
      if (waiting && (m.type === waiting.answer || m.type === 'error')) {
        this.pending.delete(m.id);
        if (m.type === 'error') waiting.reject(new Error(m.message));
        else waiting.resolve(m);
      } else if (m.type === 'error') {
        this.dispatchEvent(new CustomEvent('playground-error', { detail: m }));
      }
      if (m.type !== 'ack' && m.type !== 'error') this.dispatchEvent(new CustomEvent(m.type, { detail: m }));
    }

    post(message) {
      this.iframe.contentWindow.postMessage({ v: PROTOCOL, ...message }, this.origin);
    }

    /** Sends a message once the playground is ready; resolves with its `answer` event. */
    async request(message, answer = 'ack') {
      await this.ready;
      const id = `kp-${this.nextId++}`;
      return new Promise((resolve, reject) => {
        this.pending.set(id, { resolve, reject, answer });
        this.post({ ...message, id });
      });
    }

    run(command, options = {}) {
      return this.request({ type: 'run', command, ...options }, 'command-finished');
    }
    gotoStep(lesson, step) {
      return this.request({ type: 'goto-step', lesson, step });
    }
    reset(profile) {
      return this.request(profile ? { type: 'reset', profile } : { type: 'reset' });
    }
    pause() {
      return this.request({ type: 'pause' });
    }
    resume() {
      return this.request({ type: 'resume' });
    }
    setSpeed(speed) {
      return this.request({ type: 'set-speed', speed });
    }
    loadState(state) {
      return this.request({ type: 'load-state', state });
    }
  }

  if (!customElements.get('kube-playground')) customElements.define('kube-playground', KubePlayground);
})();
