// One saved search over one window of index runs: the decisions that match its query and were
// added (and, asked, replaced) after the run it last saw, up to the last whole run the database
// records. Only whole runs count: a run still going (or cut short) has not written its start
// time into the metadata yet (ombud-index records it in its last commit), so its decisions wait
// for the run after it, and nothing is reported twice or missed.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "decision.hpp"

namespace ombud {

struct AlertWindow {
  std::string after;     // an index stamp: report what came after it (empty: from the first run)
  std::string since;     // instead of `after`: a date as date: takes it (--since), inclusive
  std::string upto;      // the last whole run's stamp: report what came up to it
  bool changed = false;  // also the decisions replaced in the window
};

struct AlertHit {
  std::string action;  // "added" or "replaced"
  Decision decision;
};

// The start of the last whole index run that changed anything in `db` (the first shard's,
// through a stub), or empty when none has completed.
std::string last_whole_run(const Xapian::Database& db);

// The decisions `query` matches in `window`: the added ones first, then (window.changed) the
// replaced ones, each newest first. Throws QueryError when the query (or --since) does not parse.
std::vector<AlertHit> run_alert(Xapian::Database db, const std::string& query,
                                const AlertWindow& window);

}  // namespace ombud
