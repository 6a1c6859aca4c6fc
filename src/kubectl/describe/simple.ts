/** Describers of ConfigMap, Secret and ServiceAccount. */
import type { ConfigMap, Event, Secret, ServiceAccount } from 'kubernetes-types/core/v1';
import { describeEvents } from './events';
import { compare, printAnnotationsMultiline, printLabelsMultiline } from './format';
import { LEVEL_0, tabbedString } from './prefixWriter';

/** describe configmap: each key, a `----` rule, the value, a blank line (keys sorted). */
export function describeConfigMap(cm: ConfigMap, events: Event[] | undefined, now: number): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${cm.metadata?.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${cm.metadata?.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', cm.metadata?.labels);
    printAnnotationsMultiline(w, 'Annotations', cm.metadata?.annotations);
    w.write(LEVEL_0, '\nData\n====\n');
    for (const key of Object.keys(cm.data ?? {}).sort(compare)) {
      w.write(LEVEL_0, `${key}:\n----\n`);
      w.write(LEVEL_0, `${cm.data![key]}\n`);
      w.write(LEVEL_0, '\n');
    }
    w.write(LEVEL_0, '\nBinaryData\n====\n');
    for (const key of Object.keys(cm.binaryData ?? {}).sort(compare)) {
      w.write(LEVEL_0, `${key}: ${base64Length(cm.binaryData![key])} bytes\n`);
    }
    w.write(LEVEL_0, '\n');
    describeEvents(events, w, now);
  });
}

/** describe secret: never the values, only their sizes (a service account token is shown). */
export function describeSecret(secret: Secret): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${secret.metadata?.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${secret.metadata?.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', secret.metadata?.labels);
    printAnnotationsMultiline(w, 'Annotations', secret.metadata?.annotations);
    w.write(LEVEL_0, `\nType:\t${secret.type ?? ''}\n`);
    w.write(LEVEL_0, '\nData\n====\n');
    for (const key of Object.keys(secret.data ?? {}).sort(compare)) {
      const value = secret.data![key];
      if (key === 'token' && secret.type === 'kubernetes.io/service-account-token') w.write(LEVEL_0, `${key}:\t${decodeBase64(value)}\n`);
      else w.write(LEVEL_0, `${key}:\t${base64Length(value)} bytes\n`);
    }
  });
}

/** describe serviceaccount: pull, mountable and token secrets, headers in sorted order. */
export function describeServiceAccount(sa: ServiceAccount, tokens: Secret[] | undefined, events: Event[] | undefined, now: number): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${sa.metadata?.name ?? ''}\n`);
    w.write(LEVEL_0, `Namespace:\t${sa.metadata?.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', sa.metadata?.labels);
    printAnnotationsMultiline(w, 'Annotations', sa.metadata?.annotations);
    const sections: [string, string[]][] = [
      ['Image pull secrets:', (sa.imagePullSecrets ?? []).map((s) => s.name ?? '')],
      ['Mountable secrets: ', (sa.secrets ?? []).map((s) => s.name ?? '')],
      ['Tokens:            ', (tokens ?? []).map((s) => s.metadata?.name ?? '')],
    ];
    for (const [header, names] of sections) {
      if (names.length === 0) {
        w.write(LEVEL_0, `${header}\t<none>\n`);
        continue;
      }
      names.forEach((name, i) => w.write(LEVEL_0, `${i === 0 ? header : ' '.repeat(19)}\t${name}\n`));
    }
    describeEvents(events, w, now);
  });
}

function base64Length(value: string): number {
  const clean = value.replace(/\s/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.floor((clean.length * 3) / 4) - padding;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Secret data is base64; a token is ASCII, so bytes map straight to characters. */
function decodeBase64(value: string): string {
  let bits = 0;
  let buffer = 0;
  let out = '';
  for (const ch of value.replace(/[\s=]/g, '')) {
    buffer = (buffer << 6) | BASE64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((buffer >> bits) & 0xff);
    }
  }
  return out;
}
