/** In embed mode the only chrome: a small link that opens this view in the full playground. */
import { fullPlaygroundUrl } from './fullPlaygroundUrl';
import './embed.css';

export function EmbedBadge() {
  return (
    <a className="embed-badge" data-testid="embed-badge" href={fullPlaygroundUrl(location.href)} target="_blank" rel="noopener" title="Open the full Kubernetes Playground in a new tab">
      <span aria-hidden>⎈</span> Open playground ↗
    </a>
  );
}
