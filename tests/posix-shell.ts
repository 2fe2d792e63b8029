/**
 * Tests that run a snippet or script through a POSIX shell with stand-in tools (`#!/bin/sh` wrappers first on a
 * colon-separated PATH, /usr/bin/curl) skip on Windows: Git for Windows' bash converts PATH from the Windows form and
 * does not run those wrappers the same way. Linux and macOS run them.
 */
export const NO_POSIX_SHELL = process.platform === 'win32';
