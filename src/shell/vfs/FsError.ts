export type FsErrorCode = 'ENOENT' | 'EISDIR' | 'ENOTDIR' | 'EEXIST' | 'ENOTEMPTY' | 'EINVAL';

const STRERROR: Record<FsErrorCode, string> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  EINVAL: 'Invalid argument',
};

/** A failed filesystem call; `message` is the C library's strerror text tools print. */
export class FsError extends Error {
  constructor(readonly code: FsErrorCode) {
    super(STRERROR[code]);
    this.name = 'FsError';
  }
}

