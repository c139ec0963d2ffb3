// `ombud-index --check`: Xapian's consistency check (Database::check, what xapian-check runs) over
// a database, or each local shard of a sharded one, as one verdict for the user.
#pragma once

#include <string>

namespace ombud {

struct CheckVerdict {
  bool passed = false;
  std::string line;  // "PATH passed ..." or "PATH is damaged: ...", with what to do
};

CheckVerdict check_database(const std::string& path);

}  // namespace ombud
