#!/usr/bin/env python3
"""Records goldens for more-cases.txt from the real kubectl (v1.32) on the PATH.

Each line: NAME<TAB>kubectl arguments separated by spaces; `_` inside an argument stands for a
space. `--dry-run=client -o yaml` is added before any `--`. Run from this folder.
"""
import subprocess

for line in open('more-cases.txt'):
    if not line.strip():
        continue
    name, cmd = line.rstrip('\n').split('\t')
    argv = [a.replace('_', ' ') for a in cmd.split(' ')]
    dash = argv.index('--') if '--' in argv else len(argv)
    argv = argv[:dash] + ['--dry-run=client', '-o', 'yaml'] + argv[dash:]
    out = subprocess.run(['kubectl', *argv], capture_output=True, text=True)
    if 'connection to the server' in out.stderr:
        # Needs API discovery: that golden is written by hand from kubectl's sources.
        print(f'{name}: kept (needs a server)')
        continue
    if out.returncode != 0:
        raise SystemExit(f'{name}: {out.stderr}')
    open(f'{name}.yaml', 'w').write(out.stdout)
