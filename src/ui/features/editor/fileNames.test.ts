import { describe, expect, it } from 'vitest';
import { applyCommand, displayPath } from './fileNames';

describe('file names', () => {
  it.each([
    ['/root/web.yaml', '~/web.yaml'],
    ['/tmp/x.yaml', '/tmp/x.yaml'],
  ])('shows %s as %s', (path, shown) => expect(displayPath(path)).toBe(shown));
  it.each([
    ['/root/web.yaml', 'kubectl apply -f web.yaml'],
    ['/root/k8s/app.yaml', 'kubectl apply -f k8s/app.yaml'],
    ['/tmp/x.yaml', 'kubectl apply -f /tmp/x.yaml'],
    ["/root/my app's.yaml", "kubectl apply -f 'my app'\\''s.yaml'"],
  ])('applies %s with `%s`', (path, command) => expect(applyCommand(path)).toBe(command));
});
