// PLACEHOLDER until the reader and extractor land: title line and case reference only.
#include "decision_loader.hpp"

#include <fstream>
#include <sstream>

#include "case_ref.hpp"
#include "input_error.hpp"

namespace ombud {

Decision parse_decision(std::string_view bytes, const std::string&, const LoadOptions&) {
  Decision d;
  auto nl = bytes.find('\n');
  d.title = std::string(bytes.substr(0, nl));
  auto open = d.title.rfind('(');
  auto close = d.title.rfind(')');
  if (open == std::string::npos || close == std::string::npos) throw InputError("no case reference");
  auto ref = canonical_case_ref(d.title.substr(open + 1, close - open - 1));
  if (!ref) throw InputError("no case reference");
  d.case_ref = *ref;
  d.organisation = d.title.substr(0, open);
  d.text = nl == std::string_view::npos ? "" : std::string(bytes.substr(nl + 1));
  d.source = "lgsco";
  return d;
}

Decision load_decision(const std::filesystem::path& path, const LoadOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError("cannot read");
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_decision(ss.str(), path.string(), options);
}

}  // namespace ombud
