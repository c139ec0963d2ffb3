// ombud at query time, through its search library doing the whole job of a results page: the
// query parsed, the top ten with snippets, exact counts for council, outcome, category and year.
#pragma once

#include <memory>
#include <string>

#include "engine.hpp"

namespace ombud::bench {

std::unique_ptr<Engine> make_ombud_engine(const std::string& db_path);

}  // namespace ombud::bench
