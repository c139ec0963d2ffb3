// The indexer's own write lock on a database: an flock on PATH.lock, beside the database rather
// than in it, because compaction renames the database's folder away and back. Xapian's lock
// (PATH/flintlock) is released when the writers close before the swap; this one is held from
// before the first write to after the swap and the facet files, so a second indexer never sees
// a half-swapped database, and recovery of an interrupted compaction (which it runs under this
// lock) never touches a copy a live run is using. The kernel drops the lock when the process
// dies, so a killed run leaves nothing to clean up; the file itself stays, empty of meaning.
#pragma once

#include <string>

namespace ombud {

class WriterLock {
 public:
  // Takes the lock on the database at `db_path`, waiting for it when `wait`, else throwing
  // DatabaseLockedError naming the process that holds it. A lock file that cannot be created or
  // opened for writing (a read-only folder or mount, another user's database) throws
  // DatabaseOpenError saying permission denied, at once: nobody holds that lock to wait for.
  WriterLock(const std::string& db_path, bool wait);
  ~WriterLock();
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;

  // The lock file of the database at `db_path`.
  static std::string lock_path(const std::string& db_path);

 private:
  int fd_ = -1;
};

}  // namespace ombud
