/** The host's network tools through the session's shell, as a learner types them. */
import { describe, expect, it } from 'vitest';
import { SimHost } from '../simHost';

async function session(lines: string[]): Promise<{ stdout: string; stderr: string; exitCode: number; clock: number }[]> {
  const host = new SimHost({ seed: 11 });
  const out = [];
  for (const l of lines) out.push(await host.exec(l));
  return out;
}

describe('curl, wget, nslookup and ping on the minikube host', () => {
  it('reaches a NodePort Service and shows the access log line', async () => {
    const r = await session([
      'kubectl create deployment web --image=nginx:1.27.3',
      'kubectl expose deployment web --port=80 --type=NodePort',
      'PORT=$(kubectl get svc web -o jsonpath="{.spec.ports[0].nodePort}"); curl -sI http://$(minikube ip):$PORT/ | head -2',
      'kubectl logs deploy/web | tail -1',
    ]);
    expect(r[2].stdout).toBe('HTTP/1.1 200 OK\r\nServer: nginx/1.27.3\r\n');
    expect(r[3].stdout).toMatch(/^10\.244\.0\.1 - - \[\d\d\/\w{3}\/2024:\d\d:\d\d:\d\d \+0000\] "HEAD \/ HTTP\/1\.1" 200 615 "-" "curl\/8\.5\.0" "-"\n$/);
  });

  it('times out on a ClusterIP after two minutes of virtual time, and honours --max-time', async () => {
    const r = await session(['curl http://10.96.0.1/', 'curl -m 3 http://10.96.0.1/', 'curl -sS http://web/', 'nslookup web', 'ping -c 2 $(minikube ip)']);
    expect(r[0].stderr).toMatch(/^curl: \(28\) Failed to connect to 10\.96\.0\.1 port 80 after 130\d{3} ms: Couldn't connect to server\n$/);
    expect(r[0].exitCode).toBe(28);
    expect(r[1].stderr).toBe('curl: (28) Connection timed out after 3001 milliseconds\n');
    expect(r[1].clock - r[0].clock).toBeGreaterThanOrEqual(3);
    expect(r[2].stderr).toBe('curl: (6) Could not resolve host: web\n');
    expect(r[3].stdout).toBe("Server:\t\t127.0.0.53\nAddress:\t127.0.0.53#53\n\n** server can't find web: NXDOMAIN\n\n");
    expect(r[4].stdout).toMatch(/^PING 192\.168\.49\.2 \(192\.168\.49\.2\) 56\(84\) bytes of data\.\n64 bytes from 192\.168\.49\.2: icmp_seq=1 ttl=64/);
  });

  it('runs curl and wget inside pods through kubectl exec', async () => {
    const r = await session([
      'kubectl create deployment hello --image=gcr.io/google-samples/hello-app:1.0 --replicas=2',
      'kubectl expose deployment hello --port=80 --target-port=8080',
      'kubectl run bb --image=busybox:1.36 -- sleep 3600',
      'kubectl exec bb -- wget -qO- http://hello',
      'kubectl exec bb -- nslookup hello.default',
      'kubectl exec bb -- curl -s hello',
    ]);
    expect(r[3].stdout).toMatch(/^Hello, world!\nVersion: 1\.0\.0\nHostname: hello-[a-z0-9]+-[a-z0-9]{5}\n$/);
    expect(r[4].stdout).toMatch(/^Server:\t\t10\.96\.0\.10\nAddress:\t10\.96\.0\.10:53\n\nName:\thello\.default\.svc\.cluster\.local\nAddress: 10\.\d+\.\d+\.\d+\n\n$/);
    expect(r[5].stderr).toContain('executable file not found in $PATH');
  });
});
