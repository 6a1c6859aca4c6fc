/**
 * go-templates over `kubectl create deployment web --image=nginx --image=redis:7 --port=80
 * --dry-run=client`, with the output the real kubectl v1.32 printed for each.
 */
import { describe, expect, it } from 'vitest';
import { FakeClient } from '../testing/fakeClient';
import { kubectl, testContext } from '../testing/testContext';

const run = (template: string) =>
  kubectl(testContext(new FakeClient()), ['create', 'deployment', 'web', '--image=nginx', '--image=redis:7', '--port=80', '--dry-run=client', '-o', `go-template=${template}`]);

describe('-o go-template matches kubectl v1.32', () => {
  it.each([
    [
      'fields, maps, lists and missing keys',
      '{{.metadata.name}} {{.metadata.labels}} {{.spec.template.spec.containers}} {{.nope}}',
      'web map[app:web] [map[image:nginx name:nginx ports:[map[containerPort:80]] resources:map[]] map[image:redis:7 name:redis resources:map[]]] <no value>',
    ],
    ['len, index and printf', '{{len .spec.template.spec.containers}} {{index .metadata.labels "app"}} {{printf "%s-%d|%5s|%v|%q" .metadata.name 3 "ab" .spec.replicas .kind}}', '2 web web-3|   ab|1|"Deployment"'],
    [
      'range with variables, if / else if',
      '{{range $i, $c := .spec.template.spec.containers}}{{$i}}:{{$c.name}},{{end}} {{if eq .kind "Pod"}}yes{{else if eq .kind "Deployment"}}dep{{else}}no{{end}}',
      '0:nginx,1:redis, dep',
    ],
    [
      'nil, parenthesised index, missing chains',
      '{{.metadata.creationTimestamp}} {{(index .spec.template.spec.containers 0).ports}} {{ (index .spec.template.spec.containers 0).image }} {{.spec.foo.bar}}',
      '<no value> [map[containerPort:80]] nginx <no value>',
    ],
    ['literals and builtins', '{{"eA==" | base64decode}} {{ 1.5 }} {{ 3 }} {{ 1e6 }} {{ print 1 2 "a" "b" 3 }}{{println "x" 1}}{{ and 1 0 }} {{ or 0 "" }} {{not 1}}', 'x 1.5 3 1e+06 1 2ab3x 1\n0  false'],
    [
      'assignment, range else, with else',
      '{{ $x := .kind }}{{$x}} {{range .spec.template.spec.containers}}{{.name}}{{else}}none{{end}} {{range .nope}}a{{else}}empty{{end}} {{with .spec.strategy}}S{{.}}{{else}}nostrat{{end}}',
      'Deployment nginxredis empty nostrat',
    ],
    ['trim markers and map ranges', '{{- range .spec.template.spec.containers }}\n  {{ .name -}}\n{{ end }}|{{ range $k, $v := .metadata.labels }}{{$k}}={{$v}};{{end}}', '\n  nginx\n  redis|app=web;'],
  ])('%s', async (_name, template, stdout) => {
    expect(await run(template)).toEqual({ code: 0, stdout, stderr: '' });
  });

  it.each([
    ['field of a number', '{{.spec.replicas.foo}}', 'error: error executing template "{{.spec.replicas.foo}}": template: output:1:7: executing "output" at <.spec.replicas.foo>: can\'t evaluate field foo in type interface {}\n'],
    ['index out of range', '{{index .spec.template.spec.containers 5}}', 'error: error executing template "{{index .spec.template.spec.containers 5}}": template: output:1:2: executing "output" at <index .spec.template.spec.containers 5>: error calling index: index out of range: 5\n'],
    ['bad base64', '{{ "x" | base64decode }}', 'error: error executing template "{{ \\"x\\" | base64decode }}": template: output:1:9: executing "output" at <base64decode>: error calling base64decode: base64 decode failed: illegal base64 data at input byte 0\n'],
    ['len of a number', '{{ len 3 }}', 'error: error executing template "{{ len 3 }}": template: output:1:3: executing "output" at <len 3>: error calling len: len of type int\n'],
    ['arguments to a field', '{{ .metadata.name 3 }}', 'error: error executing template "{{ .metadata.name 3 }}": template: output:1:12: executing "output" at <.metadata.name>: name is not a method but has arguments\n'],
    ['undefined variable', '{{ $y }}', 'error: error parsing template {{ $y }}, template: output:1: undefined variable "$y"\n'],
    ['stray end', '{{end}}', 'error: error parsing template {{end}}, template: output:1: unexpected {{end}}\n'],
    ['unterminated if', '{{if 1}}', 'error: error parsing template {{if 1}}, template: output:1: unexpected EOF\n'],
    ['unclosed action', '{{.foo', 'error: error parsing template {{.foo, template: output:1: unclosed action\n'],
    ['unknown function', '{{ nofunc .x }}', 'error: error parsing template {{ nofunc .x }}, template: output:1: function "nofunc" not defined\n'],
  ])('%s', async (_name, template, stderr) => {
    expect(await run(template)).toEqual({ code: 1, stdout: '', stderr });
  });

  it('takes the template from --template, alone or with -o go-template', async () => {
    const ctx = testContext(new FakeClient());
    expect((await kubectl(ctx, ['create', 'namespace', 'prod', '--dry-run=client', '--template={{.kind}}'])).stdout).toBe('Namespace');
    expect((await kubectl(ctx, ['create', 'namespace', 'prod', '--dry-run=client', '-o', 'go-template', '--template={{.metadata.name}}'])).stdout).toBe('prod');
    expect((await kubectl(ctx, ['create', 'namespace', 'prod', '--dry-run=client', '-o', 'go-template'])).stderr).toBe('error: template format specified but no template given\n');
  });
});
