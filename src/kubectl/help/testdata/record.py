#!/usr/bin/env python3
"""Records what `kubectl <command> --help` (v1.32, on the PATH) prints, for the help tests.

Only what the tests compare is kept: the description and example lines (ours must differ), each
flag's name and description (names must match, descriptions must differ) and the usage line, and the one-line descriptions in command lists (ours must differ).
Run from this folder: python3 record.py > kubectlHelp.json
"""
import json
import re
import subprocess

COMMANDS = """
create|create clusterrole|create clusterrolebinding|create configmap|create cronjob|create deployment
create ingress|create job|create namespace|create poddisruptionbudget|create priorityclass|create quota
create role|create rolebinding|create secret|create secret docker-registry|create secret generic
create secret tls|create service|create service clusterip|create service externalname
create service loadbalancer|create service nodeport|create serviceaccount|create token|expose|run|set
set env|set image|set resources|set serviceaccount|explain|get|edit|delete|rollout|rollout history
rollout pause|rollout restart|rollout resume|rollout status|rollout undo|scale|autoscale|cluster-info
cluster-info dump|top|top node|top pod|cordon|uncordon|drain|taint|describe|logs|attach|exec
port-forward|proxy|cp|auth|auth can-i|auth whoami|events|diff|apply|patch|replace|wait|kustomize
label|annotate|completion|api-resources|api-versions|config|config current-context
config get-contexts|config set-context|config use-context|config view|version
"""


def parse(text):
    lines = text.split('\n')
    section, prose, flags, usage, current, commands = 'long', [], {}, '', None, {}
    for line in lines:
        if line in ('Aliases:', 'Examples:', 'Options:', 'Usage:', 'Available Commands:'):
            section = line
            continue
        if line.startswith('Use "kubectl'):
            continue
        stripped = line.strip()
        listed = re.match(r'^  ([a-z-]+)  +(.+)$', line)
        if listed and section in ('long', 'Available Commands:'):
            commands[listed.group(1)] = listed.group(2)
        elif re.match(r'^[A-Z][A-Za-z ()]+:$', line):
            continue
        elif section == 'Options:':
            if line.startswith('    -'):
                name = stripped.split('=')[0].split(', ')[-1].lstrip('-')
                current = name
                flags[name] = ''
            elif line.startswith('\t') and current:
                flags[current] = (flags[current] + ' ' + stripped).strip()
        elif section == 'Usage:' and stripped:
            usage = stripped
        elif section in ('long', 'Examples:') and stripped:
            prose.append(stripped)
    return {'prose': prose, 'flags': flags, 'usage': usage, 'commands': commands}


out = {}
for path in COMMANDS.replace('\n', '|').split('|'):
    path = path.strip()
    if path:
        res = subprocess.run(['kubectl', *path.split(' '), '--help'], capture_output=True, text=True, check=True)
        out[path] = parse(res.stdout)
res = subprocess.run(['kubectl', '--help'], capture_output=True, text=True, check=True)
out[''] = parse(res.stdout)
res = subprocess.run(['kubectl', 'options'], capture_output=True, text=True, check=True)
out['options'] = parse('Options:\n' + res.stdout)
print(json.dumps(out, indent=1, sort_keys=True))
