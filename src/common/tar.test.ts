import { describe, expect, it } from 'vitest';
import { GNU_RECORD, readTar, writeTar, type TarEntry } from './tar';

const MTIME = 1_700_000_000;
const dir = (name: string): Omit<TarEntry, 'size'> => ({ name, type: 'dir', text: '', mode: 0o755, mtime: MTIME });
const file = (name: string, text: string): Omit<TarEntry, 'size'> => ({ name, type: 'file', text, mode: 0o644, mtime: MTIME });

describe('ustar archives', () => {
  it('writes the headers GNU tar --format=ustar writes (checked byte for byte)', () => {
    const archive = writeTar([dir('d'), file('d/a.txt', 'hi\n')], { record: GNU_RECORD });
    expect(archive.length).toBe(GNU_RECORD);
    // Name, mode, size, mtime, checksum, type and magic of the two headers GNU tar 1.34 wrote.
    expect(archive.slice(0, 3)).toBe('d/\0');
    expect(archive.slice(100, 108)).toBe('0000755\0');
    expect(archive.slice(136, 148)).toBe('14524770400\0');
    expect(archive.slice(148, 157)).toBe('011302\0 5');
    expect(archive.slice(257, 269)).toBe('ustar\x0000root');
    expect(archive.slice(512 + 124, 512 + 136)).toBe('00000000003\0');
    expect(archive.slice(512 + 148, 512 + 157)).toBe('012254\0 0');
    expect(archive.slice(1024, 1027)).toBe('hi\n');
  });

  it.each([
    { name: 'files and directories', entries: [dir('etc'), file('etc/hostname', 'web\n'), file('empty', '')] },
    { name: 'UTF-8 contents and names', entries: [file('café/menu.txt', 'crème brûlée\n')] },
    { name: 'a name longer than 100 bytes (ustar prefix)', entries: [file(`${'deep/'.repeat(30)}leaf.txt`, 'x')] },
    { name: 'data spanning blocks', entries: [file('big', 'y'.repeat(1500)), file('after', 'z\n')] },
  ])('reads back $name', ({ entries }) => {
    const r = readTar(writeTar(entries));
    expect(r.ok).toBe(true);
    expect(r.entries.map(({ name, type, text }) => ({ name, type, text }))).toEqual(entries.map(({ name, type, text }) => ({ name, type, text })));
  });

  it('counts sizes in bytes, and every character of the archive is a byte', () => {
    const archive = writeTar([file('é', 'é')]);
    expect(readTar(archive).entries[0].size).toBe(2);
    expect([...archive].every((c) => c.charCodeAt(0) < 256)).toBe(true);
    expect(archive.length).toBe(4 * 512);
  });

  it.each([
    { name: 'empty input', input: '', error: 'not-tar' },
    { name: 'text', input: 'hello\n'.repeat(100), error: 'not-tar' },
    { name: 'a member cut short', input: writeTar([file('a', 'x'.repeat(2000))]).slice(0, 1024), error: 'truncated' },
  ])('rejects $name', ({ input, error }) => {
    expect(readTar(input)).toMatchObject({ ok: false, error });
  });
});
