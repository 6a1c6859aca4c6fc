/**
 * The few public web sites the documentation's examples fetch from inside pods (the init
 * container of "Configure Pod Initialization" saves http://info.cern.ch, tutorials curl
 * example.com). A real cluster reaches the internet through the node's NAT; the playground stays
 * offline, so these hosts answer from here and every other public name fails to resolve, as
 * CoreDNS's `forward . /etc/resolv.conf` would for a name that does not exist.
 */
import { httpDate } from './responseHeaders';
import type { HttpRequest, HttpResponse } from './types';

interface Site {
  ip: string;
  server: string;
  pages: Record<string, string>;
}

const cernHome = `<html><head></head><body><header>
<title>http://info.cern.ch</title>
</header>

<h1>http://info.cern.ch - home of the first website</h1>
<p>From here you can:</p>
<ul>
<li><a href="http://info.cern.ch/hypertext/WWW/TheProject.html">Browse the first website</a></li>
<li><a href="http://line-mode.cern.ch/www/hypertext/WWW/TheProject.html">Browse the first website using the line-mode browser simulator</a></li>
<li><a href="http://home.web.cern.ch/topics/birth-web">Learn about the birth of the web</a></li>
<li><a href="http://home.web.cern.ch/about">Learn about CERN, the physics laboratory where the web was born</a></li>
</ul>
</body></html>
`;

const exampleDomain = `<!doctype html>
<html>
<head>
    <title>Example Domain</title>

    <meta charset="utf-8" />
    <meta http-equiv="Content-type" content="text/html; charset=utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
</head>

<body>
<div>
    <h1>Example Domain</h1>
    <p>This domain is for use in illustrative examples in documents. You may use this
    domain in literature without prior coordination or asking for permission.</p>
    <p><a href="https://www.iana.org/domains/example">More information...</a></p>
</div>
</body>
</html>
`;

const sites: Record<string, Site> = {
  'info.cern.ch': { ip: '188.184.67.127', server: 'Apache', pages: { '/': cernHome } },
  'example.com': { ip: '93.184.215.14', server: 'ECAcc (nyd/D144)', pages: { '/': exampleDomain } },
  'www.example.com': { ip: '93.184.215.14', server: 'ECAcc (nyd/D144)', pages: { '/': exampleDomain } },
};

/** The public address of a known site (`name` without the trailing dot), else undefined. */
export function internetAddress(name: string): string | undefined {
  return sites[name.toLowerCase().replace(/\.$/, '')]?.ip;
}

export function isInternetAddress(ip: string): boolean {
  return Object.values(sites).some((s) => s.ip === ip);
}

/** What the site at `ip` answers; unknown paths get the server's 404. */
export function internetResponse(ip: string, req: HttpRequest, now: number): HttpResponse {
  const site = Object.values(sites).find((s) => s.ip === ip)!;
  const body = site.pages[req.path.split('?')[0]];
  const status = body === undefined ? 404 : 200;
  const text = body ?? '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n';
  return {
    status,
    reason: status === 200 ? 'OK' : 'Not Found',
    headers: [['Date', httpDate(now)], ['Server', site.server], ['Content-Type', 'text/html'], ['Content-Length', String(text.length)]],
    body: req.method === 'HEAD' ? '' : text,
  };
}
