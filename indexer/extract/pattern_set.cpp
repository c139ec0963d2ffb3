// RE2::Set with a tag per pattern and a fallback when the DFA runs out of memory.
#include "extract/pattern_set.hpp"

#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <stdexcept>

#include "read/checked_pattern.hpp"

namespace ombud {

struct PatternSet::Impl {
  RE2::Options options;
  RE2::Set set;
  std::vector<std::unique_ptr<Pattern>> singles;
  std::vector<int> tags;

  static RE2::Options make_options() {
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    o.set_max_mem(64 << 20);
    return o;
  }

  Impl() : options(make_options()), set(options, RE2::UNANCHORED) {}
};

PatternSet::PatternSet(std::string_view name, const std::vector<Entry>& entries)
    : impl_(std::make_unique<Impl>()) {
  for (const Entry& e : entries) {
    // The pattern alone first: its error names it, where the set's would only say it failed.
    const std::string single_name =
        fmt::format("{} #{} ({})", name, impl_->singles.size() + 1, e.pattern);
    impl_->singles.push_back(std::make_unique<Pattern>(single_name, e.pattern, impl_->options));
    std::string error;
    if (impl_->set.Add(re2::StringPiece(e.pattern.data(), e.pattern.size()), &error) < 0)
      throw std::logic_error("pattern " + single_name + " does not compile in its set: " + error);
    impl_->tags.push_back(e.tag);
  }
  if (!impl_->set.Compile())
    throw std::logic_error("pattern set " + std::string(name) + " does not compile");
}

PatternSet::~PatternSet() = default;

std::vector<int> PatternSet::match(std::string_view text) const {
  const re2::StringPiece input(text.data(), text.size());
  std::vector<int> hits;
  RE2::Set::ErrorInfo info{RE2::Set::kNoError};
  std::vector<int> tags;
  if (impl_->set.Match(input, &hits, &info)) {
    for (int h : hits) tags.push_back(impl_->tags[static_cast<std::size_t>(h)]);
  } else if (info.kind != RE2::Set::kNoError) {
    for (std::size_t i = 0; i < impl_->singles.size(); ++i) {
      if (RE2::PartialMatch(input, impl_->singles[i]->re())) tags.push_back(impl_->tags[i]);
    }
  }
  std::sort(tags.begin(), tags.end());
  tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
  return tags;
}

}  // namespace ombud
