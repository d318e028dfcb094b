#!/usr/bin/env bash
# Settles the file system before a cold build: flushes writes and, when run as root, drops the kernel's
# caches, then reads the given folders back in so that sources are cached as they would be for an author.
# Why: right after `rm -rf` of a large output, ext4 (kernel 6.x here) checks each recently deleted inode
# on every file it creates for minutes afterwards; 14,000 creates then cost 1-2 s of system time in
# whichever tool runs next. Usage: bench/settle.sh DIR...
set -euo pipefail
sync
if [ -w /proc/sys/vm/drop_caches ]; then
  echo 3 > /proc/sys/vm/drop_caches
fi
for dir in "$@"; do
  find "$dir" -type f -exec cat {} + > /dev/null # a file argument is read too
done
